package org.crosscheck.clean.dedup;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * MinHash signatures: for each of {@code n} hash functions, the smallest hash over a set. The share
 * of positions where two signatures agree is an unbiased estimate of the Jaccard similarity of the
 * two sets, with a standard error of at most {@code 0.5 / sqrt(n)} (0.044 for 128 functions),
 * whatever the size of the sets.
 *
 * <p>Hash function {@code i} is {@code fmix64(x ^ seed[i])}: a strong mixer keyed by a seed, which
 * behaves as an independent random permutation for this purpose. The seeds come from a fixed seed,
 * so signatures are reproducible across runs and machines. Immutable and thread-safe.
 */
public final class MinHash {
  private final long[] seeds;

  /**
   * @param functions how many hash functions; more is more precise and slower
   * @param seed fixes the hash functions; signatures compare only under the same seed
   */
  public MinHash(int functions, long seed) {
    if (functions < 1) {
      throw new IllegalArgumentException("need at least one hash function: " + functions);
    }
    this.seeds = new SplittableRandom(seed).longs(functions).toArray();
  }

  public int functions() {
    return seeds.length;
  }

  /** The signature of a set of 64-bit hashes (e.g. {@link Shingles#of}); all MAX for none. */
  public long[] signature(long[] set) {
    long[] mins = new long[seeds.length];
    Arrays.fill(mins, Long.MAX_VALUE);
    for (long x : set) {
      for (int i = 0; i < seeds.length; i++) {
        long h = Mix.fmix64(x ^ seeds[i]);
        if (h < mins[i]) {
          mins[i] = h;
        }
      }
    }
    return mins;
  }

  /** The estimated Jaccard similarity of the sets behind two signatures of the same length. */
  public static double similarity(long[] a, long[] b) {
    if (a.length != b.length) {
      throw new IllegalArgumentException("signatures differ in length");
    }
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return (double) same / a.length;
  }
}
