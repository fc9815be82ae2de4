package org.crosscheck.annotate;

import java.util.Map;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (Chen and Manning 2014), scored
 * with exactly the arithmetic of {@code edu.stanford.nlp.parser.nndep.Classifier} but faster.
 *
 * <p>Why it exists: CoreNLP's English UD model has 1,000 hidden units and 83 transitions, and its
 * classifier computes each of the 83 output scores as one long chain of dependent double
 * additions, so the processor waits on every addition (about 9 ms a sentence). This scorer keeps
 * W1 and W2 transposed and adds up all the sums of a layer side by side, one input at a time:
 * each sum still sees the same terms in the same order, which gives bit-identical doubles (Java
 * never reorders or fuses floating-point operations), and the independent additions let the JIT
 * use vector instructions.
 *
 * <p>The arithmetic copied, step by step: the hidden layer starts at zero; for each of the 48
 * features in order it adds either the model's precomputed activation row (double) or, for a
 * feature outside the precomputed set, the product of the embedding and its slice of W1 summed in
 * double and rounded to float (CoreNLP caches these as float when its cache is on, its default);
 * then adds the float bias and cubes; each score is the dot product of the cubed hidden layer with
 * a float row of W2, summed in double from the first unit to the last.
 *
 * <p>Immutable after construction and thread-safe; callers pass their own cache of the slices
 * (one per article: rare words repeat within an article); {@link W1Slices} computes them. Memory:
 * the transposed copies add about 35 MB to the model's own arrays; the precomputed rows are
 * shared, not copied.
 */
final class TransitionScorer {

  private final float[][] w1;
  private final float[][] embeddings;
  private final float[] bias;
  private final float[][] w2;
  // W2 transposed, so that the loops that add up many sums at once read memory in order.
  private final double[][] w2t;
  private final W1Slices w1Slices;
  private final double[][] precomputed;
  // precomputedRow[token * features + position], or -1: the model's map without boxing.
  private final int[] precomputedRow;
  private final int features;
  private final int embeddingSize;
  private final boolean floatSlices;

  /**
   * @param precomputedIds the model's map from feature id ({@code token * features + position})
   *     to row of {@code precomputed}
   * @param floatSlices whether CoreNLP would round the slices of features outside the precomputed
   *     set to float (its cache is on), or add them in double (cache off)
   */
  TransitionScorer(
      float[][] w1,
      float[][] embeddings,
      float[] bias,
      float[][] w2,
      double[][] precomputed,
      Map<Integer, Integer> precomputedIds,
      int features,
      boolean floatSlices) {
    this.w1 = w1;
    this.embeddings = embeddings;
    this.bias = bias;
    this.w2 = w2;
    this.precomputed = precomputed;
    this.features = features;
    this.embeddingSize = embeddings[0].length;
    this.floatSlices = floatSlices;
    this.w1Slices = new W1Slices(w1, embeddings);
    this.w2t = transposeToDouble(w2);
    this.precomputedRow = new int[embeddings.length * features];
    java.util.Arrays.fill(precomputedRow, -1);
    precomputedIds.forEach((id, row) -> precomputedRow[id] = row);
  }

  int transitions() {
    return w2.length;
  }

  /**
   * The scores of the transitions marked in {@code wanted}, written into {@code scores} (other
   * entries are left as they were).
   *
   * @param slices cache of float slices for features outside the precomputed set, keyed by
   *     feature id; filled as needed
   */
  void score(int[] feature, boolean[] wanted, double[] scores, Map<Integer, double[]> slices) {
    double[][] sums = {new double[transitions()]};
    scores(new double[][] {hidden(feature, slices)}, 1, sums);
    for (int i = 0; i < sums[0].length; i++) {
      if (wanted[i]) {
        scores[i] = sums[0][i];
      }
    }
  }

