package org.crosscheck.clean;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The surface signals of one line of text that the cleaning rules read: word count, sentence
 * punctuation, capitalisation, quotation, name shape, and a key for comparing lines.
 *
 * <p>Pure static functions of their argument; safe from any thread.
 */
final class LineShape {

  /** Short function words that a title-cased headline leaves in lower case. */
  private static final Set<String> MINOR_WORDS =
      Set.of(
          "a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "nor", "with",
          "by", "from", "as", "is", "are", "was", "vs", "via", "into", "over", "per", "up");

  /** Lower-case particles inside personal names ("Faisal bin Farhan", "Ursula von der Leyen"). */
  private static final Set<String> NAME_PARTICLES =
      Set.of(
          "bin", "bint", "ibn", "al", "el", "de", "da", "di", "du", "van", "von", "der", "den",
          "la", "le", "del", "dos", "das", "ben", "abu");

  private static final String OPENING_QUOTES = "\"“‘'«„";
  private static final String CLOSING_QUOTES = "\"”’'»";
  private static final String TRAILING_CLOSERS = "\"”’'»)]";
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final Pattern NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}'’.-]*");
  private static final Pattern INITIAL = Pattern.compile("\\p{Lu}\\.");

  private LineShape() {}

  static List<String> words(String line) {
    String trimmed = line.strip();
    return trimmed.isEmpty() ? List.of() : Arrays.asList(WHITESPACE.split(trimmed));
  }

  static int wordCount(String line) {
    return words(line).size();
  }

  /**
   * True when the line ends like a sentence: a full stop, question or exclamation mark, or an
   * ellipsis, possibly inside closing quotes or brackets. A headline or a widget label does not.
   */
  static boolean endsSentence(String line) {
    String s = line.strip();
    int end = s.length();
    while (end > 0 && TRAILING_CLOSERS.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    if (end == 0) {
      return false;
    }
    char last = s.charAt(end - 1);
    return last == '.' || last == '!' || last == '?' || last == '…';
  }

  /** True when the line contains any quotation mark that opens a quotation. */
  static boolean hasQuotation(String line) {
    return line.indexOf('“') >= 0 || line.indexOf('"') >= 0 || line.indexOf('«') >= 0;
  }

  /**
   * True when the whole line is one quotation with nothing outside it (“...”), the shape of a pull
   * quote, as opposed to a quotation followed by its attribution (“...,” he said.).
   */
  static boolean isPureQuotation(String line) {
    String s = line.strip();
    if (s.length() < 3) {
      return false;
    }
    char first = s.charAt(0);
    char last = s.charAt(s.length() - 1);
    if (OPENING_QUOTES.indexOf(first) < 0 || CLOSING_QUOTES.indexOf(last) < 0) {
      return false;
    }
    char beforeLast = s.charAt(s.length() - 2);
    return ".!?…,".indexOf(beforeLast) >= 0;
  }

  /** True when the whole line is wrapped in quotation marks ('Systematic crimes'). */
  static boolean isWrappedInQuotes(String line) {
    String s = line.strip();
    return s.length() > 2
        && OPENING_QUOTES.indexOf(s.charAt(0)) >= 0
        && CLOSING_QUOTES.indexOf(s.charAt(s.length() - 1)) >= 0;
  }

  /**
   * The share of content words (minor function words left out) that start with a capital letter or
   * a digit: 1.0 for "Close to 32,000 Killed", low for a sentence.
   */
  static double capitalisedRatio(String line) {
    int content = 0;
    int capitalised = 0;
    for (String raw : words(line)) {
      String word = stripPunctuation(raw);
      if (word.isEmpty() || MINOR_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      content++;
      char c = word.charAt(0);
      if (Character.isUpperCase(c) || Character.isDigit(c)) {
        capitalised++;
      }
    }
    return content == 0 ? 0.0 : (double) capitalised / content;
  }

  /**
   * True when the line is only a personal name: one to four capitalised words (name particles and
   * initials allowed), no digits, no sentence punctuation.
   */
  static boolean isNameLike(String line) {
    String s = line.strip();
    List<String> words = words(s);
    if (words.isEmpty() || words.size() > 5 || s.matches(".*\\d.*") || s.endsWith(":")) {
      return false;
    }
    int nameWords = 0;
    for (String word : words) {
      String w = word.replaceAll("[,]$", "");
      if (NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT)) && !w.equals(words.get(0))) {
        continue;
      }
      if (!NAME_WORD.matcher(w).matches() || MINOR_WORDS.contains(w.toLowerCase(Locale.ROOT))) {
        return false;
      }
      if (w.endsWith(".") && !INITIAL.matcher(w).matches() && !w.equals("Jr.")) {
        return false;
      }
      nameWords++;
    }
    return nameWords >= 1 && nameWords <= 4;
  }

  /** The last capitalised word of a name line: the surname, used to find the name elsewhere. */
  static String surname(String nameLine) {
    List<String> words = words(nameLine);
    for (int i = words.size() - 1; i >= 0; i--) {
      String w = stripPunctuation(words.get(i));
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0)) && !w.equals("Jr")) {
        return w;
      }
    }
    return stripPunctuation(words.get(words.size() - 1));
  }

  /** True when {@code word} occurs in {@code text} as a whole word, case-sensitively. */
  static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])")
        .matcher(text)
        .find();
  }

  /**
   * A key for comparing lines: lower case, letters and digits only, single spaces. Two lines that
   * differ only in quote style, apostrophes, dashes or spacing get the same key.
   */
  static String key(String line) {
    String lower = line.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    StringBuilder sb = new StringBuilder(lower.length());
    boolean space = true;
    for (int i = 0; i < lower.length(); i++) {
      char c = lower.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        sb.append(c);
        space = false;
      } else if (c != '\'' && !space) {
        sb.append(' ');
        space = true;
      }
    }
    return sb.toString().strip();
  }

  static boolean hasLetter(String line) {
    return line.codePoints().anyMatch(Character::isLetter);
  }

  private static String stripPunctuation(String word) {
    return word.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
  }
}
