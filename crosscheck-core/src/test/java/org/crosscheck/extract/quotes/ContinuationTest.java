package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.quotes.Extracted.quotes;
import static org.crosscheck.extract.quotes.Extracted.startingWith;

import java.util.List;
import org.crosscheck.model.Quote;
import org.junit.jupiter.api.Test;

/** Quotes whose own sentence names no speaker continue a speaker named nearby. */
class ContinuationTest {

  @Test
  void aQuoteSplitByItsAttributionIsTwoQuotesOfOneSpeaker() {
    List<Quote> qs =
        quotes("“We will rebuild the bridge,” Mayor Anna Kowalski said on Monday. “It will take two years and a lot of patience.”");
    assertThat(qs).hasSize(2);
    assertThat(startingWith(qs, "It will take").speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void heAddedContinuesThePreviousSpeaker() {
    List<Quote> qs =
        quotes(
            "“The talks were useful and frank,” Foreign Minister Karl Jensen said.",
            "“We expect another round next month,” he added.");
    assertThat(startingWith(qs, "We expect").speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void aPronounFollowsTheLastPersonWhoSpokeEvenWithoutAQuote() {
    List<Quote> qs =
        quotes(
            "“The talks were useful,” Foreign Minister Karl Jensen said.",
            "Anna Kowalski said in a statement that the city would help.",
            "“We have opened every school to the families,” she said.");
    assertThat(startingWith(qs, "We have opened").speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void aQuoteSpanningTwoSentencesIsOneQuote() {
    List<Quote> qs =
        quotes("“The floods destroyed four villages. Thousands of people lost their homes,” Anna Kowalski said.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text())
        .isEqualTo("The floods destroyed four villages. Thousands of people lost their homes");
    assertThat(qs.get(0).speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void aPullQuoteTakesTheNameOnTheCreditLineBelowIt() {
    List<Quote> qs =
        quotes(
            "Anna Kowalski visited the flooded villages on Monday.",
            "“The river has never been this high. We need help now.”",
            "Anna Kowalski",
            "Karl Jensen promised more money for the region.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void aCreditLineNeedsANameNotASentence() {
    List<Quote> qs =
        quotes(
            "“The river has never been this high. We need help now.”",
            "The rain stopped on Tuesday.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
  }

  @Test
  void aQuoteLeftOpenAtTheParagraphEndGoesOnInTheNextParagraph() {
    List<Quote> qs =
        quotes(
            "“The data shows a clear decline in new cases. Hospital admissions are falling in every state.",
            "“But we must not relax our guard,” Dr. James Lee said.");
    assertThat(qs).hasSize(2);
    assertThat(startingWith(qs, "The data shows").speaker()).isEqualTo("James Lee");
  }

  @Test
  void aShortSentenceContinuingAQuoteIsAQuoteToo() {
    List<Quote> qs =
        quotes("“Our soldiers are holding every position,” Anna Kowalski said. “They are heroes.”");
    Quote q = startingWith(qs, "They are heroes");
    assertThat(q.speaker()).isEqualTo("Anna Kowalski");
    assertThat(q.fragment()).isFalse();
  }

  @Test
  void aQuoteParagraphOfItsOwnContinuesTheSpeechReportedJustBefore() {
    List<Quote> qs =
        quotes(
            "Mayor Anna Kowalski said the new flood barrier would protect the old town.",
            "“We have tested it in three cities and the results are excellent.”");
    assertThat(qs.get(0).speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void aPronounFollowsThePersonTheLastSentenceWasAbout() {
    List<Quote> qs =
        quotes(
            "“It is money well spent,” Mayor Anna Kowalski said.",
            "Opposition councillor Mark Brown disagreed.",
            "“This is a vanity project and the people will pay for it,” he told the local paper.");
    assertThat(startingWith(qs, "This is a vanity").speaker()).isEqualTo("Mark Brown");
  }

  @Test
  void aQuotationLeftOpenAtAParagraphEndGoesOnInTheNextWithTheSameSpeaker() {
    List<Quote> qs =
        quotes(
            "Police chief Tom Hale said on Sunday: “These men are criminals. They will face the courts.",
            "“Other than coming out to surrender, I see no way out for them.”");
    assertThat(startingWith(qs, "These men are criminals").speaker()).isEqualTo("Tom Hale");
    assertThat(startingWith(qs, "Other than coming out").speaker()).isEqualTo("Tom Hale");
  }

  @Test
  void itSpeaksForTheBodyTheSentenceBeforeNamedNeverForThePersonWhoSpokeLast() {
    List<Quote> qs =
        quotes(
            "“We make no apology for the campaign,” Tom Hale told the radio.",
            "The Northwind Election Board issued a statement on Monday urging every party to campaign"
                + " fairly. It noted that it has no “power to police what parties say online.”");
    assertThat(startingWith(qs, "power to police").speaker()).isEqualTo("Northwind Election Board");
  }

  @Test
  void itSpeaksForNoOneWhenNoBodyWasNamed() {
    List<Quote> qs =
        quotes(
            "“We make no apology for the campaign,” Tom Hale told the radio.",
            "Critically, however, it noted that the rules give no “power to police what parties say"
                + " online.”");
    assertThat(startingWith(qs, "power to police").speaker()).isNull();
  }
}
