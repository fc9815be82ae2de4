package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits scraped plain text into candidate paragraphs: one per non-blank line, with whitespace
 * normalised.
 *
 * <p>Scraped text separates paragraphs by blank lines or by single line breaks (both occur, even in
 * one page), so every line is a candidate on its own. The exception is hard-wrapped text (every
 * line shorter than {@value #MAX_WRAPPED_WIDTH} characters and several lines filled to the width):
 * there a line that runs to the wrap width continues on the next line, and the two are joined.
 *
 * <p>Pure static functions; safe from any thread.
 */
final class TextLines {

  /** Wider lines than this are not hand-wrapped text: scraped paragraphs are one long line. */
  static final int MAX_WRAPPED_WIDTH = 100;

  private static final Pattern ODD_SPACES = Pattern.compile("[\\u00A0\\u2007\\u202F\\u2009\\t]");
  private static final Pattern INVISIBLE = Pattern.compile("[\\u200B\\u200C\\u200D\\uFEFF\\u00AD]");
  private static final Pattern RUNS_OF_SPACES = Pattern.compile(" {2,}");

  private TextLines() {}

  /** The non-blank lines of {@code text}, normalised, hard wraps joined. */
  static List<String> split(String text) {
    List<String> raw = new ArrayList<>();
    for (String line : text.split("\\r\\n|\\r|\\n", -1)) {
      raw.add(normalise(line));
    }
    return isHardWrapped(raw) ? unwrap(raw) : nonBlank(joinBrokenSentences(raw));
  }

  /**
   * Joins a line to the one before it when the sentence visibly runs on: the line before has no
   * closing punctuation and this one starts in lower case, with no blank line between. A
   * heading, a widget label or a paragraph never starts in lower case; a sentence's second half
   * does.
   */
  static List<String> joinBrokenSentences(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      int last = out.size() - 1;
      if (last >= 0 && runsOn(out.get(last), line)) {
        out.set(last, out.get(last) + " " + line);
      } else {
        out.add(line);
      }
    }
    return out;
  }

  private static boolean runsOn(String before, String line) {
    if (before.isEmpty() || line.isEmpty() || !Character.isLowerCase(line.codePointAt(0))) {
      return false;
    }
    char end = before.charAt(before.length() - 1);
    return Character.isLetterOrDigit(end) || end == ',';
  }

  /**
   * Collapses every run of spaces (including no-break and thin spaces) to one space, drops
   * invisible characters and trims. Paragraph text in the article is exactly this form.
   */
  static String normalise(String line) {
    String s = INVISIBLE.matcher(line).replaceAll("");
    s = ODD_SPACES.matcher(s).replaceAll(" ");
    s = RUNS_OF_SPACES.matcher(s).replaceAll(" ");
    return s.strip();
  }

  private static List<String> nonBlank(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      if (!line.isEmpty()) {
        out.add(line);
      }
    }
    return out;
  }

  /**
   * Hard-wrapped: no line wider than the wrap limit, blank lines between paragraphs, and at least
   * three lines that run close to the widest one (lines filled to the margin).
   */
  private static boolean isHardWrapped(List<String> lines) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    if (width > MAX_WRAPPED_WIDTH || width < 40 || !lines.contains("")) {
      return false;
    }
    long filled = lines.stream().filter(l -> l.length() >= width * 0.8).count();
    long wrappedPairs = 0;
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (!lines.get(i).isEmpty() && !lines.get(i + 1).isEmpty()) {
        wrappedPairs++;
      }
    }
    return filled >= 3 && wrappedPairs >= 2;
  }

  /** Joins each line that runs to the wrap width with the line after it in the same block. */
  private static List<String> unwrap(List<String> lines) {
    int width = lines.stream().mapToInt(String::length).max().orElse(0);
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    boolean continues = false;
    for (String line : lines) {
      if (line.isEmpty()) {
        flush(current, out);
        continues = false;
        continue;
      }
      if (!continues) {
        flush(current, out);
      }
      if (current.length() > 0) {
        current.append(' ');
      }
      current.append(line);
      // A line filled close to the margin was broken by the wrapper, not by the author.
      continues = line.length() >= width * 0.6;
    }
    flush(current, out);
    return out;
  }

  private static void flush(StringBuilder current, List<String> out) {
    if (current.length() > 0) {
      out.add(current.toString());
      current.setLength(0);
    }
  }
}
