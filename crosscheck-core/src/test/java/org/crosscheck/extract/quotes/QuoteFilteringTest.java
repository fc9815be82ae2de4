package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.quotes.Extracted.quotes;
import static org.crosscheck.extract.quotes.Extracted.startingWith;

import java.util.List;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;
import org.junit.jupiter.api.Test;

/** What is not a quotation, and quotes that have no speaker. */
class QuoteFilteringTest {

  @Test
  void scareQuotesAreNotQuotations() {
    assertThat(
            quotes(
                "Officials objected to the term “immediate” in the draft.",
                "Several soldiers were killed by ‘friendly fire.’",
                "'Systematic crimes'"))
        .isEmpty();
  }

  @Test
  void wordsCitedAsWordsAreNotQuotations() {
    assertThat(
            quotes(
                "Karl Jensen said he had planned to charge the firm for his trademark on the word"
                    + " “We” after the rebranding.",
                "The ministry ran the campaign under the slogan “Clean water for every village by"
                    + " next year” in all provinces."))
        .isEmpty();
  }

  @Test
  void aCitedWordDoesNotStopTheSpeechAroundIt() {
    assertThat(
            quotes(
                "“We will not use the word ceasefire until the guns are silent,” Karl Jensen"
                    + " said."))
        .hasSize(1);
  }

  @Test
  void aLongQuotationNeedsNoSpeechVerb() {
    List<Quote> qs = quotes("The banner read “bring our children home before the winter comes” in red letters.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isNull();
  }

  @Test
  void aQuoteRepeatedInTheArticleCountsOnce() {
    String p = "Anna Kowalski said “we will rebuild every house that the river took from us.”";
    assertThat(quotes(p, "Karl Jensen visited the region.", p)).hasSize(1);
  }

  @Test
  void anInterviewersQuestionHasNoSpeaker() {
    List<Quote> qs =
        quotes(
            "Asked whether the deal could collapse, considering “the two sides have not met for weeks and the deadline is close”, Karl Jensen said: “The deal will hold, and both sides know it.”");
    Quote question = startingWith(qs, "the two sides");
    assertThat(question.speaker()).isNull();
    assertThat(question.speakerKind()).isEqualTo(SpeakerKind.NONE);
    assertThat(startingWith(qs, "The deal will hold").speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void aQuoteInTheAnswerToAQuestionBelongsToTheOneWhoAnswers() {
    List<Quote> qs =
        quotes(
            "When asked about the vote, Karl Jensen replied that the plan had “very strong” support in the council.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void theTitleOfAFilmIsNotSpeech() {
    assertThat(quotes("The film “Days of Fever and Hope” opened in Lagos last week.")).isEmpty();
  }

  @Test
  void aShortPhraseNextToAnAttributedSentenceIsStillAScareQuote() {
    assertThat(
            quotes(
                "Karl Jensen says that many soldiers died in the attack. Local media reported they were killed by ‘friendly fire.’"))
        .isEmpty();
  }

  @Test
  void itInARelativeClauseIsTheSubjectOfItsSentenceNotTheLastSpeaker() {
    List<Quote> qs =
        quotes(
            "“We will publish the report,” Karl Jensen said.",
            "The World Health Organization dismissed what it called “baseless and politically motivated claims” on Monday.");
    assertThat(startingWith(qs, "baseless").speaker()).isEqualTo("World Health Organization");
  }

  @Test
  void aPullQuoteRepeatingPartOfABodyQuoteCountsOnce() {
    List<Quote> qs =
        quotes(
            "“We will rebuild every house that the river took from us, and we will do it this year,” Anna Kowalski said.",
            "“We will rebuild every house that the river took from us”",
            "Anna Kowalski");
    assertThat(qs).hasSize(1);
  }

  @Test
  void shortQuotesRepeatOnlyWhenIdentical() {
    List<Quote> qs =
        quotes(
            "Anna Kowalski said the floods were “a national disaster for the whole country.”",
            "Karl Jensen said the response was “a national disaster” on Monday.");
    assertThat(qs).hasSize(2);
  }

  @Test
  void quotedWordsThatModifyTheNounAfterThemAreALabelNotSpeech() {
    assertThat(
            quotes(
                "Ombudsman Anna Berg called on the “interim” government to pull the troops out of"
                    + " the city.",
                "The ministry said it stood by the “one region, two laws” formula for the border"
                    + " towns.",
                "Beijing said it is committed to the “one nation, two codes” formula granting the port"
                    + " autonomy, while police deny any brutality."))
        .isEmpty();
  }

  @Test
  void aQuotationFollowedByItsSpeakerIsNoLabel() {
    List<Quote> qs = quotes("“The talks failed again, and nobody knows why,” officials said on Sunday.");
    assertThat(qs).hasSize(1);
  }

  @Test
  void aJudgementQuotedWithoutADeterminerStaysTheSpeakersWords() {
    List<Quote> qs = quotes("Karl Jensen said the council gave “wholly inadequate” answers to the families.");
    assertThat(qs).hasSize(1);
  }

  @Test
  void aCompanyNameInQuotesWithTheSentencesPeriodInsideIsNotSpeech() {
    assertThat(quotes("Papers filed in May show the firm also trades as “Northwind Moving and Storage.”")).isEmpty();
    assertThat(RuleQuoteExtractor.isTitle("Northwind Moving and Storage.")).isTrue();
  }

  @Test
  void aOneWordAnswerOrASentenceIsNoTitle() {
    assertThat(RuleQuoteExtractor.isTitle("Correct.")).isFalse();
    assertThat(RuleQuoteExtractor.isTitle("We will rebuild the town.")).isFalse();
  }

  @Test
  void aQuotedSubheadingWithoutSentencePunctuationIsNotSpeech() {
    List<Quote> qs =
        quotes(
            "Doctors wrote to the ministry on Monday asking it to open a clinic at the camp.",
            "“A danger to every child”",
            "The ministry has not replied.");
    assertThat(qs).isEmpty();
  }

  @Test
  void aQuotedParagraphThatEndsItsSentenceIsStillSpeech() {
    List<Quote> qs =
        quotes(
            "The ministry has not replied to the doctors.",
            "“Every child in that camp is in danger.”",
            "The camp holds 3,000 people.");
    assertThat(qs).hasSize(1);
  }
}
