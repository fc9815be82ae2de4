package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.figures.FigureFixture.figures;
import static org.crosscheck.extract.figures.FigureFixture.only;

import java.util.List;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Qualifier;
import org.junit.jupiter.api.Test;

/** How exact a figure is, from the words before its number. */
class QualifiersTest {

  private static final List<Figure> FIGURES =
      figures(
          "At least 40 people were killed in the blast.",
          "More than 300 people were wounded.",
          "Close to 9,000 residents were displaced.",
          "About 70 miners are missing.",
          "Nearly 1,500 families have fled the town.",
          "Over 25 people were arrested.",
          "Exactly 16 soldiers died in the ambush.");

  @Test
  void readsEachQualifier() {
    assertThat(only(FIGURES, 40).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only(FIGURES, 300).qualifier()).isEqualTo(Qualifier.MORE_THAN);
    assertThat(only(FIGURES, 9000).qualifier()).isEqualTo(Qualifier.CLOSE_TO);
    assertThat(only(FIGURES, 70).qualifier()).isEqualTo(Qualifier.ABOUT);
    assertThat(only(FIGURES, 1500).qualifier()).isEqualTo(Qualifier.NEARLY);
    assertThat(only(FIGURES, 25).qualifier()).isEqualTo(Qualifier.MORE_THAN);
  }

  @Test
  void anUnqualifiedNumberIsExact() {
    assertThat(only(FIGURES, 16).qualifier()).isEqualTo(Qualifier.EXACT);
  }

  @Test
  void aPercentageIsMarkedPercent() {
    Figure f = only(figures("Nearly 60% of the children in the camp are malnourished."), 60);
    assertThat(f.qualifier()).isEqualTo(Qualifier.PERCENT);
    assertThat(f.measure()).contains("malnourished");
    assertThat(f.subject()).contains("children");
  }

  @Test
  void percentagesWrittenOutAndTheirShares() {
    List<Figure> fs =
        figures(
            "Turnout was 61 percent, the election commission said.",
            "Officials said 40 per cent of the city had no electricity.");
    assertThat(only(fs, 61).qualifier()).isEqualTo(Qualifier.PERCENT);
    assertThat(only(fs, 61).measure()).isEqualTo("turnout");
    assertThat(only(fs, 40).qualifier()).isEqualTo(Qualifier.PERCENT);
    assertThat(only(fs, 40).measure()).isEqualTo("had no electricity");
  }

  @Test
  void theEvidenceSpanCoversQualifierAndNumber() {
    List<Figure> fs = figures("At least 40 people were killed in the blast.");
    Figure f = only(fs, 40);
    assertThat(f.evidence().sentence()).isEqualTo("At least 40 people were killed in the blast.");
    assertThat(f.evidence().start()).isEqualTo(0);
    assertThat(f.evidence().end()).isEqualTo("At least 40".length());
  }

  @Test
  void asManyAsIsACeiling() {
    Figure f = only(figures("Local reports say as many as 150 villagers were killed."), 150);
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(only(figures("As many of the 150 villagers fled, 20 were killed."), 20).qualifier())
        .isEqualTo(Qualifier.EXACT);
  }

  @Test
  void orMoreAfterTheNumberIsAFloor() {
    Figure f = only(figures("A million or more residents have fled the region."), 1_000_000);
    assertThat(f.qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only(figures("Police arrested 40 or 50 protesters."), 40).qualifier())
        .isEqualTo(Qualifier.EXACT);
  }

  @Test
  void theEndsOfARangeAreAFloorAndACeiling() {
    List<Figure> fs =
        figures(
            "Between 10 and 15 people were killed in the raid.",
            "In the camps, 40 to 80 percent of the children are malnourished.");
    assertThat(only(fs, 10).qualifier()).isEqualTo(Qualifier.AT_LEAST);
    assertThat(only(fs, 10).measure()).isEqualTo("killed");
    assertThat(only(fs, 15).qualifier()).isEqualTo(Qualifier.AT_MOST);
    assertThat(only(fs, 40).qualifier()).isEqualTo(Qualifier.PERCENT);
    assertThat(only(fs, 40).measure()).isEqualTo(only(fs, 80).measure());
  }

  @Test
  void aChangeFromOneLevelToAnotherIsNoRange() {
    List<Figure> fs = figures("The number of people killed rose from 300 to 450 on Monday.");
    assertThat(fs).allSatisfy(f -> assertThat(f.qualifier()).isEqualTo(Qualifier.EXACT));
  }
}
