package org.crosscheck.extract.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Event;

/**
 * Scores extracted events against gold rows of {@code gold/events.tsv}: an event hits a row when
 * the type matches, a source and a target actor match leniently, and the dates share a day.
 */
final class GoldEventScorer {
  /** One gold row. */
  record GoldEvent(
      String article, List<String> source, String type, List<String> target, String date,
      boolean required, String evidence) {

    static GoldEvent of(List<String> row) {
      return new GoldEvent(
          row.get(0),
          split(row.get(1)),
          row.get(2),
          split(row.get(3)),
          row.get(5),
          row.get(6).equals("yes"),
          row.get(7));
    }

    private static List<String> split(String cell) {
      List<String> out = new ArrayList<>();
      if (!cell.equals("-")) {
        for (String p : cell.split(";")) {
          out.add(p.strip());
        }
      }
      return out;
    }

    @Override
    public String toString() {
      return article + " " + source + " " + type + " " + target + " " + date + "  «" + evidence
          + "»";
    }
  }

  /** Names a reader takes for one country. */
  private static final List<Set<String>> ALIASES =
      List.of(Set.of("united states", "us", "usa", "america", "washington"));

  private GoldEventScorer() {}

  static boolean matches(Event e, GoldEvent g) {
    return e.type().name().equals(g.type())
        && anyMatch(e.source(), g.source())
        && (g.target().isEmpty() || anyMatch(e.target(), g.target()))
        && EventMerger.datesCompatible(e.date(), g.date());
  }

  private static boolean anyMatch(List<String> found, List<String> gold) {
    for (String f : found) {
      for (String g : gold) {
        if (nameMatch(f, g)) {
          return true;
        }
      }
    }
    return false;
  }

  /** Lenient: equal, same surname, one inside the other, a nationality of a country, aliases. */
  static boolean nameMatch(String a, String b) {
    String x = norm(a);
    String y = norm(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (x.equals(y) || (" " + x + " ").contains(" " + y + " ")
        || (" " + y + " ").contains(" " + x + " ")) {
      return true;
    }
    String lastX = x.substring(x.lastIndexOf(' ') + 1);
    String lastY = y.substring(y.lastIndexOf(' ') + 1);
    if (lastX.equals(lastY) && lastX.length() > 3) {
      return true;
    }
    if (x.length() >= 4 && y.length() >= 4 && (x.startsWith(y) || y.startsWith(x))) {
      return true;
    }
    for (Set<String> group : ALIASES) {
      if (group.contains(x) && group.contains(y)) {
        return true;
      }
    }
    return false;
  }

  private static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replace(".", "")
        .replace("’s", "")
        .replace("'s", "")
        .replaceAll("^the ", "")
        .replaceAll("[^\\p{L}\\p{N} ]", " ")
        .replaceAll("\\s+", " ")
        .strip();
  }
}
