package org.crosscheck.extract.figures;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Works out what a number counts, from the parse. Rules, tried in order:
 *
 * <ol>
 *   <li>a unit of goods: "1,000 tons of humanitarian assistance" is "tons of aid";
 *   <li>hostages: "holding about 100 hostages" is "hostages held", "taking 250 people hostage"
 *       is "taken hostage";
 *   <li>the remains of the dead: "the remains of about 30 others" is "dead";
 *   <li>the word right after the number: "74,188 wounded", "32,000 dead";
 *   <li>the words governing or modifying the counted noun or the number: "31,988 Palestinians
 *       have been killed", "people killed", "the displacement of nearly two million people";
 *   <li>a tally: "the death toll jumped to 198";
 *   <li>taking refuge: "have taken refuge in Rafah" is "sheltering";
 *   <li>a predicate of the count: "100% of the population is acutely food insecure" is "food
 *       insecure";
 *   <li>for a percentage ({@link PercentMeasures}), a change: "Sales plunged 10 percent" is a
 *       "decrease" of sales, "boosted spending by 2.5%" an "increase" of spending;
 *   <li>for a percentage, what it is a share of: "Turnout was 61 percent" is "turnout".
 * </ol>
 *
 * A number none of these fit has no measure (null). Stateless and thread-safe.
 */
final class Measures {
  private Measures() {}

  /**
   * What a number counts.
   *
   * @param noun the counted noun ("Palestinians"), or -1 when the number stands alone
   * @param predicate the token that gave the measure, or -1
   * @param measure the normalized measure, or null when no rule fits
   */
  record Counted(int noun, int predicate, String measure) {}

  static Counted of(Sentence s, Quantity q) {
    int noun = countedNoun(s, q);
    int x = noun >= 0 ? noun : q.head();
    Counted c = unit(s, q, noun);
    if (c == null) {
      c = hostages(s, x);
    }
    if (c == null) {
      c = remains(s, x, noun);
    }
    if (c == null) {
      c = adjacent(s, q, noun);
    }
    if (c == null) {
      c = neighbours(s, x, noun);
    }
    if (c == null && noun >= 0 && x != q.head()) {
      c = neighbours(s, q.head(), noun);
    }
    if (c == null) {
      c = tally(s, x, noun);
    }
    if (c == null) {
      c = refuge(s, x, noun);
    }
    if (c == null) {
      c = predicate(s, q, x, noun);
    }
    if (c == null && q.percent()) {
      c = PercentMeasures.change(s, q);
    }
    if (c == null && q.percent()) {
      c = PercentMeasures.share(s, q);
    }
    return c != null ? c : new Counted(noun, -1, null);
  }

  /** The noun the number counts ("31,988 Palestinians"), the "%" of a percentage, or -1. */
  static int countedNoun(Sentence s, Quantity q) {
    if (q.percent()) {
      return -1;
    }
    int number = q.head();
    // "40 747 freighters" may parse with the count as a compound of the model number: the
    // count then counts what the model number names.
    int over = Parse.head(s, number);
    if (Parse.relation(s, number).equals("compound") && over == q.end()
        && s.token(over).pos().equals("CD")) {
      number = over;
    }
    for (Dependency d : Parse.parents(s, number)) {
      if (d.relation().equals("nummod") && s.token(d.governor()).isNoun()) {
        return d.governor();
      }
    }
    // The parser may miss the number's noun ("some 6.5 million Sudanese have fled", "sheltering
    // 2,000 displaced people"): a plural noun right after the number, or after one adjective,
    // or a nationality that is the clause's subject, is what it counts.
    int after = Qualifiers.boundAfter(s, q.end()) ? q.end() + 2 : q.end(); // "1,000 or more"
    for (int i = after; i < Math.min(after + 2, s.tokens().size()); i++) {
      org.crosscheck.model.Token t = s.token(i);
      if (t.pos().equals("NNS") || t.pos().equals("NNPS")) {
        return i;
      }
      if (t.pos().startsWith("JJ") && t.ner().equals("MISC")
          && Parse.relation(s, i).startsWith("nsubj")) {
        return i;
      }
      if (!(t.pos().startsWith("JJ") || t.pos().equals("VBN") || t.pos().equals("VBD"))) {
        break;
      }
    }
    return -1;
  }

