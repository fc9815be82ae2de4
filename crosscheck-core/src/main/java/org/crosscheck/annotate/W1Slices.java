package org.crosscheck.annotate;

/**
 * The slices of CoreNLP's first weight matrix W1 for features outside its precomputed set: for
 * an embedding {@code e} at feature position {@code p}, unit {@code i} gets {@code sum_k (double)
 * (W1[i][p * size + k] * e[k])}, the float products added in double in order of {@code k}, then
 * rounded to float (as CoreNLP's classifier caches them).
 *
 * <p>Why two ways: the plain loop widens each float product to double, which the JDK 17 JIT does
 * not vectorise, so it runs one unit at a time. The fast way multiplies in double, where the
 * product of two floats is exact, rounds it to float precision with Veltkamp's splitting ({@code
 * g = p * (2^29 + 1); p' = g + (p - g)}, all vectorisable double arithmetic) and adds that. The
 * splitting rounds to a nearest float but may break a tie either way, where Java rounds ties to
 * even; so the fast way is used only where no tie can arise. A product of two floats lies exactly
 * half-way between two floats only if the trailing zeros of their 24-bit significands add up to
 * 22 or 23 (the product's significand is odd times 2^zeros, and half an ulp is 2^22 or 2^23 of
 * it); a power of two (23 zeros, 0 here) multiplies exactly. Units whose weights have too many
 * trailing zeros for the embedding at hand are recomputed the plain way, and the whole model falls
 * back to the plain loop if a product could leave float's normal range. {@code W1SlicesTest}
 * checks the bits against the plain loop, ties included.
 *
 * <p>Immutable after construction and thread-safe. Memory: W1 transposed in float and in double,
 * about 29 MB for CoreNLP's English model.
 */
final class W1Slices {

  private static final double SPLIT = 0x1p29 + 1;
  // With at most this many zeros in a pair's significands no product can be a tie.
  private static final int SAFE_ZEROS = 21;
  // An embedding with more zeros than this would send most units to the plain loop.
  private static final int MOST_EMBEDDING_ZEROS = 12;

  private final int embeddingSize;
  // W1 transposed: w1t[p * size + k][i] = W1[i][p * size + k], and the same widened to double.
  private final float[][] w1t;
  private final double[][] w1td;
  // For each position, its units with the most trailing zeros in their weights first, and those
  // counts: the units to recompute the plain way for an embedding with many zeros.
  private final int[][] unitsByZeros;
  private final int[][] zerosOfUnits;
  private final boolean fast;

  W1Slices(float[][] w1, float[][] embeddings) {
    this(w1, embeddings, true);
  }

  /** @param allowFast false: always the plain loop (the reference in tests) */
  W1Slices(float[][] w1, float[][] embeddings, boolean allowFast) {
    this.embeddingSize = embeddings[0].length;
    int units = w1.length;
    int columns = w1[0].length;
    this.w1t = new float[columns][units];
    this.w1td = new double[columns][units];
    for (int i = 0; i < units; i++) {
      for (int c = 0; c < columns; c++) {
        w1t[c][i] = w1[i][c];
        w1td[c][i] = w1[i][c];
      }
    }
    int positions = columns / embeddingSize;
    this.unitsByZeros = new int[positions][];
    this.zerosOfUnits = new int[positions][];
    for (int p = 0; p < positions; p++) {
      int[] zeros = new int[units];
      for (int i = 0; i < units; i++) {
        zeros[i] = -1;
        for (int k = 0; k < embeddingSize; k++) {
          zeros[i] = Math.max(zeros[i], trailingZeros(w1[i][p * embeddingSize + k]));
        }
      }
      Integer[] order = new Integer[units];
      for (int i = 0; i < units; i++) {
        order[i] = i;
      }
      java.util.Arrays.sort(order, (a, b) -> Integer.compare(zeros[b], zeros[a]));
      unitsByZeros[p] = new int[units];
      zerosOfUnits[p] = new int[units];
      for (int r = 0; r < units; r++) {
        unitsByZeros[p][r] = order[r];
        zerosOfUnits[p][r] = zeros[order[r]];
      }
    }
    this.fast = allowFast && productsStayNormal(w1, embeddings);
  }

