package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Every slice must have the bits of CoreNLP's arithmetic, written out here the plain way (each
 * float product widened and added in order, the sum rounded to float), whichever way {@link
 * W1Slices} takes: on random weights, on weights and embeddings full of products that lie half-way
 * between two floats, and on a model whose products leave float's normal range.
 */
class W1SlicesTest {

  private static final int UNITS = 37;
  private static final int POSITIONS = 3;
  private static final int SIZE = 6;
  // Values with many trailing zeros in their significands (1.5, 0.1875: 22; 1.25: 21), powers of
  // two, zeros of both signs, and their neighbours with odd significands.
  private static final float[] ROUND = {
    1.5f, -0.1875f, 1.25f, 3f * 0x1p-10f, 0.5f, -4f, 0f, -0f, 1 + 0x1p-23f, 1 + 3 * 0x1p-23f,
    -(1 + 0x1p-22f + 0x1p-23f), 0.75f + 0x1p-24f
  };

  private final Random random = new Random(11);

  @Test
  void randomWeightsGiveThePlainBits() {
    float[][] w1 = matrix(UNITS, POSITIONS * SIZE, 0);
    float[][] e = matrix(40, SIZE, 0);
    assertAllSlicesPlain(w1, e);
  }

  @Test
  void productsHalfWayBetweenFloatsGiveThePlainBits() {
    // Half the weights and components are round values: many products are ties, and the
    // embeddings with few zeros take the fast way with their risky units recomputed, those with
    // many take the plain loop.
    float[][] w1 = matrix(UNITS, POSITIONS * SIZE, 0.5);
    float[][] e = matrix(200, SIZE, 0.5);
    assertAllSlicesPlain(w1, e);
  }

  @Test
  void productsBelowFloatsNormalRangeGiveThePlainBits() {
    float[][] w1 = matrix(UNITS, POSITIONS * SIZE, 0);
    float[][] e = matrix(40, SIZE, 0);
    w1[3][4] = 1e-30f;
    e[5][4] = 1e-20f;
    assertAllSlicesPlain(w1, e);
  }

  @Test
  void trailingZerosCountTheSignificandAndSkipExactProducts() {
    assertThat(W1Slices.trailingZeros(1.5f)).isEqualTo(22);
    assertThat(W1Slices.trailingZeros(-0.1875f)).isEqualTo(22);
    assertThat(W1Slices.trailingZeros(1 + 0x1p-23f)).isZero();
    assertThat(W1Slices.trailingZeros(1f)).isEqualTo(-1);
    assertThat(W1Slices.trailingZeros(0x1p-20f)).isEqualTo(-1);
    assertThat(W1Slices.trailingZeros(-0f)).isEqualTo(-1);
  }

  private static void assertAllSlicesPlain(float[][] w1, float[][] e) {
    W1Slices slices = new W1Slices(w1, e);
    for (int t = 0; t < e.length; t++) {
      for (int p = 0; p < POSITIONS; p++) {
        assertThat(slices.slice(e[t], p))
            .as("embedding %d at position %d", t, p)
            .containsExactly(plainSlice(w1, e[t], p));
      }
    }
  }

  /** CoreNLP's classifier: each unit's float products summed in double, rounded to float. */
  private static double[] plainSlice(float[][] w1, float[] e, int position) {
    double[] out = new double[w1.length];
    for (int i = 0; i < w1.length; i++) {
      double sum = 0;
      for (int k = 0; k < e.length; k++) {
        sum += w1[i][position * e.length + k] * e[k];
      }
      out[i] = (float) sum;
    }
    return out;
  }

  private float[][] matrix(int rows, int cols, double roundShare) {
    float[][] m = new float[rows][cols];
    for (float[] r : m) {
      for (int i = 0; i < cols; i++) {
        r[i] =
            random.nextDouble() < roundShare
                ? ROUND[random.nextInt(ROUND.length)]
                : (float) random.nextGaussian();
      }
    }
    return m;
  }
}
