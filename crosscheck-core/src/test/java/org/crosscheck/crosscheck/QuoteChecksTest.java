package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.crosscheck.Fixtures.article;
import static org.crosscheck.crosscheck.Fixtures.quote;

import java.util.List;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;
import org.junit.jupiter.api.Test;

/** The same quote across outlets, speaker mismatches and suspect attributions. */
class QuoteChecksTest {
  private final Article a = article("a", "Northern Times", "2025-02-10", "text");
  private final Article b = article("b", "Southern Post", "2025-02-10", "text");
  private final Article copy =
      article("copy", "Aggregator", "2025-02-10", "text").withDuplicateOf("a");

  private static CrossCheck quotes(List<Article> articles, Quote... quotes) {
    return SameQuoteCheck.run(List.of(quotes), new Outlets(articles));
  }

  private static List<String> kinds(List<Finding> findings) {
    return findings.stream().map(Finding::kind).collect(Collectors.toList());
  }

  @Test
  void theSameQuoteInTwoOutletsIsAnAgreementShowingTheWordingDifference() {
    CrossCheck r =
        quotes(
            List.of(a, b),
            quote(
                "a",
                "We want a ceasefire linked to the release of the fishermen",
                "Mara Lind",
                SpeakerKind.PERSON),
            quote(
                "b",
                "We want a ceasefire tied to the release of the fishermen.",
                "Lind",
                SpeakerKind.PERSON));
    assertThat(kinds(r.agreements())).containsExactly("same-quote");
    assertThat(r.agreements().get(0).summary())
        .contains("Northern Times")
        .contains("Southern Post")
        .contains("linked (Northern Times) vs tied (Southern Post)");
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aFragmentMatchesTheFullQuoteItWasCutFrom() {
    CrossCheck r =
        quotes(
            List.of(a, b),
            quote(
                "a",
                "More boats are getting out, but it is not enough for the harbour",
                "Mara Lind",
                SpeakerKind.PERSON),
            quote("b", "it is not enough for the harbour", "Mara Lind", SpeakerKind.PERSON));
    assertThat(kinds(r.agreements())).containsExactly("same-quote");
  }

  @Test
  void aCommonShortPhraseIsNotTheSameQuote() {
    CrossCheck r =
        quotes(
            List.of(a, b),
            quote("a", "very strong", "Mara Lind", SpeakerKind.PERSON),
            quote("b", "very strong", "Ole Berg", SpeakerKind.PERSON));
    assertThat(r.all()).isEmpty();
  }

  @Test
  void aCopyOfAnArticleIsNotASecondSource() {
    CrossCheck r =
        quotes(
            List.of(a, copy),
            quote(
                "a",
                "The harbour will stay closed until the storm passes",
                "Mara Lind",
                SpeakerKind.PERSON),
            quote(
                "copy",
                "The harbour will stay closed until the storm passes",
                "Mara Lind",
                SpeakerKind.PERSON));
    assertThat(r.agreements()).isEmpty();
  }

  @Test
  void theSameQuoteGivenToTwoPeopleIsASpeakerMismatch() {
    CrossCheck r =
        quotes(
            List.of(a, b),
            quote(
                "a",
                "The harbour will stay closed until the storm passes",
                "Mara Lind",
                SpeakerKind.PERSON),
            quote(
                "b",
                "The harbour will stay closed until the storm passes",
                "Ole Berg",
                SpeakerKind.PERSON));
    assertThat(kinds(r.conflicts())).containsExactly("speaker-mismatch");
    assertThat(r.conflicts().get(0).summary()).contains("Mara Lind").contains("Ole Berg");
  }

  @Test
  void theSameWordsGivenToTwoPeopleInOneArticleAreNoMismatch() {
    CrossCheck r =
        quotes(
            List.of(a),
            quote("a", "No place like home, no place like the harbour", "Mara Lind",
                SpeakerKind.PERSON),
            quote("a", "No place like home, no place like the harbour", "Ole Berg",
                SpeakerKind.PERSON));
    assertThat(r.conflicts()).isEmpty();
  }

  @Test
  void aSurnameAnOfficeOrNoSpeakerIsNoMismatch() {
    CrossCheck r =
        quotes(
            List.of(a, b, article("c", "Eastern Wire", "2025-02-10", "text")),
            quote(
                "a",
                "The harbour will stay closed until the storm passes",
                "Mara Lind",
                SpeakerKind.PERSON),
            quote(
                "b",
                "The harbour will stay closed until the storm passes",
                "Lind",
                SpeakerKind.PERSON),
            quote(
                "c",
                "The harbour will stay closed until the storm passes",
                "Port Authority",
                SpeakerKind.ORGANISATION),
            quote(
                "c",
                "The harbour will stay closed until the storm passes.",
                null,
                SpeakerKind.NONE));
    assertThat(r.conflicts()).isEmpty();
    assertThat(kinds(r.agreements())).containsExactly("same-quote");
  }

  // An interview: every line is the minister's, one in the middle names the president.
  private static final String[] INTERVIEW = {
    "Minister Mara Lind spoke to the Harbour Channel on Monday.",
    "“We will reopen the port next week,” Lind said.",
    "“The fishermen have waited long enough,” she added.",
    "Asked about the storm damage, Berg said, “we are repairing every pier.”",
    "“The insurance claims will be paid in full,” the minister added.",
    "“Nobody will be left behind,” Lind said."
  };

  @Test
  void aQuoteGivenToSomeoneNobodyIntroducedInAnotherSpeakersPassageIsSuspect() {
    Article interview = article("i", "Harbour Channel", "2025-02-10", INTERVIEW);
    List<Quote> quotes = interviewQuotes(interview);
    List<Finding> r = SuspectAttributionCheck.run(quotes, new Outlets(List.of(interview)));
    assertThat(kinds(r)).containsExactly("suspect-attribution");
    assertThat(r.get(0).items().get(0)).isEqualTo(quotes.get(2).id());
    assertThat(r.get(0).summary()).contains("Ole Berg").contains("Mara Lind");
  }

  @Test
  void aSecondVoiceIntroducedInThePassageIsNotSuspect() {
    String[] text = INTERVIEW.clone();
    text[4] =
        "Berg later toured the piers. “The insurance claims will be paid in full,” the minister"
            + " added.";
    Article interview = article("i", "Harbour Channel", "2025-02-10", text);
    List<Finding> r =
        SuspectAttributionCheck.run(interviewQuotes(interview), new Outlets(List.of(interview)));
    assertThat(r).isEmpty();
  }

  @Test
  void aSecondVoiceIntroducedByFullNameInItsOwnSentenceIsNotSuspect() {
    String[] text = INTERVIEW.clone();
    text[3] =
        "Port director Ole Berg, speaking from the docks, said, “we are repairing every pier.”";
    Article interview = article("i", "Harbour Channel", "2025-02-10", text);
    List<Finding> r =
        SuspectAttributionCheck.run(interviewQuotes(interview), new Outlets(List.of(interview)));
    assertThat(r).isEmpty();
  }

  @Test
  void aDifferentSpeakerAtTheEdgeOfAPassageIsNotSuspect() {
    Article interview = article("i", "Harbour Channel", "2025-02-10", INTERVIEW);
    List<Quote> all = interviewQuotes(interview);
    // Drop the quotes after Berg's: he now speaks last, which is how a new voice enters.
    List<Finding> r =
        SuspectAttributionCheck.run(all.subList(0, 3), new Outlets(List.of(interview)));
    assertThat(r).isEmpty();
  }

  private static List<Quote> interviewQuotes(Article interview) {
    return List.of(
        quote(interview, "We will reopen the port next week", "Mara Lind"),
        quote(interview, "The fishermen have waited long enough", "Mara Lind"),
        quote(interview, "we are repairing every pier", "Ole Berg"),
        quote(interview, "The insurance claims will be paid in full", "Mara Lind"),
        quote(interview, "Nobody will be left behind", "Mara Lind"));
  }
}
