package org.crosscheck.extract.events;

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
 * <p>Rule families, one class each: {@link TriggerNesting} (one telling, one event), {@link
 * ClauseHeads} (the light verb or stay of a noun), {@link ReportedSpeech} (demands and dates of
 * reported words), {@link EventDating}, {@link RequestedParty} (who a request for a thing asks),
 * {@link Documents} and {@link DocumentActs} (drafts acting for their authors), {@link
 * HostileActs} (a per-article memory of who plans hostile acts where) and {@link RejectedMeans}
 * ("X is not the way"). A new family adds its triggers in {@code triggers} and its arguments in
 * {@code codeOne}.
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

  private final EventLexicon lexicon;
  private final NominalEvents nominal;

  public RuleEventExtractor(EventLexicon lexicon) {
    this.lexicon = lexicon;
    this.nominal = new NominalEvents(lexicon);
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
    Documents documents = Documents.of(article, finder);
    HostileActs acts = new HostileActs();
    List<CodedEvent> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      Map<Integer, LexiconEntry> triggers = triggers(s);
      Set<String> seen = new LinkedHashSet<>();
      for (int i = 0; i < s.tokens().size(); i++) {
        LexiconEntry entry = triggers.get(i);
        if (entry == null || TriggerNesting.isContentOfAnother(s, i, triggers)) {
          continue;
        }
        CodedEvent c = codeOne(article, s, i, entry, finder, documents, acts, out.size() + 1);
        if (c != null) {
          acts.remember(s, i, c.event().type(), c.event().source(), asksForHostile(s, i, triggers));
        }
        if (c != null && seen.add(key(c.event()))) {
          out.add(c);
        }
      }
    }
    return nominal.refine(article, actors, out);
  }

  /**
   * The triggers of one sentence by token index: the lexicon's words, and verbs a speaker says
   * someone must do. Rule families that find triggers of their own add them here.
   */
  private Map<Integer, LexiconEntry> triggers(Sentence s) {
    Map<Integer, LexiconEntry> triggers = new HashMap<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      int index = i;
      lexicon.match(s, i).ifPresent(e -> triggers.put(index, e));
      if (!triggers.containsKey(i) && ReportedSpeech.demandedBySpeaker(s, i) >= 0) {
        // "Russia said that Sudan must return the helicopter": a demand, whatever the verb.
        Token t = s.token(i);
        triggers.put(i, new LexiconEntry(t.lemma(), List.of(), true, false, EventType.REQUEST, null));
      }
      if (!triggers.containsKey(i) && RejectedMeans.isTrigger(s, i)) {
        // "X is not the way to do it": the speaker rejects X.
        Token t = s.token(i);
        triggers.put(i, new LexiconEntry(t.lemma(), List.of(), false, true, EventType.REJECT, null));
      }
    }
    return triggers;
  }

  private CodedEvent codeOne(
      AnnotatedArticle article, Sentence s, int trigger, LexiconEntry entry, ActorFinder finder,
      Documents documents, HostileActs acts, int n) {
    int clauseHead = ClauseHeads.clauseHead(s, trigger);
    boolean rejectedMeans = RejectedMeans.isTrigger(s, trigger);
    EventType type =
        rejectedMeans ? EventType.REJECT : Modality.code(s, trigger, clauseHead, entry.type());
    if (type == null || type == EventType.REJECT && NoComment.declines(s, trigger)) {
      return null;
    }
    String mode = type == entry.type() ? entry.mode() : null;
    String stay = ClauseHeads.stayPlace(s, trigger, clauseHead);
    if (stay != null) {
      // "was in Egypt for talks": a visit to whoever is there.
      mode = "visit";
    }
    Arguments args =
        Arguments.of(s, trigger, clauseHead, finder, entry.type() == EventType.CONSULT);
    int speaker = ReportedSpeech.demandedBySpeaker(s, clauseHead);
    boolean demanded =
        type == EventType.REQUEST && Modality.obliged(s, trigger, clauseHead) && speaker >= 0;
    if (demanded) {
      // The subject is who is asked; whoever says it must, asks.
      args = args.askedBy(ReportedSpeech.speakerNames(s, speaker, finder));
    }
    if (type == EventType.REQUEST && !demanded
        && (args.targets().isEmpty() || RequestedParty.onlyAThing(s, trigger, finder))) {
      // "called for a halt to Israel's attacks": whoever is to act is asked.
      args = args.withActors(args.sources(), RequestedParty.of(s, trigger, finder, args.sources()));
    }
    args = DocumentActs.apply(s, trigger, type, args, documents);
    if (rejectedMeans) {
      args = RejectedMeans.arguments(s, trigger, finder, acts);
    } else if (type == EventType.REJECT && args.targets().isEmpty()) {
      // "We will not support a major operation in Rafah": opposing it rejects its planner.
      args = args.withActors(args.sources(), acts.plannersAt(s, trigger, args.sources(), finder));
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
      targets = List.of(finder.placeActor(s, place, args.sources()));
    }
    if (targets.isEmpty() && (type == EventType.ASSAULT || type == EventType.AID)) {
      List<String> sources = args.sources();
      targets = EventSetting.locationsIn(s, trigger, sources).stream()
          .map(p -> finder.placeActor(s, p, sources)).distinct().toList();
    }
    // A release of what? Only people or places make it a RETREAT worth coding.
    boolean monadic = MONADIC.contains(type) && !"release".equals(mode);
    if (targets.isEmpty() && type == EventType.PROTEST) {
      // A strike or protest that names no target is aimed at the protesters' own government,
      // as PLOVER and CAMEO coders code domestic protest.
      targets = homeCountries(args.sources(), finder);
    }
    // "his visit to Jeddah", "Washington's support of Israel": a cooperative act named by a bare
    // noun mostly refers back to an event told elsewhere, as background. Hostile nouns ("an
    // attack on Israel") are often the only telling, so they are kept.
    boolean bareNoun = s.token(trigger).isNoun() && clauseHead == trigger;
    boolean backReference = bareNoun && Modality.COOPERATIVE.contains(type);
    // "his stance on Israel's planned assault": a plan mentioned in passing is not a threat
    // made in this telling; a threat needs a verb ("announced a planned assault") or a speaker.
    boolean mentionedPlan =
        bareNoun && type == EventType.THREATEN && entry.type() != EventType.THREATEN;
    boolean complete =
        !backReference && !mentionedPlan && !EventDating.repeatsEarlier(s, trigger)
            && !args.sources().isEmpty() && (!targets.isEmpty() || monadic);
    String date = EventDating.date(article, s, heads, clauseHead);
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
        event, s.index(), trigger, ClauseHeads.depth(s, clauseHead), entry.pattern(), complete);
  }

  private static List<String> homeCountries(List<String> sources, ActorFinder finder) {
    Set<String> out = new LinkedHashSet<>();
    for (String source : sources) {
      String home = finder.homeCountry(source);
      if (home != null) {
        out.add(home);
      }
    }
    return List.copyOf(out);
  }

  /** Whether a request trigger asks for a hostile action ("a call for a ground attack"). */
  private static boolean asksForHostile(Sentence s, int trigger, Map<Integer, LexiconEntry> triggers) {
    for (Dependency d : s.children(trigger)) {
      String rel = d.relation();
      LexiconEntry asked = triggers.get(d.dependent());
      if (asked != null && Modality.HOSTILE.contains(asked.type())
          && (rel.startsWith("obl:for") || rel.startsWith("nmod:for") || rel.equals("obj"))) {
        return true;
      }
    }
    return false;
  }

  private static String key(Event e) {
    return e.type() + "|" + e.source() + "|" + e.target() + "|" + e.date();
  }

  @Override
  public String toString() {
    return "RuleEventExtractor[" + lexicon + "]";
  }
}
