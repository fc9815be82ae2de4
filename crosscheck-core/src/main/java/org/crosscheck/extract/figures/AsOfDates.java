package org.crosscheck.extract.figures;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.TimeMention;

/**
 * Says as of when a figure holds: a calendar day attached to the figure's measure or counted
 * noun ("were killed on October 7", "the toll as of Tuesday"), or to the verb that reports it
 * ("the ministry said on Sunday": the figure stood then), else the publication date. A date
 * that opens a range ("since October 7", "starting on October 7") is when the counting began,
 * not when the count stood, so it is ignored. Stateless and thread-safe.
 */
final class AsOfDates {
  private AsOfDates() {}

  /** Relations by which a point in time attaches to a clause or a noun. */
  private static final Set<String> AT_TIME =
      Set.of("obl:on", "obl:tmod", "obl:as_of", "obl:at", "obl:by", "nmod:on", "nmod:tmod",
          "obl:npmod", "nmod:as_of", "advmod");

  static LocalDate of(Sentence s, int[] anchors, LocalDate published) {
    for (int a : anchors) {
      if (a < 0) {
        continue;
      }
      for (Dependency d : s.children(a)) {
        if (!AT_TIME.contains(d.relation())) {
          continue;
        }
        LocalDate day = dayAt(s, d.dependent());
        if (day != null) {
          return day;
        }
      }
    }
    return published;
  }

  private static LocalDate dayAt(Sentence s, int token) {
    for (TimeMention t : s.times()) {
      if (t.isDate() && token >= t.startToken() && token < t.endToken() && t.value() != null
          && t.value().length() >= 10) {
        try {
          return LocalDate.parse(t.value().substring(0, 10));
        } catch (DateTimeParseException e) {
          return null;
        }
      }
    }
    return null;
  }
}
