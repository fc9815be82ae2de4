package org.crosscheck.clean.dedup;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.crosscheck.model.Article;

/**
 * Finds articles that are copies of one another (one report syndicated by several outlets, with a
 * few sentences changed and boilerplate added) and marks each copy with {@link
 * Article#withDuplicateOf} pointing at the original.
 *
 * <p>Two articles are near-duplicates when the word 5-shingles of their texts have a Jaccard
 * similarity of at least {@value #DEFAULT_MIN_JACCARD}, or when at least {@value
 * #DEFAULT_MIN_CONTAINMENT} of the shorter one's shingles appear in the longer one (a copy wrapped
 * in much boilerplate, or a shortened copy). Both are estimated with {@link MinHash}; candidate
 * pairs come from locality-sensitive hashing (bands of {@value #ROWS_PER_BAND} rows), so the work
 * grows with the number of similar pairs, not with the square of the corpus. Two different articles
 * about the same story share a quote or a phrase, a few percent of their shingles; copies share
 * most of them.
 *
 * <p>The thresholds come from the tests: a copy with three of fourteen sentences reworded and three
 * lines of boilerplate added scores Jaccard 0.57 and containment 0.78; another outlet's own article
 * on the same event, sharing a quotation, scores 0.07 and 0.15. Jaccard is kept at 0.5 rather than
 * lower because two short pages of one site that still carry their menus and footers (text not yet
 * cleaned) reach 0.41; containment catches the copies that Jaccard misses.
 *
 * <p>Copies of copies form one family, whose original is the article that does not say it is
 * syndicated, else the one published first, else the one seen first; every other member points at
 * it. Immutable and thread-safe; never changes its input.
 *
 * @since 0.1
 */
public final class NearDuplicates {

  /** The similarity of two articles. */
  public record Pair(String first, String second, double jaccard, double containment) {}

  public static final int SHINGLE_SIZE = 5;
  public static final int FUNCTIONS = 128;
  public static final int ROWS_PER_BAND = 2;
  public static final double DEFAULT_MIN_JACCARD = 0.5;
  public static final double DEFAULT_MIN_CONTAINMENT = 0.7;

  /**
   * Below this many shingles (about 40 words) containment says little: a sentence fits anywhere.
   */
  static final int MIN_CONTAINED_SHINGLES = 40;

  private final double minJaccard;
  private final double minContainment;
  private final MinHash minHash = new MinHash(FUNCTIONS, 0x5eed_c0ffeeL);

  public NearDuplicates() {
    this(DEFAULT_MIN_JACCARD, DEFAULT_MIN_CONTAINMENT);
  }

  public NearDuplicates(double minJaccard, double minContainment) {
    this.minJaccard = minJaccard;
    this.minContainment = minContainment;
  }

  /** The shingle count and MinHash signature of one article's text. */
  private record Fingerprint(int size, long[] signature) {}

  /** The articles, in the same order, with each near-copy marked as a duplicate of its original. */
  public List<Article> mark(List<Article> articles) {
    List<Fingerprint> prints = articles.stream().map(this::fingerprint).toList();
    int[] parent = new int[articles.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long key : candidates(prints)) {
      int i = (int) (key >>> 32);
      int j = (int) key;
      if (isNearDuplicate(pair(articles, prints, i, j))) {
        parent[find(parent, i)] = find(parent, j);
      }
    }
    Map<Integer, List<Integer>> families = new HashMap<>();
    for (int i = 0; i < parent.length; i++) {
      families.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
    }
    List<Article> out = new ArrayList<>(articles);
    for (List<Integer> family : families.values()) {
      if (family.size() < 2) {
        continue;
      }
      int original = family.stream().min(originalFirst(articles)).orElseThrow();
      for (int member : family) {
        Article a = articles.get(member);
        if (member != original && a.duplicateOf() == null) {
          out.set(member, a.withDuplicateOf(articles.get(original).id()));
        }
      }
    }
    return out;
  }

