package org.crosscheck.stories;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A closed range of days: one day, a month, or an explicit range. Parses the ISO-8601 forms the
 * model uses for dates ({@code "2024-03-20"}, {@code "2024-03"}, {@code "2023-10-07..2024-03-21"}).
 * Immutable.
 *
 * @param start first day (inclusive)
 * @param end last day (inclusive), never before {@code start}
 */
public record DateSpan(LocalDate start, LocalDate end) {

  public DateSpan {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("span ends before it starts: " + start + ".." + end);
    }
  }

  /** One day. */
  public static DateSpan of(LocalDate day) {
    return new DateSpan(day, day);
  }

  /**
   * Parses a day, a month, a year or a {@code a..b} range; returns null for null, blank or
   * unparseable text (a date the extractor could not resolve is simply unknown here).
   */
  public static DateSpan parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    String s = iso.strip();
    int dots = s.indexOf("..");
    if (dots >= 0) {
      DateSpan a = parse(s.substring(0, dots));
      DateSpan b = parse(s.substring(dots + 2));
      if (a == null || b == null || b.end.isBefore(a.start)) {
        return null;
      }
      return new DateSpan(a.start, b.end);
    }
    try {
      if (s.length() == 10) {
        return of(LocalDate.parse(s));
      }
      if (s.length() == 7) {
        YearMonth m = YearMonth.parse(s);
        return new DateSpan(m.atDay(1), m.atEndOfMonth());
      }
      if (s.length() == 4 && s.chars().allMatch(Character::isDigit)) {
        int y = Integer.parseInt(s);
        return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** Number of days covered, at least 1. */
  public long days() {
    return ChronoUnit.DAYS.between(start, end) + 1;
  }

  /** True for a single day. */
  public boolean isDay() {
    return start.equals(end);
  }

  /** Days between the two spans: 0 when they overlap or touch. */
  public long gap(DateSpan other) {
    if (other.end.isBefore(start)) {
      return ChronoUnit.DAYS.between(other.end, start);
    }
    if (end.isBefore(other.start)) {
      return ChronoUnit.DAYS.between(end, other.start);
    }
    return 0;
  }

  public boolean overlaps(DateSpan other) {
    return !other.end.isBefore(start) && !end.isBefore(other.start);
  }

  /** The smallest span covering both. */
  public DateSpan union(DateSpan other) {
    return new DateSpan(
        start.isBefore(other.start) ? start : other.start,
        end.isAfter(other.end) ? end : other.end);
  }

  @Override
  public String toString() {
    return isDay() ? start.toString() : start + ".." + end;
  }
}
