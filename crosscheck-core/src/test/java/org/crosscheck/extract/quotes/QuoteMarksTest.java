package org.crosscheck.extract.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Pairing quotation marks in one paragraph, without any annotation. */
class QuoteMarksTest {

  private static List<String> quoted(String paragraph) {
    return QuoteMarks.find(paragraph, 0, 0).stream()
        .map(q -> paragraph.substring(q.start(), q.end()))
        .collect(Collectors.toList());
  }

  @Test
  void curlyDoubleQuotesGiveTheWordsWithoutMarksOrTrailingComma() {
    assertThat(quoted("“We will rebuild it,” the mayor said. “It takes time.”"))
        .containsExactly("We will rebuild it", "It takes time.");
  }

  @Test
  void straightDoubleQuotesPairInOrder() {
    assertThat(quoted("She called it \"a disgrace\" and \"a failure of planning\"."))
        .containsExactly("a disgrace", "a failure of planning");
  }

  @Test
  void curlySingleQuotesAreQuotesButApostrophesAreNot() {
    assertThat(quoted("The city’s mayor said the plan was ‘a serious mistake’ in the rebels’ view."))
        .containsExactly("a serious mistake");
  }

  @Test
  void straightSingleQuotesAreToldApartFromApostrophes() {
    assertThat(quoted("The city's mayor called it 'a waste of money' and didn't say more."))
        .containsExactly("a waste of money");
  }

  @Test
  void aPossessiveApostropheWithoutAnOpeningQuoteIsNothing() {
    assertThat(quoted("People suffer in this crossfire of Hamas’ making.")).isEmpty();
  }

  @Test
  void singleQuotesInsideADoubleQuoteBelongToIt() {
    assertThat(quoted("“They told us ‘leave now’ and we left,” she said."))
        .containsExactly("They told us ‘leave now’ and we left");
  }

  @Test
  void anUnclosedQuoteRunsToTheEndOfTheParagraph() {
    assertThat(quoted("“The water rose in minutes. We lost everything."))
        .containsExactly("The water rose in minutes. We lost everything.");
  }

  @Test
  void offsetsAreShiftedByTheParagraphStart() {
    QuoteSpan q = QuoteMarks.find("He said “no”.", 100, 3).get(0);
    assertThat(q.start()).isEqualTo(109);
    assertThat(q.end()).isEqualTo(111);
    assertThat(q.paragraph()).isEqualTo(3);
    assertThat(q.single()).isFalse();
  }

  @Test
  void anInchMarkOrAStrayMarkInsideTheParagraphOpensNothing() {
    assertThat(quoted("The 6'2\" striker scored twice in the final.")).isEmpty();
    assertThat(quoted("He scored twice \"in the final and left.")).isEmpty();
  }

  @Test
  void guillemetsAreQuotationMarks() {
    assertThat(quoted("He said the mayor had «ignored every warning» again."))
        .containsExactly("ignored every warning");
  }

  @Test
  void aQuoteLeftOpenInsideTheParagraphRunsOnOnlyWhenTheNextParagraphReopensIt() {
    String p = "Police chief Tom Hale said: “These men are criminals. They will face the courts.";
    List<String> runsOn =
        QuoteMarks.find(p, 0, 0, true).stream().map(q -> p.substring(q.start(), q.end())).collect(Collectors.toList());
    assertThat(runsOn).containsExactly("These men are criminals. They will face the courts.");
    assertThat(QuoteMarks.find(p, 0, 0, true).get(0).closed()).isFalse();
    assertThat(quoted(p)).isEmpty();
  }

  @Test
  void aParagraphOpensWithAQuoteWhenItsFirstCharacterIsAnOpeningMark() {
    assertThat(QuoteMarks.opensWithQuote("“Other than that, we have no way out.”")).isTrue();
    assertThat(QuoteMarks.opensWithQuote("\"Other than that,\" he said.")).isTrue();
    assertThat(QuoteMarks.opensWithQuote("Other than that, he said, “we have no way out.”")).isFalse();
  }

  @Test
  void twoClosingSingleMarksCloseADoubleQuote() {
    assertThat(quoted("“It was a plan to fool voters,’’ Tom Hale told the radio. “It was wrong.”"))
        .containsExactly("It was a plan to fool voters", "It was wrong.");
  }

  @Test
  void oneApostropheInsideADoubleQuoteClosesNothing() {
    assertThat(quoted("“The players’ union agreed to the deal,” he said."))
        .containsExactly("The players’ union agreed to the deal");
  }
}
