package org.crosscheck.annotate;

import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.CalendarWords;

/**
 * Finds the words a time expression or a number can be built around (anchors), so SUTime (the
 * slowest part of NER) runs only near them: {@link TimeWindows} cuts the windows it reads. The
 * test is generous on purpose: an anchor too many costs a few tokens of SUTime, an anchor missed
 * can lose a date. It looks at one word (and its part-of-speech tag) at a time: month and weekday
 * names and their abbreviations, relative words (today, last, ago...), time units, seasons,
 * holidays and parts of the day, SUTime's other lone words ("at the time", "medieval"), and any
 * number, ordinal or amount (SUTime also numerizes numbers, and the numeric classifiers behave
 * differently with it on). The vocabulary follows SUTime's rule files ({@code
 * edu/stanford/nlp/models/sutime/english.sutime.txt} and its holidays).
 *
 * <p>Stateless and thread-safe.
 */
final class TimeGate {

  // Lower-cased words that can start or anchor a SUTime expression: names of months and days
  // (the project's CalendarWords, plus month abbreviations), seasons and holidays, time units,
  // and the words SUTime tags alone ("now", "currently",
  // "recently", "the past", "annual", "weekly"). Modifiers that only form a time expression
  // together with a unit ("next", "this", "early") are left out: the unit lets the sentence in.
  private static final Set<String> WORDS =
      CalendarWords.union(
          CalendarWords.MONTHS,
          CalendarWords.WEEKDAYS,
          CalendarWords.WEEKDAY_ABBREVIATIONS,
          Set.of(
              "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
              "today", "tonight", "yesterday", "tomorrow", "now", "current", "currently",
              "presently", "present", "recently", "recent", "lately", "nowadays", "soon", "last",
              "next", "past", "previous", "coming", "ago", "since", "earlier", "later", "future",
              "annual", "annually", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
              "nightly", "biweekly", "semiannual", "fortnight", "fortnightly", "seconds", "minute",
              "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend", "weekends",
              "weekday", "weekdays", "month", "months", "quarter", "quarters", "year", "years",
              "decade", "decades", "century", "centuries", "millennium", "millennia", "era",
              "season", "seasons", "morning", "mornings", "afternoon", "afternoons", "evening",
              "evenings", "night", "nights", "noon", "midnight", "midday", "dawn", "dusk",
              "daybreak", "sunrise", "sunset", "overnight", "spring", "summer", "autumn", "fall",
              "winter", "christmas", "easter", "thanksgiving", "hanukkah", "ramadan", "eid",
              "diwali", "passover", "halloween", "holiday", "holidays", "a.m.", "p.m.", "a.m",
              "p.m", "am", "pm", "gmt", "utc", "edt", "pst", "pdt", "cdt", "bst", "cet", "date",
              "fiscal", "fy", "ytd", "bc", "bce", "o'clock"));

  // With SUTime on, CoreNLP's numeric classifiers also tag percentages and amounts of money
  // differently ("3.5 percent" is PERCENT with it, NUMBER without), so any sentence with a
  // number, a currency or a percentage goes through the SUTime flavour too.
  private static final Set<String> NUMERIC =
      Set.of(
          "percent", "per", "cent", "pct", "%", "$", "£", "€", "¥", "us$", "dollar", "dollars",
          "euro", "euros", "pound", "pounds", "yen", "yuan", "rupee", "rupees", "cents", "pence",
          "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
          "twelve", "twenty", "thirty", "forty", "fifty", "hundred", "hundreds", "thousand",
          "thousands", "million", "millions", "billion", "billions", "trillion", "dozen",
          "dozens", "half", "quarter", "first", "second", "third", "fourth", "fifth", "once",
          "twice");

  // SUTime's other words (read from its rule files): lone temporal words, abbreviated units,
  // parts of the day, decades written out, and numbers the lists above leave to the tagger.
  private static final Set<String> MORE =
      Set.of(
          "time", "times", "medieval", "previously", "birthday", "eve", "tonite", "xmas", "mayo",
          "ides", "nones", "workweek", "daylight", "daytime", "nighttime", "twilight", "teatime",
          "lunchtime", "dinnertime", "suppertime", "sunup", "sundown", "second", "sec", "secs",
          "min", "mins", "hr", "hrs", "wk", "wks", "mo", "mos", "yr", "yrs", "millisecond",
          "millisec", "thrice", "zero", "thirteen", "fourteen", "fifteen", "sixteen",
          "seventeen", "eighteen", "nineteen", "sixty", "seventy", "eighty", "ninety", "teens",
          "twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties",
          "nineties", "oughts", "noughts", "centennial", "semester", "term");

  // Periodic words: (bi|semi)annual, biweekly, semi-monthly, ...
  private static final Pattern PERIODIC =
      Pattern.compile("(bi|semi)?-?((annual|year|month|week|dai|hour|night|quarter)ly|annual)");

  /** True if any of the words can belong to a time expression, a number or an amount. */
  boolean mayHoldTime(List<String> words) {
    for (String w : words) {
      if (isAnchor(w, "")) {
        return true;
      }
    }
    return false;
  }

  /**
   * True if SUTime or the numeric classifiers may build an expression around this word: a word
   * of the lists above (also as a plural or as a part of a hyphenated word), anything with a
   * digit, an ordinal, or a word the tagger calls a number ({@code CD}).
   */
  boolean isAnchor(String word, String tag) {
    if ("CD".equals(tag)) {
      return true;
    }
    String lower = word.toLowerCase(Locale.ROOT);
    if (isAnchorWord(lower)) {
      return true;
    }
    // NER merges hyphenated words back into one token ("mid-March", "year-end", "x-mas").
    if (lower.indexOf('-') > 0) {
      for (String part : lower.split("-")) {
        if (!part.isEmpty() && isAnchorWord(part)) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isAnchorWord(String lower) {
    if (hasDigit(lower) || known(lower)) {
      return true;
    }
    if (lower.endsWith("s") && lower.length() > 2 && known(lower.substring(0, lower.length() - 1))) {
      return true;
    }
    return lower.endsWith("day")
        || lower.endsWith("days")
        || NumberSequenceClassifier.ORDINAL_PATTERN.matcher(lower).matches()
        || NumberSequenceClassifier.CURRENCY_WORD_PATTERN.matcher(lower).matches()
        || NumberSequenceClassifier.CURRENCY_SYMBOL_PATTERN.matcher(lower).matches()
        || PERIODIC.matcher(lower).matches();
  }

  private static boolean known(String lower) {
    return WORDS.contains(lower) || NUMERIC.contains(lower) || MORE.contains(lower);
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
