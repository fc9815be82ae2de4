package org.crosscheck.extract.figures;

import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Sentence;

/**
 * Reads how exact a figure is from the words just before its number: "more than", "at least",
 * "nearly", "close to", "about", "as many as", ... or just after it ("a million or more"); the
 * ends of a range ("10 to 15") are at least the low and at most the high one. A percentage is
 * {@link Qualifier#PERCENT} whatever precedes it, because the qualifier is the only field that
 * tells a share from a count. Stateless.
 */
final class Qualifiers {
  private Qualifiers() {}

  /** Two-word qualifiers, checked before the one-word ones. */
  private static final Map<String, Qualifier> TWO_WORDS =
      Map.ofEntries(
          Map.entry("more than", Qualifier.MORE_THAN),
          Map.entry("upwards of", Qualifier.MORE_THAN),
          Map.entry("in excess of", Qualifier.MORE_THAN),
          Map.entry("at least", Qualifier.AT_LEAST),
          Map.entry("no fewer than", Qualifier.AT_LEAST),
          Map.entry("close to", Qualifier.CLOSE_TO),
          Map.entry("closer to", Qualifier.CLOSE_TO),
          Map.entry("less than", Qualifier.LESS_THAN),
          Map.entry("fewer than", Qualifier.LESS_THAN),
          Map.entry("at most", Qualifier.AT_MOST),
          Map.entry("up to", Qualifier.AT_MOST),
          Map.entry("an estimated", Qualifier.ABOUT));

  /** The middle word of "as many as", "as much as": the figure is a ceiling. */
  private static final Set<String> UPPER_BOUND = Set.of("many", "much", "high");

  private static final Map<String, Qualifier> ONE_WORD =
      Map.ofEntries(
          Map.entry("over", Qualifier.MORE_THAN),
          Map.entry("above", Qualifier.MORE_THAN),
          Map.entry("nearly", Qualifier.NEARLY),
          Map.entry("almost", Qualifier.NEARLY),
          Map.entry("about", Qualifier.ABOUT),
          Map.entry("around", Qualifier.ABOUT),
          Map.entry("approximately", Qualifier.ABOUT),
          Map.entry("roughly", Qualifier.ABOUT),
          Map.entry("some", Qualifier.ABOUT),
          Map.entry("estimated", Qualifier.ABOUT),
          Map.entry("under", Qualifier.LESS_THAN),
          Map.entry("below", Qualifier.LESS_THAN));

  /** The qualifier of {@code q} and the first token of the words that express it. */
  static Result of(Sentence s, Quantity q) {
    int at = q.start();
    // "a million": the article is part of the number, not a qualifier.
    if (at > 0 && Parse.word(s, at - 1).matches("an?")) {
      at--;
    }
    Qualifier found = Qualifier.EXACT;
    int from = at;
    // "as many as 200", "as much as 40%": an upper bound, as CoreNLP's own "<=" says.
    if (at >= 3 && Parse.word(s, at - 3).equals("as") && Parse.word(s, at - 1).equals("as")
        && UPPER_BOUND.contains(Parse.word(s, at - 2))) {
      found = Qualifier.AT_MOST;
      from = at - 3;
    }
    if (found == Qualifier.EXACT && at >= 2) {
      String two = Parse.word(s, at - 2) + " " + Parse.word(s, at - 1);
      if (TWO_WORDS.containsKey(two)) {
        found = TWO_WORDS.get(two);
        from = at - 2;
      }
    }
    if (found == Qualifier.EXACT && at >= 1 && ONE_WORD.containsKey(Parse.word(s, at - 1))) {
      found = ONE_WORD.get(Parse.word(s, at - 1));
      from = at - 1;
    }
    // "10 to 15 people": at least the low end, at most the high end.
    if (found == Qualifier.EXACT && Quantities.joinsRange(s, q.start(), q.end())) {
      found = Qualifier.AT_LEAST;
    }
    if (found == Qualifier.EXACT && at >= 2
        && Quantities.joinsRange(s, lowStart(s, at - 2), at - 1)) {
      found = Qualifier.AT_MOST;
    }
    // "a million or more", "500 or fewer": the bound follows the number.
    if (found == Qualifier.EXACT && boundAfter(s, q.end())) {
      found = FLOORS.contains(Parse.word(s, q.end() + 1)) ? Qualifier.AT_LEAST : Qualifier.AT_MOST;
    }
    return new Result(q.percent() ? Qualifier.PERCENT : found, from);
  }

  /** The first token of the number that ends at {@code last} ("2 %" from the "%"). */
  private static int lowStart(Sentence s, int last) {
    int k = last;
    while (k > 0 && !s.token(k - 1).ner().equals("O") && s.token(k - 1).ner()
        .equals(s.token(last).ner())) {
      k--;
    }
    return k;
  }

  private static final Set<String> FLOORS = Set.of("more", "over", "above");
  private static final Set<String> CEILINGS = Set.of("fewer", "less", "under");

  /** True when "or more", "or fewer", ... starts at token {@code at}, right after a number. */
  static boolean boundAfter(Sentence s, int at) {
    if (at + 1 >= s.tokens().size() || !Parse.word(s, at).equals("or")) {
      return false;
    }
    String w = Parse.word(s, at + 1);
    return FLOORS.contains(w) || CEILINGS.contains(w);
  }

  /** A qualifier and where its words start. */
  record Result(Qualifier qualifier, int start) {}
}
