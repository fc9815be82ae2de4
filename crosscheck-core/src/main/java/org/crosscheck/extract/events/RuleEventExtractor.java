package org.crosscheck.extract.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Codes PLOVER events with a lexicon of trigger words and rules over the dependency parse.
 *
 * <p>For each verb or noun the {@link EventLexicon} knows, it finds the source actors (the
 * subject, the by-agent of a passive, the owner of a noun: "Israel's offensive"), the target
 * actors (object, "with", "on", "to", "against" phrases, the subject of a passive), the place
 * and the date ({@link EventSetting}), and decides with {@link Modality} whether the text says
 * it happened. A trigger that is only the content of another ("threatened <i>to impose</i>
 * sanctions", "opposes the <i>offensive</i>") is coded by the other. Events without a source
 * actor are not reported: PLOVER needs one; nor are events without a target, except for the
 * {@link #MONADIC} types (a strike, a deployment).
 *
 * <p>Returns one event per telling, in text order, with ids {@code <article>-e<n>}; merge
 * tellings of the same event with {@link EventMerger}. Thread-safe; never changes its input.
 *
 * <pre>{@code
 * EventExtractor events = RuleEventExtractor.standard();
 * List<Event> found = events.extract(annotated, actorResolver.resolve(annotated));
 * }</pre>
 */
public final class RuleEventExtractor implements EventExtractor {
  /**
   * Types an actor can do alone (a strike, a deployment, a resignation). Every other type needs a
   * target: "Blinken met" with no one named is too little to code.
   */
  static final Set<EventType> MONADIC =
      EnumSet.of(EventType.PROTEST, EventType.MOBILIZE, EventType.RETREAT);

  /** How many sentences back a date stated earlier still dates an undated sentence. */
  static final int NARRATIVE_WINDOW = 3;

  private final EventLexicon lexicon;

  public RuleEventExtractor(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** An extractor with the lexicon shipped with Crosscheck. */
  public static RuleEventExtractor standard() {
    return new RuleEventExtractor(EventLexicon.standard());
  }

  @Override
  public List<Event> extract(AnnotatedArticle article, ArticleActors actors) {
    List<Event> out = new ArrayList<>();
    for (CodedEvent c : code(article, actors)) {
      if (c.complete()) {
        out.add(c.event());
      }
    }
    return out;
  }

  /**
   * Every trigger coded, with where it sits in its sentence, including events that lack a
   * source or a needed target ({@link CodedEvent#complete()} false), which {@link #extract}
   * leaves out: the type alone is still worth scoring.
   */
  public List<CodedEvent> code(AnnotatedArticle article, ArticleActors actors) {
    ActorFinder finder = new ActorFinder(article, actors);
    List<CodedEvent> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      Map<Integer, LexiconEntry> triggers = new HashMap<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        int index = i;
        lexicon.match(s, i).ifPresent(e -> triggers.put(index, e));
        if (!triggers.containsKey(i) && demandedBySpeaker(s, i) >= 0) {
          // "Russia said that Sudan must return the helicopter": a demand, whatever the verb.
          Token t = s.token(i);
          triggers.put(i, new LexiconEntry(t.lemma(), List.of(), true, false, EventType.REQUEST, null));
        }
      }
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        LexiconEntry entry = triggers.get(i);
        if (entry == null || isContentOfAnother(s, i, triggers)) {
          continue;
        }
        CodedEvent c = codeOne(article, s, i, entry, finder, out.size() + 1);
        if (c != null && seen.add(key(c.event()))) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private CodedEvent codeOne(
      AnnotatedArticle article, Sentence s, int trigger, LexiconEntry entry, ActorFinder finder,
      int n) {
    int clauseHead = clauseHead(s, trigger);
    EventType type = Modality.code(s, trigger, clauseHead, entry.type());
    if (type == null) {
      return null;
    }
    String mode = type == entry.type() ? entry.mode() : null;
    String stay = stayPlace(s, trigger, clauseHead);
    if (stay != null) {
      // "was in Egypt for talks": a visit to whoever is there.
      mode = "visit";
    }
    Arguments args =
        Arguments.of(s, trigger, clauseHead, finder, entry.type() == EventType.CONSULT);
    int speaker = demandedBySpeaker(s, clauseHead);
    if (type == EventType.REQUEST && Modality.obliged(s, trigger, clauseHead) && speaker >= 0) {
      // The subject is who is asked; whoever says it must, asks.
      args = args.askedBy(speakerNames(s, speaker, finder));
    }
    List<Integer> heads = clauseHead == trigger ? List.of(trigger) : List.of(trigger, clauseHead);
    String place = EventSetting.place(s, heads, "visit".equals(mode));
    if (stay != null) {
      place = stay;
    }
    List<String> targets = args.targets();
    if (targets.isEmpty() && place != null
        && (type == EventType.ASSAULT || type == EventType.COERCE || "visit".equals(mode))) {
      // "strikes in Gaza", "traveled to Israel": the place stands for who is there.
      targets = List.of(place);
    }
    if (targets.isEmpty() && (type == EventType.ASSAULT || type == EventType.AID)) {
      targets = EventSetting.locationsIn(s, trigger, args.sources());
    }
    // A release of what? Only people or places make it a RETREAT worth coding.
    boolean monadic = MONADIC.contains(type) && !"release".equals(mode);
    // "his visit to Jeddah", "Washington's support of Israel": a cooperative act named by a bare
    // noun mostly refers back to an event told elsewhere, as background. Hostile nouns ("an
    // attack on Israel") are often the only telling, so they are kept.
    boolean backReference =
        s.token(trigger).isNoun() && clauseHead == trigger && Modality.COOPERATIVE.contains(type);
    boolean complete =
        !backReference && !args.sources().isEmpty() && (!targets.isEmpty() || monadic);
    LocalDate published = article.article().metadata().published();
    String date = EventSetting.date(s, heads, published);
    if (date == null && saidInPast(s)) {
      // "'We call on...,' he said after Sunday's meeting": quoted words date to their saying.
      date = EventSetting.narrativeDate(
          article.sentences(), s.index() + 1, 1, published);
    }
    if (date == null && toldInPast(s, clauseHead)) {
      date = EventSetting.narrativeDate(article.sentences(), s.index(), NARRATIVE_WINDOW, published);
    }
    if (date == null && published != null) {
      date = published.toString();
    }
    int from = Math.min(s.token(trigger).start(), args.start());
    int to = Math.max(s.token(trigger).end(), args.end());
    Evidence evidence = new Evidence(article.id(), s.text(), from, to);
    Event event =
        new Event(
            article.id() + "-e" + n,
            type,
            mode,
            args.sources(),
            targets,
            place,
            date,
            List.of(article.id()),
            List.of(evidence));
    return new CodedEvent(
        event, s.index(), trigger, depth(s, clauseHead), entry.pattern(), complete);
  }

  /**
   * A trigger that is the object or complement of another trigger is what that event is about:
   * "threatened to impose sanctions" is one THREATEN, "opposes the offensive" one REJECT.
   */
  private static boolean isContentOfAnother(
      Sentence s, int trigger, Map<Integer, LexiconEntry> triggers) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != trigger || d.governor() < 0) {
        continue;
      }
      boolean purpose =
          d.relation().startsWith("advcl") || d.relation().equals("xcomp")
              || d.relation().equals("dep");
      if (!s.token(trigger).isNoun() && purpose
          && !triggers.containsKey(d.governor()) && hasEventObject(s, d.governor(), triggers)) {
        // "began a hunger strike to demand...": the purpose of the strike, not a second event.
        return true;
      }
      if (!triggers.containsKey(d.governor())) {
        continue;
      }
      String rel = d.relation();
      if (s.token(trigger).isNoun()) {
        // "killed in rocket attacks by Hamas": a circumstance, an event of its own.
        boolean circumstance =
            rel.equals("obl:in") || rel.equals("obl:during") || rel.equals("obl:amid")
                || rel.equals("obl:since");
        if (circumstance) {
          continue;
        }
        // A controlled subject ("began a strike to demand...") is not what the verb is about.
        boolean controlled = rel.equals("nsubj:xsubj");
        if (!controlled && (rel.startsWith("obj") || rel.startsWith("obl") || rel.startsWith("nmod")
            || rel.startsWith("nsubj") || rel.equals("iobj") || rel.equals("compound"))) {
          return true;
        }
      } else if (rel.equals("xcomp") || rel.equals("ccomp") || rel.startsWith("advcl:of")
          || rel.startsWith("advcl:to") || rel.equals("dep") || isMannerClause(s, d)
          || rel.startsWith("advcl:for") || rel.startsWith("acl")) {
        return true;
      }
    }
    return false;
  }

  /**
   * "blocked roads, demanding...", "opened fire, killing one": an unmarked participle clause
   * tells how or why, not a second event. Clauses marked "after", "before", "while"... are events
   * of their own.
   */
  private static boolean isMannerClause(Sentence s, Dependency arc) {
    if (!arc.relation().equals("advcl") || !s.token(arc.dependent()).pos().equals("VBG")) {
      return false;
    }
    for (Dependency c : s.children(arc.dependent())) {
      if (c.relation().equals("mark")) {
        return false;
      }
    }
    return true;
  }

  /** Whether verb {@code v} has an event noun for object: "staged a protest", "began a strike". */
  private static boolean hasEventObject(
      Sentence s, int v, Map<Integer, LexiconEntry> triggers) {
    for (Dependency d : s.children(v)) {
      if (d.relation().equals("obj") && triggers.containsKey(d.dependent())
          && s.token(d.dependent()).isNoun()) {
        return true;
      }
    }
    return false;
  }

  /** For a noun, the light verb it is the object or subject of ("launched an attack"). */
  static int clauseHead(Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) {
      return trigger;
    }
    Dependency up = s.parentArc(trigger);
    if (up != null && up.governor() >= 0 && up.relation().equals("compound")) {
      // "ended mediation efforts": the verb governs the compound's head.
      up = s.parentArc(up.governor());
    }
    if (up != null && up.governor() >= 0 && s.token(up.governor()).isVerb()
        && (up.relation().equals("obj") || up.relation().startsWith("nsubj"))) {
      return up.governor();
    }
    int stay = stayHead(s, trigger);
    return stay >= 0 ? stay : trigger;
  }

  /**
   * For a noun trigger that is the purpose of a stay ("X was in Cairo for talks"), the place
   * predicated with "be"; else -1. The parser often hangs "for talks focused on..." on the
   * participle, itself loosely attached to the place; one such step is followed.
   */
  private static int stayHead(Sentence s, int trigger) {
    Dependency up = s.parentArc(trigger);
    if (up == null || up.governor() < 0
        || !up.relation().equals("obl:for") && !up.relation().equals("nmod:for")) {
      return -1;
    }
    int head = up.governor();
    Dependency above = s.parentArc(head);
    boolean loose = s.token(head).isVerb() && above != null && above.governor() >= 0
        && (above.relation().equals("parataxis") || above.relation().startsWith("acl"));
    if (loose) {
      head = above.governor();
    }
    boolean copula = false;
    for (Dependency d : s.children(head)) {
      copula |= d.relation().equals("cop");
    }
    return copula && EventSetting.locationAt(s, head) != null ? head : -1;
  }

  /** The place of a stay the trigger is the purpose of, or null. */
  private static String stayPlace(Sentence s, int trigger, int clauseHead) {
    if (clauseHead == trigger || stayHead(s, trigger) != clauseHead) {
      return null;
    }
    return EventSetting.locationAt(s, clauseHead);
  }

  /**
   * The verb of saying whose "that" clause puts {@code verb} under "must" or "should", or -1.
   */
  private static int demandedBySpeaker(Sentence s, int verb) {
    if (!s.token(verb).isVerb() || !Modality.obliged(s, verb, verb)) {
      return -1;
    }
    for (Dependency up : s.dependencies()) {
      if (up.dependent() == verb && up.governor() >= 0 && up.relation().equals("ccomp")
          && s.token(up.governor()).isVerb()) {
        return up.governor();
      }
    }
    return -1;
  }

  private static List<String> speakerNames(Sentence s, int sayer, ActorFinder finder) {
    List<String> out = new ArrayList<>();
    for (Dependency d : s.children(sayer)) {
      if (d.relation().equals("nsubj")) {
        out.addAll(finder.names(s, d.dependent(), true));
      }
    }
    return out;
  }

  /** Whether the sentence reports words with a verb of saying in the past ("said", "told"). */
  private static boolean saidInPast(Sentence s) {
    for (Token t : s.tokens()) {
      if (t.pos().equals("VBD") && ActorFinder.SAY.contains(t.lemma().toLowerCase(java.util.Locale.ROOT))) {
        return true;
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

  private static int depth(Sentence s, int token) {
    int depth = 0;
    int t = token;
    while (depth < s.tokens().size()) {
      Dependency up = s.parentArc(t);
      if (up == null || up.isRoot()) {
        return depth;
      }
      t = up.governor();
      depth++;
    }
    return depth;
  }

  private static String key(Event e) {
    return e.type() + "|" + e.source() + "|" + e.target() + "|" + e.date();
  }

  @Override
  public String toString() {
    return "RuleEventExtractor[" + lexicon + "]";
  }
}
