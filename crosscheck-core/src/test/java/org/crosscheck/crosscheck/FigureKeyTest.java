package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.Qualifier;
import org.junit.jupiter.api.Test;

/** Subjects from different outlets normalise to one key. */
class FigureKeyTest {
  private static FigureKey key(String measure, String subject) {
    return FigureKey.of(Fixtures.figure("a", 10, Qualifier.EXACT, measure, subject, null));
  }

  @Test
  void peopleAndTheirDemonymInOnePlaceAreOneGroup() {
    assertThat(key("killed", "people in Vardia"))
        .isEqualTo(key("dead", "Vardians in Vardia"))
        .isEqualTo(key("death toll", "civilians in the Vardia Strip"))
        .isEqualTo(key("killed", "residents of Vardia since May 3"));
  }

  @Test
  void thePlaceIsNotAPossessorNorAMonth() {
    assertThat(key("killed", "people in Oster's counteroffensive in Vardia").place())
        .isEqualTo("Vardia");
    assertThat(key("killed", "people in the October 7 attack").place()).isNull();
    assertThat(key("killed", "people in southern Vardia").place()).isEqualTo("Vardia");
  }

  @Test
  void subgroupsAndIncidentsKeepTheirOwnKeys() {
    assertThat(key("killed", "children in Vardia").group()).isEqualTo("children");
    assertThat(key("killed", "people in an air strike on Vardia").incident()).isEqualTo("strike");
    assertThat(key("held", "hostages held by the militia").comparable()).isTrue();
    assertThat(key("killed", "people").comparable()).isFalse();
  }

  @Test
  void rangesFollowQualifiersAndRoundness() {
    assertThat(FigureRange.of(32_000, Qualifier.EXACT).overlaps(FigureRange.of(31_988, null)))
        .isTrue();
    assertThat(FigureRange.of(29_500, Qualifier.EXACT).overlaps(FigureRange.of(31_988, null)))
        .isFalse();
    assertThat(FigureRange.of(32_000, Qualifier.CLOSE_TO).overlaps(FigureRange.of(31_988, null)))
        .isTrue();
    assertThat(
            FigureRange.of(1_000_000, Qualifier.MORE_THAN)
                .overlaps(FigureRange.of(1_500_000, Qualifier.ABOUT)))
        .isTrue();
    assertThat(
            FigureRange.of(1_000_000, Qualifier.MORE_THAN)
                .overlaps(FigureRange.of(3_000_000, Qualifier.ABOUT)))
        .isFalse();
  }
}
