package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.extract.quotes.Extracted.quotes;
import static org.crosscheck.extract.quotes.Extracted.startingWith;

import java.util.List;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;
import org.junit.jupiter.api.Test;

/** The speaker is the subject of the speech verb that governs the quote. */
class SpeechVerbAttributionTest {

  @Test
  void theSubjectOfSaidAfterTheQuoteSpeaks() {
    Quote q = quotes("“The bridge will reopen in June,” Mayor Anna Kowalski said on Monday.").get(0);
    assertThat(q.text()).isEqualTo("The bridge will reopen in June");
    assertThat(q.speaker()).isEqualTo("Anna Kowalski");
    assertThat(q.speakerKind()).isEqualTo(SpeakerKind.PERSON);
    assertThat(q.speakerId()).isNotNull();
    assertThat(q.fragment()).isFalse();
  }

  @Test
  void saidBeforeItsSubjectStillFindsTheSpeaker() {
    Quote q = quotes("“We will not give up on the talks,” said Foreign Minister Karl Jensen.").get(0);
    assertThat(q.speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void aQuoteEndingInAQuoteWithinTheQuoteStillFindsTheSpeakerAfterSaid() {
    // The tokenizer glues the closing marks into one token ("’”"), which the parser may take
    // for the subject of "said": a quote mark is never the speaker.
    Quote q =
        quotes("“The way I read what the board said is, ‘We are gonna cut the budget,’” said Tom"
                + " Reed, an analyst at a bank in Oslo.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("Tom Reed");
  }

  @Test
  void anUnnamedSpokespersonSpeaksForTheBodyTheirPhraseNames() {
    Quote q =
        quotes("“We have received the request and are studying it,” said a World Health"
                + " Organization spokeswoman when contacted on Friday.")
            .get(0);
    assertThat(q.speaker()).contains("World Health Organization");
    assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ORGANISATION);
  }

  @Test
  void aNamedSpokespersonSpeaksForThemselves() {
    Quote q =
        quotes("“We have received the request,” World Health Organization spokeswoman Maria"
                + " Lindqvist said on Friday.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("Maria Lindqvist");
  }

  @Test
  void aColonIntroducesTheQuoteOfTheSpeakerBeforeIt() {
    Quote q = quotes("Karl Jensen told reporters: “The money is already in the bank.”").get(0);
    assertThat(q.speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void accordingToNamesTheSpeaker() {
    Quote q =
        quotes("The city will open “three new shelters for displaced families”, according to Mayor Anna Kowalski.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("Anna Kowalski");
    assertThat(q.fragment()).isTrue();
  }

  @Test
  void aParticipleWithoutSubjectTakesTheSubjectOfItsClause() {
    Quote q = quotes("Karl Jensen praised the rescuers, adding, “They worked through the night without rest.”").get(0);
    assertThat(q.speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void reportedSpeechInsideReportedSpeechBelongsToTheOuterSpeaker() {
    Quote q =
        quotes(
                "Foreign Minister Karl Jensen met the mayor on Monday.",
                "Spokesman David Moore said Jensen “stressed that the border must stay open to aid convoys.”")
            .get(0);
    assertThat(q.text()).startsWith("stressed that");
    assertThat(q.speaker()).isEqualTo("David Moore");
  }

  @Test
  void aTwoWordFragmentGovernedBySaidIsAQuote() {
    List<Quote> qs = quotes("Anna Kowalski said the city was “deeply worried” by the floods.");
    assertThat(qs).hasSize(1);
    assertThat(qs.get(0).text()).isEqualTo("deeply worried");
    assertThat(qs.get(0).fragment()).isTrue();
    assertThat(qs.get(0).speaker()).isEqualTo("Anna Kowalski");
  }

  @Test
  void anOrganisationSpeaksForItself() {
    Quote q =
        quotes("“Three field hospitals will reach the region within a week,” the World Health Organization said.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("World Health Organization");
    assertThat(q.speakerKind()).isEqualTo(SpeakerKind.ORGANISATION);
  }

  @Test
  void aDocumentSpeaksForTheOrganisationThatIssuedIt() {
    List<Quote> qs =
        quotes(
            "Karl Jensen met the health officials, according to a World Health Organization readout.",
            "“The minister underlined the need for calm on both sides of the border,” the statement noted.");
    Quote q = startingWith(qs, "The minister underlined");
    assertThat(q.speakerKind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(q.speaker()).isEqualTo("World Health Organization");
  }

  @Test
  void singleQuotesAreQuotationsToo() {
    List<Quote> qs =
        quotes(
            "Karl Jensen said the plan was ‘a serious mistake for the whole region’.",
            "Anna Kowalski called the city's new budget 'a waste of public money' on Tuesday.");
    assertThat(startingWith(qs, "a serious mistake").speaker()).isEqualTo("Karl Jensen");
    assertThat(startingWith(qs, "a waste of public money").speaker()).isEqualTo("Anna Kowalski");
    assertThat(qs).hasSize(2);
  }

  @Test
  void twoSpeechActsJoinedByWhileKeepTheirOwnSpeakers() {
    List<Quote> qs =
        quotes("Mary Smith said “yes, we will sign it” while Tom Jones said “no, that is not going to happen.”");
    assertThat(startingWith(qs, "yes, we will").speaker()).isEqualTo("Mary Smith");
    assertThat(startingWith(qs, "no, that is").speaker()).isEqualTo("Tom Jones");
  }

  @Test
  void aHeadlineWithSaysAfterTheQuoteNamesTheSpeaker() {
    Quote q = quotes("Watch: 'We will fight on until the end,' says President Volodymyr Zelensky").get(0);
    assertThat(q.speaker()).isEqualTo("Volodymyr Zelensky");
  }

  @Test
  void accordingToAStatementGivesTheOrganisationThatIssuedIt() {
    Quote q =
        quotes("“The war must end now, and the guns must fall silent,” according to a statement from the World Health Organization.")
            .get(0);
    assertThat(q.speakerKind()).isEqualTo(SpeakerKind.DOCUMENT);
    assertThat(q.speaker()).isEqualTo("World Health Organization");
  }

  @Test
  void aPassiveSpeechVerbNamesItsSpeakerAsTheAgent() {
    Quote q =
        quotes("The agency, which was accused by Karl Jensen of “hiding the real numbers from the public”, denies it.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("Karl Jensen");
  }

  @Test
  void aNameBeforeAColonIntroducesAHeadlineQuote() {
    Quote q = quotes("Kowalski: “We will not abandon the flooded villages.”").get(0);
    assertThat(q.speaker()).isEqualTo("Kowalski");
  }

  @Test
  void aNounAfterSaidIsTheSpeakerOnceTheWordsSaidStandBeforeIt() {
    // The parser reads the inverted "said another witness" as said-with-an-object.
    Quote q =
        quotes("The council had \"no plan at all\" for the flood, said another witness in the"
                + " inquiry, former city planner Anna Berg.")
            .get(0);
    assertThat(q.speaker()).isEqualTo("Anna Berg");
  }

  @Test
  void theObjectOfSaidIsNoSpeakerWhenNoWordsSaidStandBeforeIt() {
    Quote q = quotes("Tom Hale paused and said a short prayer, “for all those we lost in the flood.”").get(0);
    assertThat(q.speaker()).isEqualTo("Tom Hale");
  }

  @Test
  void aSentenceCutOffAfterAQuestionStillNamesItsSpeakerAfterSaid() {
    // The splitter ends the first sentence at "?”", leaving "said Hill, who ..." to be parsed
    // alone, where "said" comes out as an auxiliary.
    List<Quote> qs = quotes("\"Who signed the order?” said Hill, who will testify Monday. \"Nobody would tell us.\"");
    assertThat(startingWith(qs, "Who signed").speaker()).isEqualTo("Hill");
    assertThat(startingWith(qs, "Nobody would").speaker()).isEqualTo("Hill");
  }

  @Test
  void aSentenceOpeningWithSaidAndNoNameNamesNoSpeaker() {
    List<Quote> qs = quotes("“Who will pay for the repairs?” Said to be the oldest bridge in Lyon, it stood for three centuries.");
    assertThat(startingWith(qs, "Who will pay").speaker()).isNull();
  }

  @Test
  void aCompanySpokespersonSpeaksForTheOneCompanyTheTextJustNamed() {
    List<Quote> qs =
        quotes("Northwind Energy Inc. said on Monday it would cut 400 jobs at its plant in Ohio."
            + " “We regret every one of these losses,” a company spokesperson said.");
    assertThat(startingWith(qs, "We regret").speaker()).isEqualTo("Northwind Energy Inc.");
  }

  @Test
  void aCompanySpokespersonSpeaksForNoOneWhenTwoCompaniesWereNamed() {
    List<Quote> qs =
        quotes("Northwind Energy Inc. and Baltic Power Corp. said on Monday they would cut 400 jobs."
            + " “We regret every one of these losses,” a company spokesperson said.");
    assertThat(startingWith(qs, "We regret").speaker()).isNull();
  }

  @Test
  void aSpokespersonWithoutTheKindOfBodyNamedSpeaksForNoOne() {
    List<Quote> qs =
        quotes("Northwind Energy Inc. said on Monday it would cut 400 jobs at its plant in Ohio."
            + " “We regret every one of these losses,” a spokesperson said.");
    assertThat(startingWith(qs, "We regret").speaker()).isNull();
  }

  @Test
  void aNameAfterAskedSpeaksTheQuestionBeforeIt() {
    Quote q = quotes("\"I need to know who will pay for the damage,\" asked Novak, as the driver stayed in her truck.").get(0);
    assertThat(q.speaker()).isEqualTo("Novak");
  }

  @Test
  void aNameThatSaysHangsFromSpeaksTheQuoteBeforeIt() {
    List<Quote> qs =
        quotes("However, teachers earn less than nurses. And \"there is plenty of evidence that the program can"
            + " help a wide range of schools, so there's little reason to doubt it,\" says Keller.");
    assertThat(startingWith(qs, "there is plenty").speaker()).isEqualTo("Keller");
  }

  @Test
  void anUnnamedPersonAfterAskedNamesNoSpeaker() {
    Quote q = quotes("“Who will pay for the damage?” asked one resident of the street.").get(0);
    assertThat(q.speaker()).isNull();
  }

  @Test
  void aPassiveSubjectWithoutAPassiveAuxiliaryOutsideTheQuoteSpeaks() {
    // The "’s" inside the quote misleads the parser into a passive "Keller acknowledged".
    Quote q = quotes("“It’s hard not to, though,” Keller acknowledged.").get(0);
    assertThat(q.speaker()).isEqualTo("Keller");
  }

  @Test
  void aRealPassiveStillNamesItsAgentNotItsSubject() {
    Quote q = quotes("Karl Jensen was accused by Anna Berg of “lying to the council about the budget.”").get(0);
    assertThat(q.speaker()).isEqualTo("Anna Berg");
  }
}
