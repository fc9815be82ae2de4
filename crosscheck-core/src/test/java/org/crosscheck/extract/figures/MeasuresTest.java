package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.figures.FigureFixture.figures;
import static org.crosscheck.extract.figures.FigureFixture.only;

import java.util.List;
import org.crosscheck.model.Figure;
import org.junit.jupiter.api.Test;

/** What a figure counts, normalized from the words around its number. */
class MeasuresTest {

  @Test
  void aVerbOfTheCountedNoun() {
    assertThat(only(figures("Militants have killed 45 villagers in the north."), 45).measure())
        .isEqualTo("killed");
    assertThat(only(figures("At least 80 people were injured in the collapse."), 80).measure())
        .isEqualTo("wounded");
  }

  @Test
  void theWordRightAfterTheNumber() {
    assertThat(
            figures("Officials counted 310 dead and 1,020 wounded after the earthquake."))
        .extracting(Figure::measure)
        .containsExactly("killed", "wounded");
  }

  @Test
  void aNationalityRightAfterTheNumberIsWhatItCounts() {
    Figure f = only(figures("Some 6.5 million Sudanese have fled their homes."), 6_500_000);
    assertThat(f.measure()).isEqualTo("displaced");
    assertThat(f.subject()).isEqualTo("Sudanese");
  }

  @Test
  void anAdjectiveBetweenNumberAndNounKeepsTheNoun() {
    Figure f = only(figures("The strike hit a school sheltering 2,000 displaced people."), 2000);
    assertThat(f.measure()).isEqualTo("displaced");
    assertThat(f.subject()).isEqualTo("people");
  }

  @Test
  void unaccountedForIsMissing() {
    assertThat(only(figures("Some 500 people remain unaccounted for after the flood."), 500).measure())
        .isEqualTo("missing");
  }

  @Test
  void aNounOfWhichTheCountedAreTheObject() {
    Figure f = only(figures("The war caused the displacement of nearly 800,000 people."), 800_000);
    assertThat(f.measure()).isEqualTo("displaced");
  }

  @Test
  void aDeathToll() {
    Figure f = only(figures("The death toll in the province rose to 412 on Tuesday."), 412);
    assertThat(f.measure()).isEqualTo("killed");
    assertThat(f.subject()).isEqualTo("death toll in the province");
  }

  @Test
  void takingRefugeIsSheltering() {
    Figure f = only(figures("About 20,000 villagers have taken refuge in the capital."), 20_000);
    assertThat(f.measure()).isEqualTo("sheltering");
  }

  @Test
  void hostagesHeldAndTaken() {
    List<Figure> fs =
        figures(
            "The gang is still holding about 40 hostages.",
            "Gunmen took 12 workers hostage at the mine.");
    assertThat(only(fs, 40).measure()).isEqualTo("hostages held");
    assertThat(only(fs, 12).measure()).isEqualTo("taken hostage");
  }

  @Test
  void tonsOfAid() {
    Figure f =
        only(figures("Convoys have delivered more than 2,500 tons of humanitarian assistance."), 2500);
    assertThat(f.measure()).isEqualTo("tons of aid");
  }

  @Test
  void aNestedFigureIsItsOwnFigureWithItsOwnSubject() {
    List<Figure> fs = figures("The fire killed 45 people, including 12 children.");
    assertThat(only(fs, 45).measure()).isEqualTo("killed");
    Figure children = only(fs, 12);
    assertThat(children.measure()).isEqualTo("killed");
    assertThat(children.subject()).isEqualTo("children");
  }

  @Test
  void aNestedFigureUnderATollTakesTheTollsMeasure() {
    List<Figure> fs = figures("The death toll climbed to 230, including 61 women.");
    assertThat(only(fs, 61).measure()).isEqualTo("killed");
  }

  @Test
  void aHeading() {
    Figure f = only(figures("Nearly 3,000 Killed"), 3000);
    assertThat(f.measure()).isEqualTo("killed");
  }

