package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The parts of the story score. */
class StorySimilarityTest {
  private final StorySimilarity sim = new StorySimilarity(StoryOptions.defaults());

  @Test
  void theDateFactorFallsWithTheGapBetweenSpans() {
    DateSpan trip = DateSpan.parse("2025-06-09..2025-06-11");
    assertThat(sim.dateFactor(trip, DateSpan.parse("2025-06-10"))).isEqualTo(1.0);
    assertThat(sim.dateFactor(trip, DateSpan.parse("2025-06-12"))).isCloseTo(0.82, within(0.01));
    assertThat(sim.dateFactor(trip, DateSpan.parse("2025-07-11"))).isLessThan(0.01);
  }

  @Test
  void anUndatedSideGetsTheUnknownDateFactor() {
    assertThat(sim.dateFactor(null, DateSpan.parse("2025-06-10"))).isEqualTo(0.5);
  }

  @Test
  void actorOverlapIsMeasuredOnTheShorterList() {
    StorySimilarity.Profile a =
        new StorySimilarity.Profile(Map.of("quota", 1.0), Map.of("Mara Lind", 3), null);
    StorySimilarity.Profile b =
        new StorySimilarity.Profile(
            Map.of("harbour", 1.0), Map.of("mara lind", 1, "Rui Costa", 4, "Portugal", 2), null);
    StorySimilarity.Score s = sim.score(a, b, t -> 1.0);
    assertThat(s.actors()).isEqualTo(1.0);
    assertThat(s.text()).isZero();
    assertThat(s.total()).isCloseTo(0.3 * 0.5, within(1e-9));
  }
}
