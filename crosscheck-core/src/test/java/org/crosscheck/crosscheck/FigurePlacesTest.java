package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Qualifier;
import org.junit.jupiter.api.Test;

/** The place of a figure whose subject names none, read around it. */
class FigurePlacesTest {
  private static final String TEXT =
      "Talks resumed in Port Lune on Monday. Aid reached Port Lune by sea.\n\n"
          + "In all, 900 people died in the raid on Vardia, and nearly 400 people were killed in"
          + " Oster's reprisal in Port Lune, officials said.\n\n"
          + "According to the Ministry of Health, 4,210 people have been killed in the war.\n\n"
          + "Close to 4,000 Killed";

  private final Article article =
      Fixtures.article("a", "Northern Times", "2025-02-10", TEXT.split("\n\n"));
  private final FigurePlaces places = new FigurePlaces(new Outlets(List.of(article)));

  private Figure figure(String number, String sentenceStart) {
    String text = article.text();
    int s = text.indexOf(sentenceStart);
    int end = text.indexOf("\n\n", s);
    String sentence = text.substring(s, end < 0 ? text.length() : end);
    int at = text.indexOf(number, s);
    return new Figure(
        "f",
        "a",
        1,
        Qualifier.EXACT,
        "killed",
        "people",
        null,
        LocalDate.parse("2025-02-10"),
        new Evidence("a", sentence, at, at + number.length()));
  }

  @Test
  void eachFigureOfASentenceTakesThePlaceInItsOwnStretch() {
    assertThat(places.around(figure("900", "In all"))).isEqualTo("Vardia");
    assertThat(places.around(figure("400", "In all"))).isEqualTo("Port Lune");
  }

  @Test
  void anOfficeIsNoPlaceAndTheArticlesMainPlaceStandsIn() {
    assertThat(places.around(figure("4,210", "According"))).isEqualTo("Port Lune");
    assertThat(places.around(figure("4,000", "Close to"))).isEqualTo("Port Lune");
  }
}
