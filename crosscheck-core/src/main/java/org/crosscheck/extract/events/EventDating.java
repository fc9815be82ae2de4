package org.crosscheck.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Dates an event: its own clause's date ({@link EventSetting#date}), else the date of the speech
 * that reports it, else a date stated shortly before for a past action, else the publication date.
 *
 * <p>Stateless and thread-safe.
 */
final class EventDating {
  private EventDating() {}

  /** How many sentences back a date stated earlier still dates an undated sentence. */
  static final int NARRATIVE_WINDOW = 3;

  /**
   * The ISO date (or range) of the event triggered in {@code s} with clause heads {@code heads},
   * or null when neither the text nor the publication date gives one.
   */
  static String date(AnnotatedArticle article, Sentence s, List<Integer> heads, int clauseHead) {
    LocalDate published = article.article().metadata().published();
    String date = EventSetting.date(s, heads, published);
    if (date == null) {
      date = scheduledDate(s, heads.get(0), published);
    }
    if (date == null) {
      date = publishedIn(s, clauseHead, published);
    }
    if (date == null && ReportedSpeech.saidInPast(s)) {
      // "'We call on...,' he said after Sunday's meeting": quoted words date to their saying.
      date = EventSetting.narrativeDate(article.sentences(), s.index() + 1, 1, published);
    }
    if (date == null && ReportedSpeech.saidInPast(s)) {
      // "'We stand with Israel,' he said. ... The diplomat made the announcement on Wednesday":
      // the words date to the speech act a following sentence refers back to.
      date = ReportedSpeech.laterSpeechDate(article.sentences(), s.index(), published);
    }
    if (date == null && toldInPast(s, clauseHead)) {
      date = EventSetting.narrativeDate(article.sentences(), s.index(), NARRATIVE_WINDOW, published);
    }
    if (date == null && published != null) {
      date = published.toString();
    }
    return date;
  }

  /** Verbs by which a relative clause says when the event it describes happens. */
  private static final Set<String> HAPPEN =
      Set.of("take", "happen", "occur", "begin", "start", "hold", "schedule", "set");

  /**
   * For a noun trigger, the date of a relative clause saying when it happens: "a general strike
   * which will take place on Tuesday", "talks that begin on Monday"; else null.
   */
  static String scheduledDate(Sentence s, int trigger, LocalDate published) {
    if (!s.token(trigger).isNoun()) {
      return null;
    }
    for (Dependency d : s.children(trigger)) {
      boolean relative = d.relation().equals("acl:relcl") || d.relation().equals("acl");
      if (relative
          && HAPPEN.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        String date = EventSetting.date(s, List.of(d.dependent()), published);
        if (date != null) {
          return date;
        }
      }
    }
    return null;
  }

  /** Texts an action can be told in: "accused X in a statement published on Oct. 25". */
  private static final Set<String> TELLING =
      Set.of(
          "statement", "declaration", "communique", "communiqué", "letter", "report", "interview",
          "speech", "address", "post", "tweet", "message", "video", "op-ed", "article", "release",
          "briefing", "note", "decree", "order", "ruling", "verdict");

  /** Verbs that date such a text: "published", "issued", "released", "dated", "posted". */
  private static final Set<String> DATING =
      Set.of("publish", "issue", "release", "date", "post", "send", "broadcast", "air", "give",
          "deliver", "make", "sign");

  /**
   * The date of the text the action is told in, when a participle dates it: "In a joint statement
   * published Oct. 25, the ministries accused ..." happened on Oct. 25. (A date attached to the
   * text itself, "in a statement on Monday", is already part of the clause.)
   */
  static String publishedIn(Sentence s, int head, LocalDate published) {
    for (Dependency d : s.children(head)) {
      if (!d.relation().startsWith("obl")
          || !TELLING.contains(s.token(d.dependent()).lemma().toLowerCase(Locale.ROOT))) {
        continue;
      }
      for (Dependency acl : s.children(d.dependent())) {
        if (acl.relation().startsWith("acl")
            && DATING.contains(s.token(acl.dependent()).lemma().toLowerCase(Locale.ROOT))) {
          String date = EventSetting.date(s, List.of(acl.dependent()), published);
          if (date != null) {
            return date;
          }
        }
      }
    }
    return null;
  }

  /** Adjectives that make an object a series of earlier events: "vetoed previous votes". */
  private static final Set<String> EARLIER =
      Set.of("previous", "earlier", "prior", "past", "former");

  /**
   * Whether the trigger's object is qualified as earlier ("has vetoed previous resolutions"):
   * a summary of past events the text does not date, not an event of its own.
   */
  static boolean repeatsEarlier(Sentence s, int trigger) {
    for (Dependency d : s.children(trigger)) {
      if (!d.relation().equals("obj")) {
        continue;
      }
      for (Dependency m : s.children(d.dependent())) {
        if (m.relation().equals("amod")
            && EARLIER.contains(s.token(m.dependent()).word().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the clause tells a past action ("met", "after meeting ... said") rather than a state
   * up to now ("has killed"), which the publication date dates better.
   */
  private static boolean toldInPast(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("aux")) {
        return false;
      }
    }
    if (s.token(head).pos().equals("VBD")) {
      return true;
    }
    Dependency up = s.parentArc(head);
    return up != null && up.governor() >= 0 && s.token(up.governor()).pos().equals("VBD");
  }
}
