package org.crosscheck.crosscheck;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Lenient comparison of canonical names from different articles: "Antony Blinken", "Blinken" and
 * "Tony Blinken"... are one person when their last names agree and their first names do not
 * contradict. Stateless; thread-safe.
 */
final class Names {
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
  private static final Set<String> TITLES =
      Set.of(
          "mr",
          "mrs",
          "ms",
          "dr",
          "president",
          "secretary",
          "minister",
          "prince",
          "king",
          "sheikh",
          "general",
          "gen",
          "sir");

  private Names() {}

  /** The words of a name, lower case, accents, titles and suffixes removed. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    String plain =
        Normalizer.normalize(name, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replace("’", "'");
    for (String w : plain.split("[^\\p{L}\\p{N}'-]+")) {
      w = w.replaceAll("^[-']+|[-']+$", "");
      if (!w.isEmpty() && !TITLES.contains(w) && !SUFFIXES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** The last name: the last word that is not a title or suffix, or "" for an empty name. */
  static String surname(String name) {
    List<String> w = words(name);
    return w.isEmpty() ? "" : w.get(w.size() - 1);
  }

  /**
   * True when the two names can be the same actor: equal ignoring case and accents; or the same
   * last name with the same first name, or with one side giving the last name alone.
   */
  static boolean same(String a, String b) {
    List<String> wa = words(a);
    List<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return false;
    }
    if (wa.equals(wb)) {
      return true;
    }
    if (!wa.get(wa.size() - 1).equals(wb.get(wb.size() - 1))) {
      return false;
    }
    return wa.size() == 1 || wb.size() == 1 || wa.get(0).equals(wb.get(0));
  }
}