  /**
   * The scores of all transitions for each of the first {@code count} hidden layers (from {@link
   * #hidden}), written into {@code scores[0..count)}; each the same bits as if scored alone.
   *
   * <p>Why several at once: W2 in double is 660 KB, more than the processor's per-core cache, so
   * scoring one configuration at a time reads it from the shared cache at every step. Scoring the
   * next step of every sentence of an article together reads each part of it once for all.
   */
  void scores(double[][] hidden, int count, double[][] scores) {
    for (int b = 0; b < count; b++) {
      java.util.Arrays.fill(scores[b], 0.0);
    }
    // Row by row, each score is a chain of dependent additions; unit by unit, the additions of
    // all the scores are independent and the JIT does several at once (in double: it does not
    // vectorise float-to-double conversions). Four units per pass, each sum in the same order.
    int units = w2t.length;
    int j = 0;
    for (; j + 4 <= units; j += 4) {
      double[] c0 = w2t[j];
      double[] c1 = w2t[j + 1];
      double[] c2 = w2t[j + 2];
      double[] c3 = w2t[j + 3];
      for (int b = 0; b < count; b++) {
        double[] h = hidden[b];
        double h0 = h[j];
        double h1 = h[j + 1];
        double h2 = h[j + 2];
        double h3 = h[j + 3];
        double[] sums = scores[b];
        for (int i = 0; i < sums.length; i++) {
          sums[i] = (((sums[i] + h0 * c0[i]) + h1 * c1[i]) + h2 * c2[i]) + h3 * c3[i];
        }
      }
    }
    for (; j < units; j++) {
      double[] column = w2t[j];
      for (int b = 0; b < count; b++) {
        double h = hidden[b][j];
        double[] sums = scores[b];
        for (int i = 0; i < sums.length; i++) {
          sums[i] = sums[i] + h * column[i];
        }
      }
    }
  }

  /**
   * The hidden layer of the network for one configuration's features, cubed.
   *
   * @param slices cache of float slices for features outside the precomputed set, keyed by
   *     feature id; filled as needed
   */
  double[] hidden(int[] feature, Map<Integer, double[]> slices) {
    if (!floatSlices) {
      return cube(hiddenAddingSlicesInDouble(feature));
    }
    double[][] rows = new double[feature.length][];
    for (int j = 0; j < feature.length; j++) {
      int id = feature[j] * features + j;
      int row = id >= 0 && id < precomputedRow.length ? precomputedRow[id] : -1;
      if (row >= 0) {
        rows[j] = precomputed[row];
      } else {
        final int position = j;
        final float[] e = embeddings[feature[j]];
        rows[j] = slices.computeIfAbsent(id, k -> w1Slices.slice(e, position));
      }
    }
    // Four rows per pass: each unit still adds its rows in feature order, and the hidden layer
    // is read and written a quarter as often.
    double[] hidden = new double[bias.length];
    int j = 0;
    for (; j + 4 <= rows.length; j += 4) {
      double[] r0 = rows[j];
      double[] r1 = rows[j + 1];
      double[] r2 = rows[j + 2];
      double[] r3 = rows[j + 3];
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] = (((hidden[i] + r0[i]) + r1[i]) + r2[i]) + r3[i];
      }
    }
    for (; j < rows.length; j++) {
      double[] r = rows[j];
      for (int i = 0; i < hidden.length; i++) {
        hidden[i] += r[i];
      }
    }
    return cube(hidden);
  }

  /** Adds the bias and cubes, in place. */
  private double[] cube(double[] hidden) {
    for (int i = 0; i < hidden.length; i++) {
      double h = hidden[i] + (double) bias[i];
      hidden[i] = h * h * h;
    }
    return hidden;
  }

  /** CoreNLP without its cache: slices added product by product into the hidden layer. */
  private double[] hiddenAddingSlicesInDouble(int[] feature) {
    double[] hidden = new double[bias.length];
    int offset = 0;
    for (int j = 0; j < feature.length; j++) {
      int id = feature[j] * features + j;
      int row = id >= 0 && id < precomputedRow.length ? precomputedRow[id] : -1;
      if (row >= 0) {
        double[] saved = precomputed[row];
        for (int i = 0; i < hidden.length; i++) {
          hidden[i] += saved[i];
        }
      } else {
        addSliceInDouble(hidden, embeddings[feature[j]], offset);
      }
      offset += embeddingSize;
    }
    return hidden;
  }

  private void addSliceInDouble(double[] hidden, float[] e, int offset) {
    for (int i = 0; i < w1.length; i++) {
      double s = hidden[i];
      for (int k = 0; k < e.length; k++) {
        s = s + (double) (w1[i][offset + k] * e[k]);
      }
      hidden[i] = s;
    }
  }

  /** Transposed and widened to double, which is exact. */
  private static double[][] transposeToDouble(float[][] m) {
    double[][] t = new double[m[0].length][m.length];
    for (int i = 0; i < m.length; i++) {
      for (int j = 0; j < m[i].length; j++) {
        t[j][i] = m[i][j];
      }
    }
    return t;
  }
}
