package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The pairs of quotes worth comparing with {@link QuoteText#same}, found without comparing every
 * pair ("prefix filtering", as in set-similarity joins).
 *
 * <p>Why it is exact: two quotes are the same only if at least {@link QuoteText#MIN_SHARE} of
 * the shorter one's n words are in their common subsequence, so at most n - t of its words
 * (t = the words that must match) are left out. Order a quote's distinct words from rarest to
 * commonest across all quotes and take the shortest run of them that covers n - t + 1 of its
 * words: one of those must be matched, so the longer quote contains one of these "probe" words.
 * Each quote is therefore compared only with the quotes at least as long that contain one of
 * its probe words, which are rare words with short lists.
 *
 * <p>Immutable after construction; thread-safe.
 */
final class QuoteCandidates {

  private final List<List<String>> quotes;
  private final Map<String, List<Integer>> containing = new HashMap<>();
  private final Map<String, Integer> frequency = new HashMap<>();

  /** @param quotes each quote's words, as {@link QuoteText#words} gives them */
  QuoteCandidates(List<List<String>> quotes) {
    this.quotes = quotes;
    for (int i = 0; i < quotes.size(); i++) {
      for (String w : new LinkedHashSet<>(quotes.get(i))) {
        containing.computeIfAbsent(w, k -> new ArrayList<>()).add(i);
        frequency.merge(w, 1, Integer::sum);
      }
    }
  }

  /** The indices of the quotes at least as long as quote {@code i} that may be the same. */
  int[] of(int i) {
    List<String> words = quotes.get(i);
    Set<Integer> out = new LinkedHashSet<>();
    for (String probe : probes(words)) {
      for (int j : containing.get(probe)) {
        if (j != i && quotes.get(j).size() >= words.size()) {
          out.add(j);
        }
      }
    }
    return out.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The rarest distinct words that together cover more words than may go unmatched. */
  private List<String> probes(List<String> words) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    words.forEach(w -> counts.merge(w, 1, Integer::sum));
    List<String> distinct = new ArrayList<>(counts.keySet());
    distinct.sort(
        Comparator.comparingInt((String w) -> frequency.get(w)).thenComparing(w -> w));
    int mustMatch = (int) Math.ceil(QuoteText.MIN_SHARE * words.size());
    int cover = words.size() - mustMatch + 1;
    List<String> probes = new ArrayList<>();
    int covered = 0;
    for (String w : distinct) {
      if (covered >= cover) {
        break;
      }
      probes.add(w);
      covered += counts.get(w);
    }
    return probes;
  }
}
