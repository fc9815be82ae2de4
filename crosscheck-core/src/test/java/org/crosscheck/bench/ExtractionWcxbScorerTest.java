package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The WCXB body scoring rule. */
class ExtractionWcxbScorerTest {

  @Test
  void tokensAreLowerCasedAndCountedAsABag() {
    var s = ExtractionWcxbScorer.score("The cat saw the dog", "the THE cat");
    // shared: the x2, cat -> 3; predicted 3; true 5
    assertThat(s.precision()).isCloseTo(1.0, within(1e-9));
    assertThat(s.recall()).isCloseTo(0.6, within(1e-9));
    assertThat(s.f1()).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void emptyTruthAndEmptyPredictionScoreOne() {
    assertThat(ExtractionWcxbScorer.score("", "").f1()).isEqualTo(1.0);
    assertThat(ExtractionWcxbScorer.score("", "something").f1()).isEqualTo(0.0);
  }

  @Test
  void snippetsMatchAsTokenSequences() {
    assertThat(ExtractionWcxbScorer.contains("Sign up   for our\nnewsletter!", "sign up for our newsletter"))
        .isTrue();
    assertThat(ExtractionWcxbScorer.contains("Sign up for our daily newsletter", "sign up for our newsletter"))
        .isFalse();
  }
}
