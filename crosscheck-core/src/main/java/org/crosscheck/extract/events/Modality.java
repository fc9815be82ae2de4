package org.crosscheck.extract.events;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Decides whether a trigger tells something that happened, and recodes it when it does not:
 * negated, planned, conditional and merely possible actions are not coded as if they happened.
 *
 * <ul>
 *   <li>Negated cooperation ("will not support", "refuses to meet" is the lexicon's own REJECT)
 *       becomes REJECT; other negated actions are dropped.
 *   <li>Announced or planned actions ("will withdraw", "plans to attack", "a planned offensive")
 *       become THREATEN when hostile and AGREE (PLOVER's "express intent") when cooperative.
 *   <li>Merely possible actions ("could", "might", "should") and actions inside an "if" clause
 *       are dropped unless hostile, in which case they are a THREATEN.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class Modality {
  private Modality() {}

  /** Hostile actions: a plan or promise to do them is a threat. */
  static final Set<EventType> HOSTILE =
      EnumSet.of(
          EventType.ASSAULT,
          EventType.COERCE,
          EventType.SANCTION,
          EventType.MOBILIZE,
          EventType.PROTEST,
          EventType.THREATEN);

  /** Cooperative actions: a promise to do them is PLOVER's AGREE (intent to cooperate). */
  static final Set<EventType> COOPERATIVE =
      EnumSet.of(
          EventType.AGREE,
          EventType.CONSULT,
          EventType.SUPPORT,
          EventType.COOPERATE,
          EventType.AID,
          EventType.CONCEDE,
          EventType.RETREAT);

  /** Verbs and adjectives that make the action they govern a plan, not a fact. */
  static final Set<String> INTENT =
      Set.of(
          "plan", "intend", "vow", "prepare", "aim", "want", "seek", "decide", "hope", "expect",
          "ready", "willing", "determined", "prepared", "set", "going", "poise", "mull", "consider");

  private static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
  private static final Set<String> POSSIBLE = Set.of("could", "might", "may");
  /** "Libya must hand over the suspects": whoever says so demands it. */
  private static final Set<String> OBLIGATION = Set.of("must", "should");
  /** Verbs that stop an action: "cancelled a visit", "called off the strike". */
  static final Set<String> STOP =
      Set.of(
          "cancel", "end", "halt", "stop", "abandon", "suspend", "scrap", "drop", "postpone",
          "shorten", "relax", "reduce");
  private static final Set<String> NEGATION = Set.of("not", "n't", "never", "no");
  private static final Set<String> PLANNED_ADJ =
      Set.of(
          "planned", "plan", "proposed", "possible", "potential", "threatened", "expected",
          "imminent", "looming", "future", "intended", "prospective");

  /**
   * The type to code for a trigger of lexicon type {@code type}, or null when the sentence does
   * not say the action happened.
   *
   * @param trigger the trigger token
   * @param clauseHead the verb whose modality counts: the trigger itself, or for a noun the light
   *     verb it is the object of ("launched an attack")
   */
  static EventType code(Sentence s, int trigger, int clauseHead, EventType type) {
    if (insideCondition(s, trigger) || insideCondition(s, clauseHead)) {
      return HOSTILE.contains(type) ? EventType.THREATEN : null;
    }
    boolean negated = negated(s, trigger) || clauseHead != trigger && negated(s, clauseHead);
    if (negated) {
      return COOPERATIVE.contains(type) ? EventType.REJECT : null;
    }
    if (obliged(s, trigger, clauseHead)) {
      return EventType.REQUEST;
    }
    if (clauseHead != trigger && stops(s, clauseHead)) {
      // Stopping cooperation is a sanction; stopping hostility a concession. The stop itself may
      // still be only planned ("may halt mediation if..."), so go on with the new type.
      if (COOPERATIVE.contains(type)) {
        type = EventType.SANCTION;
      } else {
        type = type == EventType.ASSAULT || type == EventType.MOBILIZE
            ? EventType.RETREAT
            : EventType.CONCEDE;
      }
    }
    if (wishedByAnother(s, clauseHead)) {
      // "looking forward to having officials visit": the officials have promised nothing.
      return null;
    }
    if (onlyAimed(s, clauseHead)) {
      return null;
    }
    // "mounted its long-threatened invasion": the light verb says the plan came true.
    // "said its planned assault would begin": saying a plan carries nothing out.
    boolean carriedOut = clauseHead != trigger && toldAsDone(s, clauseHead)
        && !ActorFinder.SAY.contains(s.token(clauseHead).lemma().toLowerCase(Locale.ROOT));
    boolean future =
        hasAux(s, clauseHead, FUTURE)
            || hasAux(s, trigger, FUTURE)
            || intended(s, clauseHead)
            || planned(s, trigger) && !carriedOut;
    boolean possible = hasAux(s, clauseHead, POSSIBLE) || hasAux(s, trigger, POSSIBLE);
    if (possible && !future) {
      return HOSTILE.contains(type) ? EventType.THREATEN : null;
    }
    if (future) {
      if (HOSTILE.contains(type)) {
        return EventType.THREATEN;
      }
      return COOPERATIVE.contains(type) ? EventType.AGREE : type;
    }
    return type;
  }

  /** "mounted", "has cancelled": a past or perfect verb without a modal. */
  private static boolean toldAsDone(Sentence s, int verb) {
    String pos = s.token(verb).pos();
    if (pos.equals("VBD")) {
      return true;
    }
    if (!pos.equals("VBN")) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("aux") && s.token(d.dependent()).lemma().equalsIgnoreCase("have")) {
        return true;
      }
    }
    return false;
  }

  /** "X must do Y": whoever says so demands it of X. */
  static boolean obliged(Sentence s, int trigger, int clauseHead) {
    if (hasAux(s, clauseHead, OBLIGATION) || hasAux(s, trigger, OBLIGATION)) {
      return true;
    }
    // "the US must be ready to mediate"
    Dependency up = s.parentArc(clauseHead);
    return up != null && up.governor() >= 0 && up.relation().equals("xcomp")
        && INTENT.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT))
        && hasAux(s, up.governor(), OBLIGATION);
  }

  private static boolean stops(Sentence s, int verb) {
    String lemma = s.token(verb).lemma().toLowerCase(Locale.ROOT);
    if (STOP.contains(lemma)) {
      return true;
    }
    // "called off the strike"
    for (Dependency d : s.children(verb)) {
      if (d.relation().equals("compound:prt")
          && s.token(d.dependent()).word().equalsIgnoreCase("off")) {
        return lemma.equals("call") || lemma.equals("break");
      }
    }
    return false;
  }

  static boolean negated(Sentence s, int head) {
    // "failed to free the hostages"
    for (Dependency up : s.dependencies()) {
      if (up.dependent() == head && up.governor() >= 0 && up.relation().equals("xcomp")
          && s.token(up.governor()).lemma().equalsIgnoreCase("fail")) {
        return true;
      }
    }
    for (Dependency d : s.children(head)) {
      String rel = d.relation();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("det"))
          && NEGATION.contains(lower(s.token(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  /** The trigger sits in an "if"/"unless" clause: a condition, not a fact. */
  private static boolean insideCondition(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("mark")) {
        String w = lower(s.token(d.dependent()));
        if (w.equals("if") || w.equals("unless") || w.equals("whether")) {
          return true;
        }
      }
    }
    return false;
  }

  /** Verbs that make their object able or ready to act, not act: "trained the forces to fight". */
  private static final Set<String> ENABLING =
      Set.of("train", "allow", "permit", "enable", "equip", "arm", "encourage", "invite",
          "persuade", "authorize", "authorise");

  /**
   * The action is only what another verb makes its object able or ready to do ("trained the
   * opposition forces to fight against the group", "allowed the convoy to enter"): it does not
   * say the action happened. Infinitives of purpose ("sent troops to fight") are left coded: the
   * PLOVER gold codes them (dropping them cost 2 of its 322 sentences).
   */
  static boolean onlyAimed(Sentence s, int head) {
    Dependency up = s.parentArc(head);
    return up != null && up.governor() >= 0 && up.relation().equals("xcomp")
        && ENABLING.contains(s.token(up.governor()).lemma().toLowerCase(Locale.ROOT));
  }

  private static boolean hasAux(Sentence s, int head, Set<String> words) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals("aux") && words.contains(lower(s.token(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  /** "plans to attack", "is ready to send", "prepared an offensive". */
  private static boolean intended(Sentence s, int head) {
    for (Dependency d : s.dependencies()) {
      if (d.dependent() != head || d.governor() < 0) {
        continue;
      }
      String rel = d.relation();
      boolean embedded = rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("advcl:to");
      if (embedded && INTENT.contains(s.token(d.governor()).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
      if (embedded && looksForward(s, d.governor())) {
        // "looking forward to having them visit": a wish, not a visit.
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code head} is wanted or planned by someone other than its own subject: "hopes
   * to have officials visit", "looking forward to having them visit". Its subject is then not
   * the one who intends it.
   */
  private static boolean wishedByAnother(Sentence s, int head) {
    Dependency up = s.parentArc(head);
    if (up == null || up.governor() < 0) {
      return false;
    }
    String rel = up.relation();
    int g = up.governor();
    boolean embedded = rel.equals("xcomp") || rel.equals("obj") || rel.startsWith("advcl:to");
    boolean wish = INTENT.contains(s.token(g).lemma().toLowerCase(Locale.ROOT)) || looksForward(s, g);
    if (!embedded || !wish) {
      return false;
    }
    int own = subject(s, head, "nsubj");
    int wisher = subject(s, g, "nsubj");
    return own >= 0 && wisher >= 0 && own != wisher;
  }

  private static int subject(Sentence s, int head, String relation) {
    for (Dependency d : s.children(head)) {
      if (d.relation().equals(relation)) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static boolean looksForward(Sentence s, int verb) {
    if (!s.token(verb).lemma().equalsIgnoreCase("look")) {
      return false;
    }
    for (Dependency d : s.children(verb)) {
      if (lower(s.token(d.dependent())).equals("forward")) {
        return true;
      }
    }
    return false;
  }

  /** A noun trigger described as not yet happened: "a planned offensive". */
  private static boolean planned(Sentence s, int trigger) {
    if (!s.token(trigger).isNoun()) {
      return false;
    }
    for (Dependency d : s.children(trigger)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && PLANNED_ADJ.contains(lower(s.token(d.dependent())))) {
        return true;
      }
    }
    return false;
  }

  private static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