  /** The slice for {@code embedding} at feature position {@code position}, widened to double. */
  double[] slice(float[] embedding, int position) {
    int embeddingZeros = -1;
    for (float x : embedding) {
      embeddingZeros = Math.max(embeddingZeros, trailingZeros(x));
    }
    int offset = position * embeddingSize;
    double[] sums;
    if (fast && embeddingZeros <= MOST_EMBEDDING_ZEROS) {
      sums = splitSums(embedding, offset);
      int[] byZeros = unitsByZeros[position];
      int[] zeros = zerosOfUnits[position];
      for (int r = 0; r < byZeros.length && embeddingZeros + zeros[r] > SAFE_ZEROS; r++) {
        sums[byZeros[r]] = plainSum(embedding, offset, byZeros[r]);
      }
    } else {
      sums = plainSums(embedding, offset);
    }
    for (int i = 0; i < sums.length; i++) {
      sums[i] = (double) (float) sums[i];
    }
    return sums;
  }

  /** Products rounded to float by splitting, two components per pass, each unit in order. */
  private double[] splitSums(float[] e, int offset) {
    double[] sums = new double[w1td[0].length];
    int k = 0;
    for (; k + 2 <= e.length; k += 2) {
      double x0 = e[k];
      double x1 = e[k + 1];
      double[] c0 = w1td[offset + k];
      double[] c1 = w1td[offset + k + 1];
      for (int i = 0; i < sums.length; i++) {
        double p0 = c0[i] * x0;
        double g0 = p0 * SPLIT;
        double p1 = c1[i] * x1;
        double g1 = p1 * SPLIT;
        sums[i] = (sums[i] + (g0 + (p0 - g0))) + (g1 + (p1 - g1));
      }
    }
    for (; k < e.length; k++) {
      double x = e[k];
      double[] c = w1td[offset + k];
      for (int i = 0; i < sums.length; i++) {
        double p = c[i] * x;
        double g = p * SPLIT;
        sums[i] = sums[i] + (g + (p - g));
      }
    }
    return sums;
  }

  /** The plain loop: four components per pass, each float product widened and added in order. */
  private double[] plainSums(float[] e, int offset) {
    double[] sums = new double[w1t[0].length];
    int k = 0;
    for (; k + 4 <= e.length; k += 4) {
      float x0 = e[k];
      float x1 = e[k + 1];
      float x2 = e[k + 2];
      float x3 = e[k + 3];
      float[] c0 = w1t[offset + k];
      float[] c1 = w1t[offset + k + 1];
      float[] c2 = w1t[offset + k + 2];
      float[] c3 = w1t[offset + k + 3];
      for (int i = 0; i < sums.length; i++) {
        sums[i] =
            (((sums[i] + (double) (c0[i] * x0)) + (double) (c1[i] * x1)) + (double) (c2[i] * x2))
                + (double) (c3[i] * x3);
      }
    }
    for (; k < e.length; k++) {
      float x = e[k];
      float[] c = w1t[offset + k];
      for (int i = 0; i < sums.length; i++) {
        sums[i] = sums[i] + (double) (c[i] * x);
      }
    }
    return sums;
  }

  private double plainSum(float[] e, int offset, int unit) {
    double sum = 0;
    for (int k = 0; k < e.length; k++) {
      sum = sum + (double) (w1t[offset + k][unit] * e[k]);
    }
    return sum;
  }

  /**
   * Trailing zeros of a float's 24-bit significand; -1 for zero and powers of two, whose products
   * are exact (zeros of both signs add the same to a sum that is never negative zero).
   */
  static int trailingZeros(float f) {
    if (f == 0) {
      return -1;
    }
    int zeros = Integer.numberOfTrailingZeros((Float.floatToRawIntBits(f) & 0x7fffff) | 0x800000);
    return zeros == 23 ? -1 : zeros;
  }

  /**
   * Whether every product of a weight and an embedding component is a normal float or zero, as
   * the splitting assumes (it rounds to 24 bits, where a float below the normal range has fewer).
   */
  private static boolean productsStayNormal(float[][] w1, float[][] embeddings) {
    double[] w = range(w1);
    double[] e = range(embeddings);
    return w != null
        && e != null
        && w[0] * e[0] >= 2 * (double) Float.MIN_NORMAL
        && w[1] * e[1] <= Float.MAX_VALUE / 2;
  }

  /** Smallest non-zero and largest magnitude; null if a value is not finite or not normal. */
  private static double[] range(float[][] m) {
    double min = Double.POSITIVE_INFINITY;
    double max = 0;
    for (float[] row : m) {
      for (float x : row) {
        float a = Math.abs(x);
        if (!Float.isFinite(x) || (a != 0 && a < Float.MIN_NORMAL)) {
          return null;
        }
        if (a != 0) {
          min = Math.min(min, a);
          max = Math.max(max, a);
        }
      }
    }
    return new double[] {min, max};
  }
}
