package org.crosscheck.extract.events;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days an ISO event date covers: a day, a month ("2024-03"), a year, or a range
 * ("2023-10-07..2024-03-21"). Immutable.
 *
 * @param first first day covered
 * @param last last day covered (inclusive)
 */
public record DateSpan(LocalDate first, LocalDate last) {

  /** Parses an event date; null when it is null or not ISO. */
  public static DateSpan parse(String iso) {
    if (iso == null || iso.isBlank()) {
      return null;
    }
    try {
      int dots = iso.indexOf("..");
      if (dots >= 0) {
        DateSpan a = parse(iso.substring(0, dots));
        DateSpan b = parse(iso.substring(dots + 2));
        return a == null || b == null ? null : new DateSpan(a.first, b.last);
      }
      if (iso.matches("\\d{4}-\\d\\d-\\d\\d")) {
        LocalDate d = LocalDate.parse(iso);
        return new DateSpan(d, d);
      }
      if (iso.matches("\\d{4}-\\d\\d")) {
        YearMonth m = YearMonth.parse(iso);
        return new DateSpan(m.atDay(1), m.atEndOfMonth());
      }
      if (iso.matches("\\d{4}")) {
        int y = Integer.parseInt(iso);
        return new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31));
      }
    } catch (DateTimeParseException e) {
      return null;
    }
    return null;
  }

  /** Whether the two spans share a day. */
  public boolean overlaps(DateSpan other) {
    return !first.isAfter(other.last) && !other.first.isAfter(last);
  }

  /** Number of days covered. */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }
}
