package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Fuzzy comparison of quotation texts across outlets: outlets shorten quotes, change a word
 * ("linked to" for "tied to"), straighten quotation marks and repunctuate. Texts are compared as
 * lower-case word sequences (punctuation and quote characters dropped) by their longest common
 * subsequence (LCS). Stateless; thread-safe.
 */
final class QuoteText {
  /** A match needs at least this many common words: shorter overlaps are commonplace phrases. */
  static final int MIN_WORDS = 4;

  /** Share of the shorter text's words that must be in the common subsequence. */
  static final double MIN_SHARE = 0.8;

  private QuoteText() {}

  /** The words of a quote: lower case, curly apostrophes straightened, punctuation dropped. */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').replace('‘', '\'');
    for (String w : t.split("[^\\p{L}\\p{N}']+")) {
      w = w.replaceAll("^'+|'+$", "");
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * True when the two quotes are the same words: the shorter has at least {@link #MIN_WORDS} words
   * and at least {@link #MIN_SHARE} of them occur, in order, in the longer (so a fragment matches
   * the full quote it was cut from, and one changed word in five is tolerated).
   */
  static boolean same(List<String> a, List<String> b) {
    int shorter = Math.min(a.size(), b.size());
    if (shorter < MIN_WORDS) {
      return false;
    }
    // Cheap bag-of-words bound first: the LCS can be no longer than the shared words.
    List<String> small = a.size() <= b.size() ? a : b;
    java.util.Set<String> large = new java.util.HashSet<>(small == a ? b : a);
    long shared = small.stream().filter(large::contains).count();
    if (shared < MIN_SHARE * shorter) {
      return false;
    }
    return lcs(a, b).size() >= MIN_SHARE * shorter;
  }

  /**
   * The wording differences inside the stretch the two texts share, as "a-words / b-words" pairs
   * ("linked to / tied to"); empty when one is an exact excerpt of the other.
   */
  static List<String> differences(List<String> a, List<String> b) {
    List<int[]> pairs = lcs(a, b);
    List<String> out = new ArrayList<>();
    for (int k = 1; k < pairs.size(); k++) {
      int[] p = pairs.get(k - 1);
      int[] q = pairs.get(k);
      if (q[0] - p[0] > 1 || q[1] - p[1] > 1) {
        String left = String.join(" ", a.subList(p[0] + 1, q[0]));
        String right = String.join(" ", b.subList(p[1] + 1, q[1]));
        out.add((left.isEmpty() ? "—" : left) + " / " + (right.isEmpty() ? "—" : right));
      }
    }
    return out;
  }

  /** The aligned index pairs of a longest common subsequence, in order. */
  static List<int[]> lcs(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] len = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        len[i][j] =
            a.get(i).equals(b.get(j))
                ? len[i + 1][j + 1] + 1
                : Math.max(len[i + 1][j], len[i][j + 1]);
      }
    }
    List<int[]> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    while (i < n && j < m) {
      if (a.get(i).equals(b.get(j))) {
        out.add(new int[] {i, j});
        i++;
        j++;
      } else if (len[i + 1][j] >= len[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return out;
  }
}
