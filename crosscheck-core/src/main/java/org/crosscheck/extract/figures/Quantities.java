package org.crosscheck.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds the numbers of a sentence that may be reported counts, and rejects those that are not.
 *
 * <p>A number is a run of tokens the tagger marks NUMBER or PERCENT ("31,988", "two million",
 * "1.5 million", "Ten", "100%"). Dates, times, durations, ordinals and money are other NER types
 * and never start a run. Rejected, because they describe a thing rather than count what happened:
 *
 * <ul>
 *   <li>hyphenated attributes and fractions: "the 15-member council", "a six-week ceasefire",
 *       "two-thirds of them" (a share of another figure, not a figure of its own);
 *   <li>labels and names: "Number one", "No. 2", "Resolution 2728", "aged 12";
 *   <li>numbers that are part of a name: "the S&amp;P 500 index", "area
 *       55", "400 737 Max jets", "its 737 Max jet", "777x jets";
 *   <li>sizes, distances and times: "5 kilometres", "3 points", "12 years";
 *   <li>partitives: "one of the most contentious points";
 *   <li>bare years ("2014") the tagger missed as dates;
 *   <li>vague amounts, which give no value to compare: "several thousand", "thousands",
 *       "tens of thousands", "dozens".
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
final class Quantities {
  /** Words that make a number vague: "several thousand", "tens of thousands". */
  private static final Set<String> VAGUE = Set.of("several", "few", "many", "tens", "hundreds",
      "thousands", "dozens", "millions", "countless", "numerous");

  /** Words before a number that make it a name or a label, not a count: "Resolution 2728". */
  private static final Set<String> LABELS =
      Set.of(
          "number", "no.", "no", "#", "phase", "resolution", "article", "route", "flight",
          "highway", "chapter", "section", "paragraph", "page", "room", "gate", "level",
          "category", "grade", "aged", "age", "covid", "f", "unit", "brigade", "division", "code");

  /** Units of size, distance or score: the number measures a thing, it counts nothing. */
  private static final Set<String> NOT_COUNTS =
      Set.of(
          "kilometre", "kilometer", "km", "mile", "metre", "meter", "foot", "feet", "inch",
          "degree", "point", "acre", "hectare", "micron", "millimetre", "millimeter", "mm",
          "centimetre", "centimeter", "cm", "square", "storey", "story", "floor", "year",
          "month", "week", "day", "hour", "minute", "second", "time", "o'clock", "a.m.", "p.m.");

  /** Named-entity tags of points and spans of time, which a misparse may make a number's head. */
  private static final Set<String> TIMES = Set.of("DATE", "TIME", "DURATION", "SET");

  /** Words that join the ends of a range: "10 to 15", "10 - 15". */
  private static final Set<String> RANGE_LINKS = Set.of("to", "-", "\u2013");

  /** The Indian numbering words, which the tagger does not read: "2 lakh", "1.5 crore". */
  private static final Map<String, Double> INDIAN_SCALE =
      Map.of("lakh", 1e5, "lakhs", 1e5, "crore", 1e7, "crores", 1e7);

  /** The tens and units of English compound numerals: "fifty-one", "twenty-three". */
  private static final Set<String> TENS =
      Set.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");

  private static final Set<String> DIGITS =
      Set.of("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");

  private Quantities() {}

