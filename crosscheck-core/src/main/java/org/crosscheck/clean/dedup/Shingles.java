package org.crosscheck.clean.dedup;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The word shingles of a text: every run of {@code size} consecutive words, hashed to 64 bits.
 * Words are lower-cased letters and digits after Unicode normalisation, so curly versus straight
 * quotes, dashes, spacing and punctuation do not make two copies of a text differ. Stateless.
 *
 * <pre>{@code
 * long[] a = Shingles.of("Officials met in Geneva on Tuesday.", 3); // 4 shingles
 * }</pre>
 */
public final class Shingles {
  private Shingles() {}

  /**
   * The distinct shingle hashes of {@code text}, sorted. A text shorter than {@code size} words has
   * one shingle (all its words); an empty text has none.
   */
  public static long[] of(String text, int size) {
    if (size < 1) {
      throw new IllegalArgumentException("shingle size must be positive: " + size);
    }
    List<String> words = words(text);
    if (words.isEmpty()) {
      return new long[0];
    }
    int count = Math.max(1, words.size() - size + 1);
    long[] hashes = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 0xcbf29ce484222325L; // FNV-1a offset basis
      for (int j = i; j < Math.min(words.size(), i + size); j++) {
        h = fnv(h, words.get(j));
        h = fnv(h, " ");
      }
      hashes[i] = Mix.fmix64(h);
    }
    return Arrays.stream(hashes).sorted().distinct().toArray();
  }

  static List<String> words(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    for (int i = 0; i < folded.length(); ) {
      int cp = folded.codePointAt(i);
      if (Character.isLetterOrDigit(cp)) {
        word.appendCodePoint(cp);
      } else if (word.length() > 0) {
        words.add(word.toString());
        word.setLength(0);
      }
      i += Character.charCount(cp);
    }
    if (word.length() > 0) {
      words.add(word.toString());
    }
    return words;
  }

  private static long fnv(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L; // FNV-1a 64-bit prime
    }
    return h;
  }
}