  private static Counted unit(Sentence s, Quantity q, int noun) {
    if (q.end() >= s.tokens().size()) {
      return null;
    }
    String unit = Parse.lemma(s, q.end());
    if (!MeasureLexicon.UNITS.contains(unit)) {
      return null;
    }
    String goods = noun >= 0 && noun != q.end() ? Parse.lemma(s, noun) : null;
    String plural = s.token(q.end()).word().toLowerCase(java.util.Locale.ROOT);
    if (goods == null) {
      return new Counted(noun, q.end(), plural);
    }
    String what = MeasureLexicon.AID.contains(goods) ? "aid" : goods;
    return new Counted(noun, q.end(), plural + " of " + what);
  }

  private static Counted hostages(Sentence s, int counted) {
    int x = counted;
    // "took 12 workers hostage": the counted noun is a compound of "hostage".
    if (Parse.relation(s, x).equals("compound") && Parse.head(s, x) >= 0) {
      x = Parse.head(s, x);
    }
    if (!Parse.lemma(s, x).equals("hostage")) {
      return null;
    }
    for (Dependency d : Parse.parents(s, x)) {
      if (d.governor() < 0) {
        continue;
      }
      String verb = Parse.lemma(s, d.governor());
      if (MeasureLexicon.TAKE.contains(verb)) {
        return new Counted(x, d.governor(), "taken hostage");
      }
      if (MeasureLexicon.FREE.contains(verb)) {
        return new Counted(x, d.governor(), "hostages released");
      }
      String m = MeasureLexicon.measure(verb);
      if (m != null) {
        return new Counted(x, d.governor(), "hostages " + m);
      }
    }
    return new Counted(x, -1, "hostages held");
  }

  private static Counted remains(Sentence s, int x, int noun) {
    for (Dependency d : Parse.parents(s, x)) {
      if (d.relation().equals("nmod:of")
          && d.governor() >= 0
          && MeasureLexicon.REMAINS.contains(Parse.lemma(s, d.governor()))) {
        return new Counted(noun, d.governor(), "dead");
      }
    }
    return null;
  }

  /** "74,188 wounded", "32,000 dead", "1,200 people killed": the word after the count. */
  private static Counted adjacent(Sentence s, Quantity q, int noun) {
    int next = noun == q.end() ? noun + 1 : q.end();
    if (next >= s.tokens().size()) {
      return null;
    }
    Token t = s.token(next);
    // Headings are often tagged as proper nouns: "Close to 32,000 Killed".
    if (!(t.pos().startsWith("JJ") || t.pos().startsWith("VB") || t.pos().startsWith("NNP"))) {
      return null;
    }
    String m = MeasureLexicon.measure(Parse.word(s, next));
    if (m == null && !t.pos().startsWith("NNP")) {
      m = MeasureLexicon.measure(Parse.lemma(s, next));
    }
    if (m != null && noun >= 0 && actsOnAnother(s, next, noun)) {
      return null; // "12 gunmen killed 40 villagers": the gunmen killed
    }
    // "32,000 dead - Delivering aid": a noun past the measure word is not what is counted,
    // unless the word sits right before it ("2,000 displaced people").
    int counted = noun > next + 1 ? -1 : noun;
    return m == null ? null : new Counted(counted, next, m);
  }

