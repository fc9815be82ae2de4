package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scorer must reproduce, bit for bit, the arithmetic of CoreNLP's nndep classifier, written
 * out here the plain way (one row at a time), on a small random network.
 */
class TransitionScorerTest {

  private static final int FEATURES = 3;
  private static final int EMBEDDING = 5;
  private static final int HIDDEN = 11;
  private static final int TRANSITIONS = 9;
  private static final int TOKENS = 6;

  private final Random random = new Random(42);
  private final float[][] w1 = matrix(HIDDEN, EMBEDDING * FEATURES);
  private final float[][] e = matrix(TOKENS, EMBEDDING);
  private final float[] b1 = matrix(1, HIDDEN)[0];
  private final float[][] w2 = matrix(TRANSITIONS, HIDDEN);
  // Token 1 at position 0 and token 4 at position 2 are precomputed, as the model file lists.
  private final Map<Integer, Integer> precomputedIds = Map.of(1 * FEATURES, 0, 4 * FEATURES + 2, 1);
  private final double[][] precomputed = {
    slice(e[1], 0, false), slice(e[4], 2 * EMBEDDING, false)
  };

  @Test
  void scoresEqualThePlainComputationBitForBit() {
    TransitionScorer scorer = scorer(true);
    for (int[] feature : new int[][] {{1, 2, 4}, {0, 3, 5}, {1, 1, 1}, {5, 4, 4}}) {
      boolean[] all = new boolean[TRANSITIONS];
      java.util.Arrays.fill(all, true);
      double[] scores = new double[TRANSITIONS];
      scorer.score(feature, all, scores, new HashMap<>());
      assertThat(scores).containsExactly(plainScores(feature, true));
    }
  }

  @Test
  void withoutFloatSlicesTheSlicesAreAddedInDouble() {
    int[] feature = {0, 3, 5};
    boolean[] all = new boolean[TRANSITIONS];
    java.util.Arrays.fill(all, true);
    double[] scores = new double[TRANSITIONS];
    scorer(false).score(feature, all, scores, new HashMap<>());
    assertThat(scores).containsExactly(plainScores(feature, false));
  }

  @Test
  void transitionsNotWantedAreLeftAlone() {
    boolean[] wanted = new boolean[TRANSITIONS];
    wanted[2] = true;
    wanted[7] = true;
    double[] scores = new double[TRANSITIONS];
    java.util.Arrays.fill(scores, -1.5);
    scorer(true).score(new int[] {1, 2, 4}, wanted, scores, new HashMap<>());
    double[] plain = plainScores(new int[] {1, 2, 4}, true);
    for (int i = 0; i < TRANSITIONS; i++) {
      assertThat(scores[i]).isEqualTo(wanted[i] ? plain[i] : -1.5);
    }
  }

  @Test
  void aCachedSliceGivesTheSameScoresAsAFreshOne() {
    TransitionScorer scorer = scorer(true);
    Map<Integer, double[]> cache = new HashMap<>();
    boolean[] all = new boolean[TRANSITIONS];
    java.util.Arrays.fill(all, true);
    double[] first = new double[TRANSITIONS];
    double[] second = new double[TRANSITIONS];
    scorer.score(new int[] {0, 3, 5}, all, first, cache);
    assertThat(cache).isNotEmpty();
    scorer.score(new int[] {0, 3, 5}, all, second, cache);
    assertThat(second).containsExactly(first);
  }

  @Test
  void configurationsScoredTogetherGetTheBitsTheyGetAlone() {
    TransitionScorer scorer = scorer(true);
    int[][] features = {{1, 2, 4}, {0, 3, 5}, {1, 1, 1}, {5, 4, 4}, {2, 0, 3}};
    Map<Integer, double[]> cache = new HashMap<>();
    double[][] hidden = new double[features.length][];
    double[][] scores = new double[features.length][TRANSITIONS];
    for (int b = 0; b < features.length; b++) {
      hidden[b] = scorer.hidden(features[b], cache);
      java.util.Arrays.fill(scores[b], 9.0);
    }
    scorer.scores(hidden, features.length, scores);
    for (int b = 0; b < features.length; b++) {
      assertThat(scores[b]).containsExactly(plainScores(features[b], true));
    }
  }

  private TransitionScorer scorer(boolean floatSlices) {
    return new TransitionScorer(
        w1, e, b1, w2, precomputed, precomputedIds, FEATURES, floatSlices);
  }

  /** CoreNLP's Classifier.computeScores, one row after another. */
  private double[] plainScores(int[] feature, boolean floatSlices) {
    double[] hidden = new double[HIDDEN];
    for (int j = 0; j < FEATURES; j++) {
      Integer row = precomputedIds.get(feature[j] * FEATURES + j);
      if (row == null && !floatSlices) {
        // Without its cache CoreNLP adds the products straight into the hidden layer.
        for (int i = 0; i < HIDDEN; i++) {
          for (int k = 0; k < EMBEDDING; k++) {
            hidden[i] += w1[i][j * EMBEDDING + k] * e[feature[j]][k];
          }
        }
        continue;
      }
      double[] add = row != null ? precomputed[row] : slice(e[feature[j]], j * EMBEDDING, true);
      for (int i = 0; i < HIDDEN; i++) {
        hidden[i] += add[i];
      }
    }
    for (int i = 0; i < HIDDEN; i++) {
      hidden[i] += b1[i];
      hidden[i] = hidden[i] * hidden[i] * hidden[i];
    }
    double[] scores = new double[TRANSITIONS];
    for (int t = 0; t < TRANSITIONS; t++) {
      double s = 0;
      for (int i = 0; i < HIDDEN; i++) {
        s += hidden[i] * w2[t][i];
      }
      scores[t] = s;
    }
    return scores;
  }

  private double[] slice(float[] embedding, int offset, boolean roundToFloat) {
    double[] out = new double[HIDDEN];
    for (int i = 0; i < HIDDEN; i++) {
      double s = 0;
      for (int k = 0; k < EMBEDDING; k++) {
        s += w1[i][offset + k] * embedding[k];
      }
      out[i] = roundToFloat ? (float) s : s;
    }
    return out;
  }

  private float[][] matrix(int rows, int cols) {
    float[][] m = new float[rows][cols];
    for (float[] r : m) {
      for (int i = 0; i < cols; i++) {
        r[i] = (float) random.nextGaussian();
      }
    }
    return m;
  }
}
