package org.crosscheck.annotate;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.Token;

/**
 * Corrects SUTime's resolution of dates that name no year, using the tense of the sentence.
 *
 * <p>SUTime resolves "on Saturday" to the Saturday of the document's week and "October 7" to the
 * document's year, even when that lands after the publication date. News mostly reports the
 * past: when such a date falls after the publication date and the sentence speaks of the past
 * ("spoke on Saturday", "since October 7"), the date moves back a week (weekday) or a year
 * (month and day). A sentence about the future ("will take place on Tuesday") keeps it.
 *
 * <p>Stateless and thread-safe.
 */
final class DateRepair {

  private static final Pattern YEAR = Pattern.compile("\\b(1[89]|20)\\d\\d\\b");
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "\\b(mon|tues|wednes|thurs|fri|satur|sun)day\\b", Pattern.CASE_INSENSITIVE);
  /** Words that tie a day expression to the calendar; without one it is a count of days. */
  private static final Pattern ANCHORED =
      Pattern.compile(
          "\\d|today|yesterday|tomorrow|tonight|night|morning|evening|afternoon|last|next|this|ago"
              + "|earlier|later|day\\b.*\\b(before|after)|(mon|tues|wednes|thurs|fri|satur|sun)day"
              + "|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec",
          Pattern.CASE_INSENSITIVE);
  private static final Set<String> FUTURE_WORDS =
      Set.of("will", "'ll", "shall", "next", "upcoming", "tomorrow", "plans", "planned", "expected");

  /**
   * Returns the repaired TIMEX value, or {@code value} unchanged.
   *
   * @param value SUTime's value ("2024-10-07", "2024-10"), may be null
   * @param surface the expression as written
   * @param tokens the sentence's tokens
   * @param begin first token of the expression
   * @param end token after the expression
   * @param published the document date, may be null
   */
  String repair(
      String value, String surface, List<Token> tokens, int begin, int end, LocalDate published) {
    if (value == null || published == null || YEAR.matcher(surface).find()) {
      return value;
    }
    boolean weekday = WEEKDAY.matcher(surface).find();
    LocalDate date = parseDay(value);
    if (date != null && !ANCHORED.matcher(surface).find()) {
      // "the third day", "seventh day": an ordinal count, not a calendar date.
      return null;
    }
    if (date != null) {
      if (!date.isAfter(published)) {
        return value;
      }
      if (speaksOfPast(tokens, begin, end)) {
        while (date.isAfter(published)) {
          date = weekday ? date.minusWeeks(1) : date.minusYears(1);
        }
        return date.toString();
      }
      if (!speaksOfFuture(tokens)) {
        // No tense either way ("make sure that October 7th never happens again"): the reader
        // takes the nearer of the two candidates, last year's or next October.
        LocalDate earlier = weekday ? date.minusWeeks(1) : date.minusYears(1);
        long back = ChronoUnit.DAYS.between(earlier, published);
        long ahead = ChronoUnit.DAYS.between(published, date);
        return back < ahead ? earlier.toString() : value;
      }
      return value;
    }
    YearMonth month = parseMonth(value);
    if (month != null
        && month.isAfter(YearMonth.from(published))
        && speaksOfPast(tokens, begin, end)) {
      return month.minusYears(1).toString();
    }
    return value;
  }

  /** True when a word of the sentence points to the future ("will", "next", "planned"). */
  static boolean speaksOfFuture(List<Token> tokens) {
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (FUTURE_WORDS.contains(w) || (t.pos().equals("MD") && w.equals("wo"))) {
        return true;
      }
    }
    return false;
  }

  /** True when the sentence reads as past, not future: a past verb and no future marker. */
  static boolean speaksOfPast(List<Token> tokens, int begin, int end) {
    if (begin > 0 && tokens.get(begin - 1).word().equalsIgnoreCase("since")) {
      return true;
    }
    boolean past = false;
    for (Token t : tokens) {
      String w = t.word().toLowerCase(Locale.ROOT);
      if (FUTURE_WORDS.contains(w) || (t.pos().equals("MD") && w.equals("wo"))) {
        return false;
      }
      if (t.pos().equals("VBD") || t.pos().equals("VBN") || w.equals("since") || w.equals("ago")) {
        past = true;
      }
    }
    return past;
  }

  private static LocalDate parseDay(String value) {
    if (value.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static YearMonth parseMonth(String value) {
    if (value.length() != 7) {
      return null;
    }
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
