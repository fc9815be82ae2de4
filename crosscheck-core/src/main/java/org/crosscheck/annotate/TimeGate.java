package org.crosscheck.annotate;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a sentence can hold a time expression, so SUTime (the slowest part of NER)
 * runs only where it can match. The test is generous on purpose: a sentence let through costs
 * a few milliseconds, a sentence wrongly kept out loses a date. It looks at the words alone:
 * month and weekday names and their abbreviations, relative words (today, last, ago...), time
 * units, seasons and holidays, parts of the day, and any number or amount (the numeric classifiers behave differently with SUTime on).
 *
 * <p>Stateless and thread-safe.
 */
final class TimeGate {

  // Lower-cased words that can start or anchor a SUTime expression: names of months, days,
  // seasons and holidays, time units, and the words SUTime tags alone ("now", "currently",
  // "recently", "the past", "annual", "weekly"). Modifiers that only form a time expression
  // together with a unit ("next", "this", "early") are left out: the unit lets the sentence in.
  private static final Set<String> WORDS =
      Set.of(
          "january", "february", "march", "april", "may", "june", "july", "august", "september",
          "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
          "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu", "thur", "thurs",
          "fri", "sat", "sun", "today", "tonight", "yesterday", "tomorrow", "now", "current", "currently",
          "presently", "present", "recently", "recent", "lately", "nowadays", "soon", "last",
          "next", "past", "previous", "coming", "ago", "since", "earlier", "later", "future",
          "annual", "annually", "daily", "weekly", "monthly", "yearly", "quarterly", "hourly",
          "nightly", "biweekly", "semiannual", "fortnight", "fortnightly", "seconds", "minute",
          "minutes", "hour", "hours", "day", "days", "week", "weeks", "weekend", "weekends",
          "weekday", "weekdays", "month", "months", "quarter", "quarters", "year", "years",
          "decade", "decades", "century", "centuries", "millennium", "millennia", "era", "season",
          "seasons", "morning", "mornings", "afternoon", "afternoons", "evening", "evenings",
          "night", "nights", "noon", "midnight", "midday", "dawn", "dusk", "daybreak", "sunrise",
          "sunset", "overnight", "spring", "summer", "autumn", "fall", "winter", "christmas",
          "easter", "thanksgiving", "hanukkah", "ramadan", "eid", "diwali", "passover",
          "halloween", "holiday", "holidays", "a.m.", "p.m.", "a.m", "p.m", "am", "pm", "gmt",
          "utc", "edt", "pst", "pdt", "cdt", "bst", "cet", "date", "fiscal", "fy", "ytd", "bc",
          "bce", "o'clock");

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

  /** True if any of the words can belong to a time expression, a number or an amount. */
  boolean mayHoldTime(List<String> words) {
    for (String w : words) {
      String lower = w.toLowerCase(Locale.ROOT);
      if (NUMERIC.contains(lower) || hasDigit(lower)) {
        return true;
      }
      if (WORDS.contains(lower) || lower.endsWith("day") || lower.endsWith("days")) {
        return true;
      }
    }
    return false;
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
