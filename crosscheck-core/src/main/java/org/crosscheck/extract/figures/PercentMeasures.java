package org.crosscheck.extract.figures;

import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * What a percentage measures when no count rule of {@link Measures} fits: the size of a change
 * ("sales plunged 10 percent" is a "decrease" of sales) or a share of something ("Turnout was 61
 * percent" is "turnout"). Stateless and thread-safe.
 */
final class PercentMeasures {
  private PercentMeasures() {}

  /** Relations by which a percentage is the size of a change: "fell 3%", "rose by 3%". */
  private static final Set<String> BY_HOW_MUCH =
      Set.of("obj", "obl:by", "obl:npmod", "nmod:npmod", "nmod:of", "nmod:by", "advmod",
          "compound", "amod");

  /**
   * "Sales plunged 10 percent", "are down 2.6 percent", "boosted spending by 2.5%", "an increase
   * of 0.3 percent": a percentage that says by how much a word of change moved is an "increase"
   * or a "decrease". What changed is the verb's object when it has one (it was boosted), else its
   * subject (it plunged); "down" and "higher" take the subject of the verb they modify; a noun of
   * change, its compound or "in" phrase ("sales growth", "a rise in prices"). A level
   * reached ("rose to 5%", "from 6.2%") is not a change and is left to the other rules.
   */
  static Measures.Counted change(Sentence s, Quantity q) {
    Dependency arc = s.parentArc(q.head());
    if (arc == null || arc.isRoot() || !BY_HOW_MUCH.contains(arc.relation())) {
      return null;
    }
    int g = arc.governor();
    String direction = direction(s, g);
    if (direction == null) {
      return null;
    }
    int verb = s.token(g).isVerb() ? g : Parse.head(s, g);
    int changed = -1;
    if (s.token(g).isVerb() || s.token(g).pos().startsWith("RB")
        || s.token(g).pos().startsWith("JJ")) {
      int obj = verb >= 0 ? Parse.child(s, verb, "obj") : -1;
      // "fell 102 points, or 0.4%": an object that holds the percentage is another measure of
      // the change, not what changed.
      boolean other = obj >= 0 && obj != q.head() && !Parse.dominates(s, obj, q.head())
          && Parse.parents(s, q.head()).stream()
              .noneMatch(d -> d.governor() == obj && d.relation().startsWith("conj"));
      changed = other ? obj
          : verb >= 0 ? Parse.child(s, verb, "nsubj") : -1;
    } else {
      changed = changedNoun(s, g, q);
    }
    // "It was down 60%": a pronoun does not say what changed; leave the subject to the reader.
    if (changed >= 0 && s.token(changed).isPronoun()) {
      changed = -1;
    }
    return new Measures.Counted(changed, g, direction);
  }

  /** "sales growth of 2%", "a 7% pay increase", "a rise in prices of 3%": what the noun changes. */
  private static int changedNoun(Sentence s, int change, Quantity q) {
    for (Dependency d : s.children(change)) {
      boolean part = d.dependent() >= q.start() && d.dependent() < q.end();
      if (!part && s.token(d.dependent()).isNoun()
          && (d.relation().equals("compound") || d.relation().equals("nmod:in"))) {
        return d.dependent();
      }
    }
    return -1;
  }

  private static String direction(Sentence s, int t) {
    for (String w : new String[] {Parse.lemma(s, t), Parse.word(s, t)}) {
      if (MeasureLexicon.RISE.contains(w)) {
        return "increase";
      }
      if (MeasureLexicon.FALL.contains(w)) {
        return "decrease";
      }
    }
    return null;
  }

  /**
   * What a percentage is a share of, when no other rule says: "Turnout was 61 percent" is
   * "turnout"; "40 per cent of the city had no electricity" is "had no electricity".
   */
  static Measures.Counted share(Sentence s, Quantity q) {
    int h = q.head();
    int subject = Parse.child(s, h, "nsubj");
    if (subject >= 0) {
      // "That is less than 2% of revenues": a pronoun names no share.
      String pos = s.token(subject).pos();
      // The tagger may read "that’s" with a curly apostrophe as the preposition "that" (IN).
      boolean pronoun = pos.equals("DT") || pos.equals("IN") || pos.startsWith("PRP")
          || pos.startsWith("W");
      return pronoun ? null : new Measures.Counted(-1, subject, Parse.lemma(s, subject));
    }
    int verb = Parse.head(s, h);
    if (verb < 0 || !Parse.relation(s, h).startsWith("nsubj") || !s.token(verb).isVerb()) {
      return null;
    }
    int obj = Parse.child(s, verb, "obj");
    int end = obj >= 0 ? Parse.subtree(s, obj)[1] : verb;
    if (end - verb > 4) {
      return null;
    }
    return new Measures.Counted(-1, verb, s.span(verb, end + 1).toLowerCase(java.util.Locale.ROOT));
  }
}
