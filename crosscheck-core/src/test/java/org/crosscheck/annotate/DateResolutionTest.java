package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.TimeMention;
import org.crosscheck.model.Token;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Relative dates resolve against the publication date the way a reader resolves them: news
 * reports the past, so a weekday or a month and day with no year is the last one before the
 * article unless the sentence speaks of the future.
 */
class DateResolutionTest {

  private static final LocalDate THURSDAY_2024_03_21 = LocalDate.of(2024, 3, 21);
  private static final LocalDate MONDAY_2021_05_17 = LocalDate.of(2021, 5, 17);

  @Test
  void aWeekdayInThePastIsTheLastOneBeforePublication() {
    assertThat(value(THURSDAY_2024_03_21, "The minister spoke on Wednesday in an interview.", "Wednesday"))
        .isEqualTo("2024-03-20");
    assertThat(value(MONDAY_2021_05_17, "The envoy arrived in the region on Saturday.", "Saturday"))
        .isEqualTo("2021-05-15");
  }

  @Test
  void aWeekdayInTheFutureIsTheNextOne() {
    assertThat(value(MONDAY_2021_05_17, "The meeting will take place on Tuesday.", "Tuesday"))
        .isEqualTo("2021-05-18");
  }

  @Test
  void lastMonth() {
    assertThat(value(THURSDAY_2024_03_21, "Last month the council rejected the plan.", "month"))
        .isEqualTo("2024-02");
  }

  @Test
  void sinceAMonthAndDayIsInThePastEvenBesideWill() {
    assertThat(value(THURSDAY_2024_03_21, "The war has raged since October 7.", "October"))
        .isEqualTo("2023-10-07");
    assertThat(
            value(
                THURSDAY_2024_03_21,
                "This is his sixth trip to the region since October 7, which will include a stop"
                    + " in Cairo.",
                "October"))
        .isEqualTo("2023-10-07");
  }

  @Test
  void anOrdinalDayOfAMonth() {
    assertThat(
            value(
                THURSDAY_2024_03_21,
                "He vowed to make sure that October 7th never happens again.",
                "October"))
        .isEqualTo("2023-10-07");
  }

  @Test
  void aMonthAndDayWithNoTenseIsTheNearerOne() {
    assertThat(
            value(
                THURSDAY_2024_03_21,
                "We must make sure that October 7th never happens again.",
                "October"))
        .isEqualTo("2023-10-07");
    assertThat(
            value(THURSDAY_2024_03_21, "Elections in the region are a key test on April 2.", "April"))
        .isEqualTo("2024-04-02");
  }

  @Test
  void lastMonday() {
    assertThat(value(MONDAY_2021_05_17, "The fighting erupted last Monday.", "Monday"))
        .isEqualTo("2021-05-10");
  }

  @Test
  void earlierToday() {
    assertThat(value(THURSDAY_2024_03_21, "Officials said earlier today that the border reopened.", "today"))
        .isEqualTo("2024-03-21");
  }

  @Test
  void nextWeek() {
    assertThat(value(THURSDAY_2024_03_21, "The envoy will return next week.", "week"))
        .isEqualTo("2024-W13");
  }

  @Test
  void anExplicitDateKeepsItsYear() {
    assertThat(
            value(
                LocalDate.of(2024, 5, 1),
                "Talks were held in Cairo on March 22, 2024, officials said.",
                "March"))
        .isEqualTo("2024-03-22");
  }

  @Test
  void anOrdinalCountOfDaysIsNotADate() {
    AnnotatedArticle a =
        Texts.annotateOn(THURSDAY_2024_03_21, "Mediators met for a third day in Doha.");
    assertThat(times(a))
        .filteredOn(t -> t.text().contains("day"))
        .allSatisfy(t -> assertThat(t.value()).isNull());
  }

  /**
   * {@link DateRepair} alone, on tokens written for the test, so the rule is checked whatever
   * SUTime itself makes of the sentence.
   */
  @Nested
  class Repair {
    private final DateRepair repair = new DateRepair();

    @Test
    void aTenselessMonthAndDayAfterPublicationTakesTheNearerYear() {
      List<Token> tokens = tokens("We/PRP must/MD remember/VB October/NNP 7th/JJ ./.");
      assertThat(repair.repair("2024-10-07", "October 7th", tokens, 3, 5, THURSDAY_2024_03_21))
          .isEqualTo("2023-10-07");
      assertThat(repair.repair("2024-04-02", "April 2", tokens, 3, 5, THURSDAY_2024_03_21))
          .isEqualTo("2024-04-02");
    }

    @Test
    void aFutureSentenceKeepsTheDateAhead() {
      List<Token> tokens = tokens("Talks/NNS will/MD resume/VB October/NNP 7/CD ./.");
      assertThat(repair.repair("2024-10-07", "October 7", tokens, 3, 5, THURSDAY_2024_03_21))
          .isEqualTo("2024-10-07");
    }

    @Test
    void aPastSentenceMovesTheDateBack() {
      List<Token> tokens = tokens("Talks/NNS ended/VBD October/NNP 7/CD ./.");
      assertThat(repair.repair("2024-10-07", "October 7", tokens, 2, 4, THURSDAY_2024_03_21))
          .isEqualTo("2023-10-07");
    }

    private List<Token> tokens(String tagged) {
      List<Token> out = new java.util.ArrayList<>();
      int offset = 0;
      for (String wt : tagged.split(" ")) {
        String[] p = wt.split("/");
        out.add(new Token(out.size(), p[0], p[0].toLowerCase(), p[1], "O", null, offset,
            offset + p[0].length()));
        offset += p[0].length() + 1;
      }
      return out;
    }
  }

  /** The value of the time mention whose text contains {@code word}. */
  private static String value(LocalDate published, String sentence, String word) {
    List<TimeMention> hits =
        times(Texts.annotateOn(published, sentence)).stream()
            .filter(t -> t.text().contains(word))
            .toList();
    assertThat(hits).as("time mentions with %s in: %s", word, sentence).hasSize(1);
    return hits.get(0).value();
  }

  private static List<TimeMention> times(AnnotatedArticle a) {
    return a.sentences().stream().map(Sentence::times).flatMap(List::stream).toList();
  }
}
