package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Small helpers on names: slugs, normalised keys, particles and name compatibility. */
final class Names {
  private Names() {}

  /** Lower-case particles inside Arabic, Dutch, French... names ("bin", "al", "van", "le"). */
  static final Set<String> PARTICLES =
      Set.of("bin", "ibn", "bint", "al", "el", "abu", "abd", "van", "von", "de", "del", "da", "di",
          "le", "la", "du", "der", "den", "ben", "bar");

  /** Courtesy titles that are not roles. */
  static final Set<String> HONORIFICS =
      Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "rev", "mr.", "mrs.",
          "ms.", "dr.");

  /** Name suffixes that are not surnames ("Abdullah II", "Martin Luther King Jr."). */
  static final Set<String> SUFFIXES =
      Set.of("ii", "iii", "iv", "jr", "jr.", "sr", "sr.");

  // Compiled once: key() runs for every candidate phrase of every sentence.
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
  private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  /** "Antony Blinken" → "antony-blinken". */
  static String slug(String name) {
    String s = NON_WORD.matcher(name.toLowerCase(Locale.ROOT)).replaceAll("-");
    return EDGE_DASHES.matcher(s).replaceAll("");
  }

  /**
   * The lookup key of a phrase: curly quotes straightened, dots dropped, spaces collapsed,
   * lower case, a leading "the" removed. "the U.S." and "US" share the key "us".
   */
  static String key(String phrase) {
    String s = SPACES.matcher(phrase.replace('’', '\'').replace(".", "")).replaceAll(" ").strip();
    s = s.toLowerCase(Locale.ROOT);
    if (s.startsWith("the ")) {
      s = s.substring(4);
    }
    return s;
  }

  /** True for an acronym such as "UN", "U.S." or "OIC": letters all upper case, at most six. */
  static boolean isAcronym(String phrase) {
    String letters = phrase.replace(".", "");
    if (letters.length() < 2 || letters.length() > 6) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      if (!Character.isUpperCase(letters.charAt(i)) && !Character.isDigit(letters.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isCapitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  /** The surname words of a person's name: after the last given name, particles included. */
  static List<String> surname(List<String> name) {
    int end = name.size();
    while (end > 1 && SUFFIXES.contains(name.get(end - 1).toLowerCase(Locale.ROOT))) {
      end--;
    }
    int start = end - 1;
    while (start > 1 && PARTICLES.contains(name.get(start - 1).toLowerCase(Locale.ROOT))) {
      start--;
    }
    return name.subList(start, end);
  }

  /** Splits a name into words on spaces. */
  static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when the short name {@code part} can be a later mention of {@code full}: its words are a
   * contiguous run of {@code full}'s words that ends with the surname ("Blinken", "Le Drian",
   * "bin Salman") or starts with the first name and covers the surname's start ("Faisal bin
   * Farhan" of "Faisal bin Farhan Al Saud").
   */
  static boolean isPartOf(List<String> part, List<String> full) {
    if (part.isEmpty() || part.size() > full.size()) {
      return false;
    }
    List<String> p = lower(part);
    List<String> f = lower(full);
    for (int i = 0; i + p.size() <= f.size(); i++) {
      if (f.subList(i, i + p.size()).equals(p)) {
        boolean endsFull = i + p.size() == f.size()
            || SUFFIXES.contains(f.get(f.size() - 1)) && i + p.size() == f.size() - 1;
        boolean startsFull = i == 0 && p.size() >= 2;
        boolean firstOfRoyal = i == 0 && p.size() == 1 && f.size() == 2
            && SUFFIXES.contains(f.get(1));
        if (endsFull || startsFull || firstOfRoyal) {
          return !PARTICLES.contains(p.get(0)) || p.size() > 1;
        }
      }
    }
    return false;
  }

  static List<String> lower(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT));
    }
    return out;
  }
}
