package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.figures.FigureFixture.figures;
import static org.crosscheck.extract.figures.FigureFixture.only;

import org.crosscheck.model.Figure;
import org.junit.jupiter.api.Test;

/** Which numbers are reported figures, and their values. */
class QuantitiesTest {

  @Test
  void readsNumbersWrittenAsWords() {
    assertThat(only(figures("Ten villagers were killed in the flooding."), 10).measure())
        .isEqualTo("killed");
  }

  @Test
  void readsMillionsWrittenWithDecimalsOrWords() {
    assertThat(figures("About 2.5 million residents have been displaced by the storm."))
        .extracting(Figure::value)
        .containsExactly(2_500_000.0);
    assertThat(figures("More than a million people were displaced by the floods."))
        .extracting(Figure::value)
        .containsExactly(1_000_000.0);
  }

  @Test
  void rejectsMemberCountsOfOrganisations() {
    assertThat(figures("The 40-member committee said 12 people were injured."))
        .extracting(Figure::value)
        .containsExactly(12.0);
  }

  @Test
  void rejectsDatesDurationsAndOrdinals() {
    assertThat(
            figures(
                "The five-day truce began on March 3, 2022, the second truce this year.",
                "It was his fourth visit since 2019, and it lasted 3 hours."))
        .isEmpty();
  }

  @Test
  void rejectsVagueAmounts() {
    assertThat(figures("Several thousand protesters were arrested, and dozens were injured."))
        .isEmpty();
  }

  @Test
  void rejectsLabelsAndPartitives() {
    assertThat(
            figures(
                "Number one on the list is clean water.",
                "It was one of the worst storms in memory."))
        .isEmpty();
  }

  @Test
  void rejectsNamesSizesAndMoney() {
    assertThat(
            figures(
                "Resolution 2728 passed after a boy aged 12 was found 5 kilometres from the"
                    + " border.",
                "The United States approved $14 billion in military aid and sent F-16 jets.",
                "The team won by 3 points in the final.",
                "Particles smaller than 2.5 microns reach deep into the lungs."))
        .isEmpty();
  }

  @Test
  void dropsSmallWordCountsWithNoMeasure() {
    // Narrative counts, not reported figures: documented in RuleFigureExtractor.
    assertThat(figures("The two leaders discussed three proposals with four aides.")).isEmpty();
  }

  @Test
  void keepsDigitCountsOfOtherThingsWithTheNounAsMeasure() {
    Figure trucks = only(figures("Some 300 trucks entered the territory on Monday."), 300);
    assertThat(trucks.measure()).isEqualTo("trucks");
  }

  @Test
  void yieldsARepeatedFigureOnce() {
    assertThat(figures("\u201c40% of the workers are unemployed, 40%,\u201d she said."))
        .extracting(Figure::value)
        .containsExactly(40.0);
  }

  @Test
  void rejectsNumbersThatArePartOfAName() {
    assertThat(
            figures(
                "The Nikkei 225 index closed higher on Friday.",
                "Police sealed off sector 7 of the camp.",
                "The carrier ordered 40 747 freighters after a crash of its 767 Cargo jet.",
                "Its order of 777x jets was cut."))
        .extracting(Figure::value)
        .containsExactly(40.0);
  }

  @Test
  void keepsCountsAfterAPlaceADateOrBeforeAProperNoun() {
    assertThat(
            figures(
                "In Gaza 2,000 homes were destroyed.",
                "On Sunday 12 people were killed in the village.",
                "The carrier ordered 30 Boeing jets."))
        .extracting(Figure::value)
        .containsExactly(2000.0, 12.0, 30.0);
  }

  @Test
  void readsHyphenatedNumeralsButNotHyphenatedAttributes() {
    assertThat(figures("Sixty-two percent of voters backed the measure."))
        .extracting(Figure::value)
        .containsExactly(62.0);
    assertThat(figures("A twenty-one-member panel found 12 people were injured."))
        .extracting(Figure::value)
        .containsExactly(12.0);
  }

  @Test
  void aCountOfNoneOfAnUnknownThingIsPageFurniture() {
    assertThat(figures("0 Comments")).isEmpty();
    assertThat(only(figures("Officials reported 0 deaths in the district."), 0).measure())
        .isEqualTo("killed");
  }

  @Test
  void readsIndianNumberingWords() {
    assertThat(figures("The state distributed 50 lakh masks to schools."))
        .extracting(Figure::value)
        .containsExactly(5_000_000.0);
    assertThat(figures("The state distributed 50 masks to schools."))
        .extracting(Figure::value)
        .containsExactly(50.0);
  }
}
