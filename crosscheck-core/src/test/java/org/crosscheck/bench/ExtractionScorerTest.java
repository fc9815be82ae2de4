package org.crosscheck.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The article-extraction scoring rule. */
class ExtractionScorerTest {

  @Test
  void tokensAreUnicodeWordRuns() {
    assertThat(ExtractionScorer.tokens("Él dijo: «ça va», 42-fois; naïve_user!"))
        .containsExactly("Él", "dijo", "ça", "va", "42", "fois", "naïve_user");
  }

  @Test
  void shinglesAreFourTokenRunsCountedAsAMultiset() {
    var s = ExtractionScorer.shingles("a b c d a b c d");
    assertThat(s).hasSize(4);
    assertThat(s.get(List.of("a", "b", "c", "d"))).isEqualTo(2);
    assertThat(s.get(List.of("b", "c", "d", "a"))).isEqualTo(1);
  }

  @Test
  void aShortTextIsOneShingle() {
    assertThat(ExtractionScorer.shingles("one two").keySet()).containsExactly(List.of("one", "two"));
    assertThat(ExtractionScorer.shingles("").keySet()).containsExactly(List.of());
  }

  @Test
  void countsAreNormalisedPerPage() {
    // truth: a b c d, b c d e, c d e f; predicted: a b c d, b c d e, c d e x.
    ExtractionScorer.Match m = ExtractionScorer.match("a b c d e f", "a b c d e x");
    assertThat(m.tp()).isCloseTo(2.0 / 4, within(1e-9));
    assertThat(m.fp()).isCloseTo(1.0 / 4, within(1e-9));
    assertThat(m.fn()).isCloseTo(1.0 / 4, within(1e-9));
  }

  @Test
  void aPageWithNoFalsePositiveOrNegativeScoresOne() {
    ExtractionScorer.Match m = ExtractionScorer.match("", "");
    assertThat(m.perfect()).isTrue();
    assertThat(ExtractionScorer.precision(List.of(m))).isEqualTo(1.0);
    assertThat(ExtractionScorer.recall(List.of(m))).isEqualTo(1.0);
  }

  @Test
  void precisionAndRecallAreMeansOverPages() {
    var perfect = ExtractionScorer.match("a b c d", "a b c d");
    var half = ExtractionScorer.match("a b c d e", "a b c d x");
    // half: tp 1, fp 1, fn 1 -> precision 0.5, recall 0.5
    assertThat(ExtractionScorer.precision(List.of(perfect, half))).isCloseTo(0.75, within(1e-9));
    assertThat(ExtractionScorer.recall(List.of(perfect, half))).isCloseTo(0.75, within(1e-9));
    assertThat(ExtractionScorer.f1(0.75, 0.75)).isCloseTo(0.75, within(1e-9));
  }

  @Test
  void accuracyComparesTokenListsNotWhitespaceOrPunctuation() {
    assertThat(ExtractionScorer.exact("Hello, world.\n\nBye", "Hello world Bye")).isTrue();
    assertThat(ExtractionScorer.exact("Hello world", "hello world")).isFalse();
  }
}