  /** The candidate numbers of {@code s}, in text order. */
  static List<Quantity> find(Sentence s) {
    List<Quantity> out = new ArrayList<>();
    List<Token> ts = s.tokens();
    int i = 0;
    while (i < ts.size()) {
      Token t = ts.get(i);
      if (!isNumeric(t)) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < ts.size()
          && ts.get(end).ner().equals(t.ner())
          && sameValue(t, ts.get(end))) {
        end++;
      }
      boolean percent = t.ner().equals("PERCENT");
      if (end < ts.size() && isPercentSign(ts.get(end))) {
        percent = true;
        end++;
      } else if (end + 1 < ts.size()
          && Parse.word(s, end).equals("per")
          && Parse.word(s, end + 1).equals("cent")) {
        percent = true; // British "40 per cent"
        end += 2;
      }
      double scale = 1;
      if (!percent && end < ts.size() && INDIAN_SCALE.containsKey(Parse.lemma(s, end))) {
        scale = INDIAN_SCALE.get(Parse.lemma(s, end)); // "50 lakh masks" is five million
        end++;
      }
      Quantity q = toQuantity(s, i, end, percent, scale);
      if (q != null && !rejected(s, q)) {
        out.add(q);
      }
      i = end;
    }
    return out;
  }

  private static boolean isNumeric(Token t) {
    return t.ner().equals("NUMBER") || t.ner().equals("PERCENT");
  }

  private static boolean isPercentSign(Token t) {
    return t.word().equals("%") || t.word().equalsIgnoreCase("percent");
  }

  private static boolean sameValue(Token a, Token b) {
    return a.normalized() == null ? b.normalized() == null : a.normalized().equals(b.normalized());
  }

  private static Quantity toQuantity(
      Sentence s, int start, int end, boolean percent, double scale) {
    Double value = null;
    for (int k = end - 1; k >= start && value == null; k--) {
      value = parse(s.token(k).normalized());
    }
    if (value == null) {
      value = parse(s.token(start).word().replace(",", ""));
    }
    if (value == null) {
      return null;
    }
    return new Quantity(start, end, end - 1, value * scale, percent);
  }

  /** Parses CoreNLP's normalized number ("~2000000.0", ">=7000.0", "%100.0"), else null. */
  static Double parse(String normalized) {
    if (normalized == null) {
      return null;
    }
    String n = normalized.replaceAll("^[~<>=%]+", "");
    try {
      return Double.parseDouble(n);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean rejected(Sentence s, Quantity q) {
    List<Token> ts = s.tokens();
    for (int k = q.start(); k < q.end(); k++) {
      boolean hyphen = ts.get(k).pos().equals("HYPH") || ts.get(k).word().equals("-");
      if (hyphen && !compoundNumeral(s, k)) {
        return true; // "15-member", "two-thirds"
      }
    }
    if (q.end() + 1 < ts.size()
        && ts.get(q.end()).word().equals("-")
        && ts.get(q.end() + 1).isNoun()) {
      return true; // "six-week" split by the tagger
    }
    String first = Parse.word(s, q.start());
    if (first.matches("\\d+[a-z]+") && !first.matches("\\d+(k|m|mn|bn|b|tn|s)")) {
      return true; // "777x jets": a model, unlike "2bn" or "5m"
    }
    if (first.contains("-") && !isCompoundNumeral(first)) {
      return true; // "15-member" kept as one token
    }
    if (q.start() > 0 && LABELS.contains(Parse.word(s, q.start() - 1))) {
      return true;
    }
    if (partOfName(s, q)) {
      return true;
    }
    if (q.end() < ts.size() && NOT_COUNTS.contains(Parse.lemma(s, q.end()))) {
      return true;
    }
    for (int k = Math.max(0, q.start() - 1); k < q.end(); k++) {
      if (VAGUE.contains(Parse.word(s, k))) {
        return true;
      }
    }
    if (q.value() == 1.0
        && q.end() < ts.size()
        && Parse.word(s, q.end()).equals("of")) {
      return true;
    }
    String w = ts.get(q.start()).word();
    return q.end() - q.start() == 1 && w.matches("(1[89]|20)\\d\\d") && !q.percent();
  }

  /**
   * True when the number names a thing rather than counts it. In English a count comes before
   * what it counts, so a number is a name or a model when:
   *
   * <ul>
   *   <li>it follows the noun it hangs on ("area 55", "S&amp;P 500"), unless that noun is a date
   *       the parser took for its head ("On Sunday 12 people were killed");
   *   <li>it follows an organisation or product name ("the STOXX 600 index");
   *   <li>it follows another number ("400 737 Max jets": the 400 counts, the 737 names);
   *   <li>a proper noun stands between it and a singular noun ("its 737 Max jet"): a count
   *       other than one takes a plural.
   * </ul>
   */
  private static boolean partOfName(Sentence s, Quantity q) {
    if (q.percent()) {
      return false;
    }
    int before = q.start() - 1;
    if (before >= 0) {
      Token prev = s.token(before);
      if (prev.pos().equals("CD") && !TIMES.contains(prev.ner())) {
        return true;
      }
      boolean named = prev.ner().equals("ORGANIZATION") || prev.ner().equals("MISC");
      if (prev.isNoun() && (named || Parse.head(s, q.head()) == before)
          && !TIMES.contains(prev.ner())) {
        return true;
      }
    }
    int noun = Parse.head(s, q.head());
    if (noun > q.end() && s.token(noun).pos().equals("NN") && q.value() != 1.0) {
      for (int k = q.end(); k < noun; k++) {
        if (s.token(k).isProperNoun()) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * True when the hyphen at {@code k} joins the tens and units of one numeral ("Fifty-one
   * percent"), which is a number of its own, not an attribute like "15-member".
   */
  private static boolean compoundNumeral(Sentence s, int k) {
    return k > 0 && k + 1 < s.tokens().size()
        && TENS.contains(Parse.word(s, k - 1)) && DIGITS.contains(Parse.word(s, k + 1));
  }

  private static boolean isCompoundNumeral(String word) {
    String[] parts = word.split("-");
    return parts.length == 2 && TENS.contains(parts[0]) && DIGITS.contains(parts[1]);
  }

  /**
   * True when the word at {@code link} joins a range whose low end starts at {@code lowStart}:
   * "10 to 15", "2% to 3%", "between 10 and 15". Not "from 10 to 15", which is a change from one
   * level to another.
   */
  static boolean joinsRange(Sentence s, int lowStart, int link) {
    if (link <= lowStart || link + 1 >= s.tokens().size() || !isNumeric(s.token(link - 1))
        || !isNumeric(s.token(link + 1))) {
      return false;
    }
    String before = lowStart > 0 ? Parse.word(s, lowStart - 1) : "";
    if (before.equals("from")) {
      return false;
    }
    String w = Parse.word(s, link);
    return w.equals("and") ? before.equals("between") : RANGE_LINKS.contains(w);
  }
}
