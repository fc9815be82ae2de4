package org.crosscheck.crosscheck;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/** Small text helpers for finding summaries. Stateless; thread-safe. */
final class Summaries {
  private static final int EXCERPT_WORDS = 14;

  private Summaries() {}

  /** The first words of a text, with an ellipsis when cut. */
  static String excerpt(String text) {
    String[] words = text.strip().split("\\s+");
    if (words.length <= EXCERPT_WORDS) {
      return text.strip();
    }
    return String.join(" ", java.util.Arrays.copyOf(words, EXCERPT_WORDS)) + "…";
  }

  /** A number as a reader writes it: 31,988; 1.5 million; 100%. */
  static String number(double value) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    if (value >= 1_000_000 && value % 100_000 == 0) {
      return f.format(value / 1_000_000) + " million";
    }
    return f.format(value);
  }
}