  /** The pairs that share enough shingles to be compared, with their similarity, in input order. */
  public List<Pair> similarPairs(List<Article> articles) {
    List<Fingerprint> prints = articles.stream().map(this::fingerprint).toList();
    List<Pair> pairs = new ArrayList<>();
    for (long key : candidates(prints)) {
      pairs.add(pair(articles, prints, (int) (key >>> 32), (int) key));
    }
    return pairs;
  }

  /** The similarity of two articles, for reports and tests. */
  public Pair compare(Article a, Article b) {
    return pair(List.of(a, b), List.of(fingerprint(a), fingerprint(b)), 0, 1);
  }

  /** Whether a pair is similar enough to be copies of one text. */
  public boolean isNearDuplicate(Pair pair) {
    return pair.jaccard() >= minJaccard || pair.containment() >= minContainment;
  }

  private Fingerprint fingerprint(Article article) {
    long[] shingles = Shingles.of(article.text(), SHINGLE_SIZE);
    return new Fingerprint(shingles.length, minHash.signature(shingles));
  }

  private static Pair pair(List<Article> articles, List<Fingerprint> prints, int i, int j) {
    Fingerprint a = prints.get(i);
    Fingerprint b = prints.get(j);
    double jaccard =
        a.size() == 0 || b.size() == 0 ? 0 : MinHash.similarity(a.signature(), b.signature());
    // |A ∩ B| follows from the Jaccard estimate and the exact set sizes.
    double shared = jaccard * (a.size() + b.size()) / (1 + jaccard);
    int smaller = Math.min(a.size(), b.size());
    double containment = smaller < MIN_CONTAINED_SHINGLES ? 0 : Math.min(1, shared / smaller);
    return new Pair(articles.get(i).id(), articles.get(j).id(), jaccard, containment);
  }

  /**
   * Index pairs (i < j, packed as {@code i << 32 | j}) that agree on every row of at least one
   * band. With 2 rows a band, a pair at similarity 0.3 becomes a candidate with probability 1 - (1
   * - 0.09)^64 > 0.99, so copies found by containment are not missed.
   */
  private static Set<Long> candidates(List<Fingerprint> prints) {
    Set<Long> pairs = new TreeSet<>(); // sorted: input order of i, then j
    for (int band = 0; band < FUNCTIONS / ROWS_PER_BAND; band++) {
      Map<Long, List<Integer>> buckets = new HashMap<>();
      for (int i = 0; i < prints.size(); i++) {
        Fingerprint f = prints.get(i);
        if (f.size() == 0) {
          continue;
        }
        long key = band;
        for (int r = 0; r < ROWS_PER_BAND; r++) {
          key = Mix.fmix64(key ^ f.signature()[band * ROWS_PER_BAND + r]);
        }
        buckets.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
      }
      for (List<Integer> bucket : buckets.values()) {
        for (int x = 0; x < bucket.size(); x++) {
          for (int y = x + 1; y < bucket.size(); y++) {
            pairs.add((long) bucket.get(x) << 32 | bucket.get(y));
          }
        }
      }
    }
    return pairs;
  }

  /**
   * Orders the members of a family so that the original comes first: an article that does not say
   * it is syndicated, then the earliest publication date (unknown dates last), then input order.
   */
  private static Comparator<Integer> originalFirst(List<Article> articles) {
    return Comparator.<Integer, Boolean>comparing(
            i -> articles.get(i).metadata().syndicatedFrom() != null)
        .thenComparing(
            i -> articles.get(i).metadata().published(),
            Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()))
        .thenComparing(i -> i);
  }

  @Override
  public String toString() {
    return "NearDuplicates["
        + SHINGLE_SIZE
        + "-word shingles, "
        + FUNCTIONS
        + " MinHash functions, jaccard >= "
        + minJaccard
        + " or containment >= "
        + minContainment
        + "]";
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }
}