  @Test
  void aPercentageByWhichSomethingRoseOrFellIsAChangeOfIt() {
    List<Figure> fs =
        figures(
            "Home sales in the region plunged 12 percent in March.",
            "Wheat prices are down 4.5 percent, while rice prices rose by 8 percent.",
            "The new budget cut school spending by 3%.");
    assertThat(only(fs, 12).measure()).isEqualTo("decrease");
    assertThat(only(fs, 12).subject()).isEqualTo("Home sales in the region");
    assertThat(only(fs, 4.5).measure()).isEqualTo("decrease");
    assertThat(only(fs, 4.5).subject()).isEqualTo("Wheat prices");
    assertThat(only(fs, 8).measure()).isEqualTo("increase");
    assertThat(only(fs, 8).subject()).isEqualTo("rice prices");
    assertThat(only(fs, 3).measure()).isEqualTo("decrease");
    assertThat(only(fs, 3).subject()).isEqualTo("school spending");
  }

  @Test
  void aPronounDoesNotSayWhatChanged() {
    Figure f = only(figures("It fell 12% last year."), 12);
    assertThat(f.measure()).isEqualTo("decrease");
    assertThat(f.subject()).isNull();
  }

  @Test
  void aNounOfChangeSaysWhatChangedThroughItsCompound() {
    List<Figure> fs =
        figures(
            "The retailer now expects annual sales growth of 2.5 percent.",
            "Nurses were offered a 7% pay increase.");
    assertThat(only(fs, 2.5).measure()).isEqualTo("increase");
    assertThat(only(fs, 2.5).subject()).isEqualTo("sales");
    assertThat(only(fs, 7).subject()).isEqualTo("pay");
  }

  @Test
  void pointsGivenBesideThePercentageAreNotWhatChanged() {
    Figure f = only(figures("The main index fell 102 points, or 0.4%, to 27,934."), 0.4);
    assertThat(f.measure()).isEqualTo("decrease");
    assertThat(f.subject()).isEqualTo("main index");
  }

  @Test
  void aLevelReachedIsNotAChange() {
    assertThat(figures("Inflation rose to 6 percent in May.")).allSatisfy(
        f -> assertThat(f.measure()).isNotIn("increase", "decrease"));
  }

  @Test
  void whoeverKillsIsNotCountedAsKilled() {
    List<Figure> fs = figures("Some 12 gunmen killed 40 villagers in the raid.");
    assertThat(only(fs, 12).measure()).isEqualTo("gunmen");
    assertThat(only(fs, 40).measure()).isEqualTo("killed");
  }

  @Test
  void whatKilledInARelativeClauseIsNotCountedAsKilled() {
    List<Figure> fs =
        figures("Sales fell after 3 crashes of the new model in five months that killed 120 people.");
    assertThat(only(fs, 3).measure()).isNotEqualTo("killed");
    assertThat(only(fs, 120).measure()).isEqualTo("killed");
  }

  @Test
  void aPronounIsNotWhatAPercentageIsAShareOf() {
    assertThat(
            figures(
                "That is less than 2% of the annual budget.",
                "Still, that\u2019s under 3% of the city\u2019s spending."))
        .allSatisfy(f -> assertThat(f.measure()).isNotEqualTo("that"));
  }

  @Test
  void thoseARelativeClauseSaysDiedOrWereKilledAreCounted() {
    List<Figure> fs =
        figures(
            "The 14 miners who died in the collapse were buried on Friday.",
            "Families mourned the 300 villagers whom the militia killed.");
    assertThat(only(fs, 14).measure()).isEqualTo("killed");
    assertThat(only(fs, 300).measure()).isEqualTo("killed");
  }

  @Test
  void aNumberWordWithAPredicateOutsideTheLexiconIsNarrative() {
    assertThat(figures("The two parties have been unable to agree on a date.")).isEmpty();
    assertThat(only(figures("Ten fishermen are missing after the storm."), 10).measure())
        .isEqualTo("missing");
  }
}
