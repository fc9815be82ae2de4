package org.crosscheck.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction benchmark's scoring rule (Scrapinghub's article-extraction-benchmark):
 * texts become Unicode {@code \w+} tokens, tokens become a multiset of 4-token shingles, and one
 * page yields a normalised true-positive / false-positive / false-negative triple.
 *
 * <p>Stateless and thread-safe.
 */
public final class ExtractionScorer {

  /** Tokens are runs of Unicode word characters, as Python's {@code re.findall(r'\w+')}. */
  private static final Pattern WORD = Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS);

  private static final int SHINGLE = 4;

  private ExtractionScorer() {}

  /**
   * One page's matching, each part divided by {@code tp + fp + fn} so that every page weighs the
   * same in the means.
   */
  public record Match(double tp, double fp, double fn) {
    /** True when nothing was extracted that is not in the truth and nothing was missed. */
    public boolean perfect() {
      return fp == 0 && fn == 0;
    }
  }

  /** The {@code \w+} tokens of a text, case kept. */
  public static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    Matcher m = WORD.matcher(text == null ? "" : text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  /**
   * The multiset of shingles of 4 consecutive tokens; a text of fewer than 4 tokens (even none)
   * is one shingle, as in the reference scorer.
   */
  public static Map<List<String>, Integer> shingles(String text) {
    List<String> tokens = tokens(text);
    Map<List<String>, Integer> counts = new HashMap<>();
    int n = Math.max(1, tokens.size() - SHINGLE + 1);
    for (int i = 0; i < n; i++) {
      List<String> key = List.copyOf(tokens.subList(i, Math.min(tokens.size(), i + SHINGLE)));
      counts.merge(key, 1, Integer::sum);
    }
    return counts;
  }

  /** Compares a predicted body with the true one. */
  public static Match match(String truth, String predicted) {
    Map<List<String>, Integer> t = shingles(truth);
    Map<List<String>, Integer> p = shingles(predicted);
    long tp = 0;
    long fp = 0;
    long fn = 0;
    for (Map.Entry<List<String>, Integer> e : t.entrySet()) {
      int pc = p.getOrDefault(e.getKey(), 0);
      tp += Math.min(e.getValue(), pc);
      fn += Math.max(0, e.getValue() - pc);
    }
    for (Map.Entry<List<String>, Integer> e : p.entrySet()) {
      fp += Math.max(0, e.getValue() - t.getOrDefault(e.getKey(), 0));
    }
    double sum = tp + fp + fn;
    if (sum == 0) {
      return new Match(0, 0, 0);
    }
    return new Match(tp / sum, fp / sum, fn / sum);
  }

  /** True when both texts have exactly the same token list. */
  public static boolean exact(String truth, String predicted) {
    return tokens(truth).equals(tokens(predicted));
  }

  /** Mean precision over pages: tp/(tp+fp), 1 for a perfect page, pages with nothing skipped. */
  public static double precision(List<Match> pages) {
    return mean(pages, true);
  }

  /** Mean recall over pages: tp/(tp+fn), 1 for a perfect page. */
  public static double recall(List<Match> pages) {
    return mean(pages, false);
  }

  /** Harmonic mean of the two means. */
  public static double f1(double precision, double recall) {
    return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
  }

  private static double mean(List<Match> pages, boolean precision) {
    double sum = 0;
    int n = 0;
    for (Match m : pages) {
      if (m.perfect()) {
        sum += 1;
        n++;
        continue;
      }
      double denominator = precision ? m.tp() + m.fp() : m.tp() + m.fn();
      if (denominator > 0) {
        sum += m.tp() / denominator;
        n++;
      }
    }
    return n == 0 ? 0 : sum / n;
  }
}