  /** The heads of {@code x}, then its modifiers, looked up in the lexicon. */
  private static Counted neighbours(Sentence s, int x, int noun) {
    List<Integer> around = new ArrayList<>();
    around.add(x); // "200 deaths", "50 injuries"
    for (Dependency d : Parse.parents(s, x)) {
      boolean agent = d.relation().equals("nsubj") && d.governor() >= 0
          && actsOnAnother(s, d.governor(), x);
      if (d.governor() >= 0 && !d.relation().startsWith("conj") && !agent) {
        around.add(d.governor());
        // "remain unaccounted for", "are reported missing": the verb's complement.
        int complement = Parse.child(s, d.governor(), "xcomp");
        if (complement >= 0) {
          around.add(complement);
        }
      }
    }
    for (Dependency d : s.children(x)) {
      String r = d.relation();
      boolean agent = r.startsWith("acl") && actsOnAnother(s, d.dependent(), x);
      if ((r.equals("amod") || r.startsWith("acl") || r.equals("dep")) && !agent) {
        around.add(d.dependent());
      }
    }
    for (int t : around) {
      String m = MeasureLexicon.measure(Parse.lemma(s, t));
      if (m == null) {
        m = MeasureLexicon.measure(Parse.word(s, t));
      }
      if (m != null) {
        return new Counted(noun, t, m);
      }
    }
    return null;
  }

  /**
   * True when {@code verb} has an object other than {@code x} and a relative pronoun: in "two
   * crashes that killed 346 people" or "12 gunmen killed 40 villagers" the crashes and the
   * gunmen did the killing; the verb measures its object, not its subject.
   */
  private static boolean actsOnAnother(Sentence s, int verb, int x) {
    if (MeasureLexicon.SUFFERED_BY_SUBJECT.contains(Parse.lemma(s, verb))) {
      return false; // "200 families fled their homes": the families are displaced
    }
    int obj = Parse.child(s, verb, "obj");
    return obj >= 0 && obj != x && !s.token(obj).pos().startsWith("W");
  }

  /** "The death toll in Gaza jumped to 198": the tally that is the subject of the verb. */
  private static Counted tally(Sentence s, int x, int noun) {
    int verb = Parse.head(s, x);
    if (verb < 0) {
      return null;
    }
    int subject = Parse.child(s, verb, "nsubj");
    if (subject < 0 || !MeasureLexicon.TALLIES.contains(Parse.lemma(s, subject))) {
      return null;
    }
    for (Dependency d : s.children(subject)) {
      if (d.relation().equals("compound") || d.relation().equals("nmod:of")) {
        String m = MeasureLexicon.measure(Parse.lemma(s, d.dependent()));
        if (m != null) {
          return new Counted(noun, d.dependent(), m);
        }
      }
    }
    return null;
  }

  /** "More than a million Palestinians have taken refuge in Rafah." */
  private static Counted refuge(Sentence s, int x, int noun) {
    int verb = Parse.head(s, x);
    if (verb < 0 || !Parse.relation(s, x).startsWith("nsubj")) {
      return null;
    }
    int obj = Parse.child(s, verb, "obj");
    if (obj >= 0 && MeasureLexicon.REFUGE.contains(Parse.lemma(s, obj))) {
      return new Counted(noun, verb, "sheltering");
    }
    return null;
  }

  /**
   * "100% of the population is acutely food insecure": the count is the subject of a predicate
   * that is not a verb; the measure is the predicate with its noun and adjective modifiers.
   */
  private static Counted predicate(Sentence s, Quantity q, int x, int noun) {
    if (!Parse.relation(s, x).startsWith("nsubj")) {
      return null;
    }
    int p = Parse.head(s, x);
    if (p < 0 || s.token(p).isVerb()) {
      return null;
    }
    boolean copular = Parse.hasChild(s, p, "cop") || s.token(p).pos().startsWith("JJ");
    if (!copular) {
      return null;
    }
    int from = p;
    int to = p;
    for (Dependency d : s.children(p)) {
      if ((d.relation().equals("amod") || d.relation().equals("compound"))
          && Math.abs(d.dependent() - p) <= 2) {
        from = Math.min(from, d.dependent());
        to = Math.max(to, d.dependent());
      }
    }
    String m = MeasureLexicon.measure(Parse.lemma(s, p));
    // "The two parties have been unable to agree": a number written as a word with a predicate
    // the lexicon does not know is narrative, not a reported figure.
    boolean word = !Character.isDigit(s.token(q.start()).word().charAt(0));
    if (m == null && word && !q.percent()) {
      return null;
    }
    if (m == null) {
      m = s.span(from, to + 1).toLowerCase(java.util.Locale.ROOT);
    }
    return new Counted(noun, p, m);
  }
}
