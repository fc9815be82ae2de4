package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.figures.FigureFixture.figures;
import static org.crosscheck.extract.figures.FigureFixture.only;

import java.util.List;
import org.crosscheck.model.Figure;
import org.junit.jupiter.api.Test;

/** Who a figure is attributed to. */
class SourcesTest {

  @Test
  void accordingToBeforeTheFigure() {
    List<Figure> fs =
        figures("According to the regional health office, 85 people have been killed, and 140 wounded.");
    assertThat(only(fs, 85).source()).isEqualTo("regional health office");
    assertThat(only(fs, 140).source()).isEqualTo("regional health office");
  }

  @Test
  void accordingToAfterTheFigureCoversOnlyTheLastClause() {
    List<Figure> fs =
        figures(
            "Five people were killed in the north, and 20 people were killed in the south,"
                + " according to local officials.");
    assertThat(only(fs, 5).source()).isNull();
    assertThat(only(fs, 20).source()).isEqualTo("local officials");
  }

  @Test
  void aSubjectThatSaysThat() {
    Figure f = only(figures("The army says that 14 soldiers were wounded in the attack."), 14);
    assertThat(f.source()).isEqualTo("army");
  }

  @Test
  void aQuotedFigureAndItsSpeaker() {
    Figure f = only(figures("\u201cOver 200 families have fled their homes,\u201d the mayor said."), 200);
    assertThat(f.measure()).isEqualTo("displaced");
    assertThat(f.source()).isEqualTo("mayor");
  }

  @Test
  void aNamedPersonIsNamedInFull() {
    Figure f =
        only(
            figures(
                "Maria Lopez leads the relief agency.",
                "Lopez said 60 people were killed in the landslide."),
            60);
    assertThat(f.source()).isEqualTo("Maria Lopez");
  }

  @Test
  void aReportingVerbAtTheEndCoversTheWholeSentence() {
    List<Figure> fs =
        figures(
            "The quake killed at least 2,100 people and injured more than 9,000, the disaster"
                + " ministry said on Sunday.");
    assertThat(fs).extracting(Figure::source).containsExactly("disaster ministry", "disaster ministry");
    // Said on Sunday, in a paper of Thursday 2024-03-21: the figures stood on 2024-03-17.
    assertThat(fs).extracting(f -> f.asOf().toString()).containsOnly("2024-03-17");
  }

  @Test
  void noSourceWhenTheWriterStatesIt() {
    assertThat(only(figures("At least 30 people died in the attack."), 30).source()).isNull();
  }

  @Test
  void aRelativeClauseIsNotPartOfWhatIsReported() {
    Figure f =
        only(
            figures(
                "The governor insisted that troops will enter the valley, where about 9,000"
                    + " people are sheltering."),
            9000);
    assertThat(f.measure()).isEqualTo("sheltering");
    assertThat(f.source()).isNull();
  }

  @Test
  void aReporterNamedAfterItsVerbAtTheEnd() {
    assertThat(
            only(
                figures("Floods have killed 40 people in the province this week, reports Reuters."),
                40)
            .source())
        .isEqualTo("Reuters");
    assertThat(only(figures("At least 16 miners are missing, said the governor."), 16).source())
        .isEqualTo("governor");
  }

  @Test
  void aParticipleAfterTheCommaNamesNoReporter() {
    Figure f =
        only(figures("Officials said 12 people died, telling reporters the toll could rise."), 12);
    assertThat(f.source()).isEqualTo("Officials");
  }
}
