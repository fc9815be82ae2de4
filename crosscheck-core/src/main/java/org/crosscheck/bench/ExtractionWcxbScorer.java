package org.crosscheck.bench;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The WCXB body scoring rule: lower-cased Unicode {@code \w+} tokens compared as multisets, giving
 * per-page precision, recall and F1 (an empty truth with an empty prediction scores 1), and the
 * snippet checks ({@code with} snippets must appear, {@code without} snippets must not).
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionWcxbScorer {

  private ExtractionWcxbScorer() {}

  /** One page's body scores. */
  public record PageScore(double precision, double recall, double f1) {}

  /** Scores a predicted body against the true one. */
  public static PageScore score(String truth, String predicted) {
    Map<String, Integer> t = bag(truth);
    Map<String, Integer> p = bag(predicted);
    int trueCount = total(t);
    int predCount = total(p);
    if (trueCount == 0 && predCount == 0) {
      return new PageScore(1, 1, 1);
    }
    int shared = 0;
    for (Map.Entry<String, Integer> e : t.entrySet()) {
      shared += Math.min(e.getValue(), p.getOrDefault(e.getKey(), 0));
    }
    double precision = predCount == 0 ? 0 : (double) shared / predCount;
    double recall = trueCount == 0 ? 0 : (double) shared / trueCount;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new PageScore(precision, recall, f1);
  }

  /**
   * True when {@code snippet} occurs in {@code text}, compared as lower-cased token sequences so
   * that white space and punctuation differences do not count.
   */
  public static boolean contains(String text, String snippet) {
    String hay = " " + String.join(" ", ExtractionScorer.tokens(lower(text))) + " ";
    String needle = " " + String.join(" ", ExtractionScorer.tokens(lower(snippet))) + " ";
    return needle.isBlank() || hay.contains(needle);
  }

  private static Map<String, Integer> bag(String text) {
    Map<String, Integer> counts = new HashMap<>();
    for (String token : ExtractionScorer.tokens(lower(text))) {
      counts.merge(token, 1, Integer::sum);
    }
    return counts;
  }

  private static int total(Map<String, Integer> bag) {
    int n = 0;
    for (int c : bag.values()) {
      n += c;
    }
    return n;
  }

  private static String lower(String text) {
    return text == null ? "" : text.toLowerCase(Locale.ROOT);
  }
}
