package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.figures.FigureFixture.figures;
import static org.crosscheck.extract.figures.FigureFixture.figuresOn;
import static org.crosscheck.extract.figures.FigureFixture.only;

import java.time.LocalDate;
import org.crosscheck.model.Figure;
import org.junit.jupiter.api.Test;

/** Of whom a figure counts, and as of when. */
class SubjectsAndDatesTest {

  @Test
  void theCountedNounWithItsModifiers() {
    Figure f = only(figures("About 4,000 Sudanese refugees in Chad are sheltering in camps."), 4000);
    assertThat(f.subject()).isEqualTo("Sudanese refugees in Chad");
  }

  @Test
  void thePlaceOfTheClauseCompletesTheSubject() {
    Figure f = only(figures("Twelve people have been killed in Haiti this week."), 12);
    assertThat(f.subject()).isEqualTo("people in Haiti");
  }

  @Test
  void thePlaceARelativeClauseHangsOn() {
    Figure f =
        only(figures("Troops surrounded Goma, where about 300,000 villagers are sheltering."), 300_000);
    assertThat(f.subject()).isEqualTo("villagers in Goma");
  }

  @Test
  void hostagesAreCountedAsPeople() {
    Figure f = only(figures("The gunmen took about 60 passengers hostage on the train."), 60);
    assertThat(f.measure()).isEqualTo("taken hostage");
    assertThat(f.subject()).isEqualTo("passengers");
  }

  @Test
  void coordinatedNounsAreOneGroup() {
    Figure f = only(figures("The agency said 500 soldiers and civilians were killed."), 500);
    assertThat(f.subject()).isEqualTo("soldiers and civilians");
  }

  @Test
  void asOfThePublicationDateByDefault() {
    Figure f = only(figuresOn(LocalDate.of(2022, 6, 1), "At least 30 people died in the attack."), 30);
    assertThat(f.asOf()).isEqualTo(LocalDate.of(2022, 6, 1));
  }

  @Test
  void asOfTheDayTheSentenceGivesForTheFigure() {
    // Published Thursday 2024-03-21: "on Tuesday" is 2024-03-19.
    Figure f = only(figures("Seventeen people were killed in the city on Tuesday."), 17);
    assertThat(f.asOf()).isEqualTo(LocalDate.of(2024, 3, 19));
  }

  @Test
  void aDateThatOpensARangeIsNotTheFiguresDate() {
    Figure f = only(figures("More than 900 people have been killed since January 5."), 900);
    assertThat(f.asOf()).isEqualTo(LocalDate.of(2024, 3, 21));
  }

  @Test
  void aVerbOfCountingIsNotATallyPhrase() {
    Figure f = only(figures("Rescuers counted 310 dead after the earthquake."), 310);
    assertThat(f.subject()).isNull();
    Figure toll = only(figures("The death toll in the province rose to 310."), 310);
    assertThat(toll.subject()).isEqualTo("death toll in the province");
  }

  @Test
  void aDateOnTheVerbWhoseObjectIsTheCount() {
    Figure f = only(figures("The company had 12,500 employees on June 30, 2023."), 12_500);
    assertThat(f.asOf()).isEqualTo(LocalDate.of(2023, 6, 30));
    Figure since = only(figures("The agency has registered 9,000 refugees since June 30."), 9000);
    assertThat(since.asOf()).isEqualTo(LocalDate.of(2024, 3, 21));
  }
}
