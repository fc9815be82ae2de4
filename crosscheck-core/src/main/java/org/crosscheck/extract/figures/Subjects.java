package org.crosscheck.extract.figures;

import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Says of whom a figure counts: the counted noun with its modifiers ("Palestinian refugees",
 * "people from all over the Gaza Strip"), completed by the place the clause gives when the noun
 * phrase names none ("Ten people have been killed in Israel" gives "people in Israel").
 * Stateless and thread-safe.
 */
final class Subjects {
  private Subjects() {}

  /** Modifiers that belong to the counted group ("Palestinian", "in Gaza", "of Gaza"). */
  private static final Set<String> KEEP = Set.of("amod", "compound", "nmod:in", "nmod:from",
      "nmod:of", "nmod:poss", "acl", "acl:relcl", "conj:and", "conj:or", "cc");

  /** Longest subject kept; a longer phrase is cut to its head noun and near modifiers. */
  private static final int MAX_TOKENS = 12;

  /**
   * The subject of a figure, or null when the number counts no noun.
   *
   * @param noun the counted noun, or -1
   * @param predicate the token that gave the measure, or -1
   * @param q the number, whose tokens are left out of the subject
   */
  static String of(Sentence s, Quantity q, int noun, int predicate) {
    int head = noun >= 0 ? noun : percentBase(s, q);
    if (head < 0) {
      return tally(s, predicate);
    }
    // "taking 250 people hostage": the people are counted, "hostage" is the measure.
    int compound = Parse.child(s, head, "compound");
    if (Parse.lemma(s, head).equals("hostage") && compound >= 0 && s.token(compound).isNoun()) {
      head = compound;
    }
    int from = head;
    int to = head;
    for (Dependency d : s.children(head)) {
      if (!KEEP.contains(d.relation()) || d.dependent() == predicate) {
        continue;
      }
      int[] span = Parse.subtree(s, d.dependent());
      if (span[1] - span[0] + 1 > MAX_TOKENS) {
        continue;
      }
      from = Math.min(from, span[0]);
      to = Math.max(to, span[1]);
    }
    if (from < q.end() && to >= q.end()) {
      from = q.end();
    }
    if (noun == q.end() + 1 || noun == q.end()) {
      from = Math.max(from, q.end());
    }
    while (from < to && isFunctionWord(s, from)) {
      from++;
    }
    String subject = s.span(from, to + 1);
    String place = place(s, predicate, from, to);
    return place == null ? subject : subject + " in " + place;
  }

  /** "The death toll in Gaza jumped to 198": the tally phrase says of whom, when no noun does. */
  private static String tally(Sentence s, int predicate) {
    int tally = predicate >= 0 ? Parse.head(s, predicate) : -1;
    // Only the noun is a tally: "officials counted 310 dead" has no tally phrase.
    if (tally < 0 || !s.token(tally).isNoun()
        || !MeasureLexicon.TALLIES.contains(Parse.lemma(s, tally))) {
      return null;
    }
    int[] span = Parse.subtree(s, tally);
    int from = span[0];
    while (from < span[1] && isFunctionWord(s, from)) {
      from++;
    }
    return span[1] - from < MAX_TOKENS ? s.span(from, span[1] + 1) : null;
  }

  /** "100% of the population of Gaza": the group a percentage is a share of. */
  private static int percentBase(Sentence s, Quantity q) {
    if (!q.percent()) {
      return -1;
    }
    for (Dependency d : s.children(q.head())) {
      if (d.relation().equals("nmod:of")) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The place the measure's clause gives ("killed in Israel"), when the subject has none. */
  private static String place(Sentence s, int predicate, int from, int to) {
    if (predicate < 0) {
      return null;
    }
    for (int i = from; i <= to; i++) {
      if (isPlace(s, i)) {
        return null;
      }
    }
    // "Rafah, where 1.5 million are sheltering": the place the relative clause hangs on.
    Dependency up = s.parentArc(predicate);
    int where = Parse.child(s, predicate, "advmod");
    if (up != null && up.relation().equals("acl:relcl") && where >= 0
        && Parse.word(s, where).equals("where") && isPlace(s, up.governor())) {
      return s.span(compoundStart(s, up.governor()), up.governor() + 1);
    }
    for (Dependency d : s.children(predicate)) {
      if (d.relation().equals("obl:in") || d.relation().equals("advmod")) {
        int t = d.dependent();
        if (isPlace(s, t)) {
          return s.span(compoundStart(s, t), t + 1);
        }
      }
    }
    return null;
  }

  private static boolean isPlace(Sentence s, int t) {
    String ner = s.token(t).ner();
    return ner.equals("LOCATION") || ner.equals("COUNTRY") || ner.equals("CITY")
        || ner.equals("STATE_OR_PROVINCE");
  }

  private static int compoundStart(Sentence s, int t) {
    int start = t;
    for (Dependency d : s.children(t)) {
      if (d.relation().equals("compound") && d.dependent() < start) {
        start = d.dependent();
      }
    }
    return start;
  }

  private static boolean isFunctionWord(Sentence s, int i) {
    String pos = s.token(i).pos();
    return pos.equals("DT") || pos.equals("IN") || pos.equals("CC") || pos.equals(",")
        || pos.equals("HYPH") || pos.equals("TO");
  }
}
