package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/** A wire dateline opening a paragraph is a sentence of its own; the text is unchanged. */
class DatelineSplitTest {

  private static List<String> sentences(String... paragraphs) {
    return Texts.annotate(paragraphs).sentences().stream().map(Sentence::text).toList();
  }

  @Test
  void aPlaceDateAndAgencyBeforeADashAreTheirOwnSentence() {
    AnnotatedArticle a =
        Texts.annotate(
            "KHARTOUM, March 3 (Reuters) - The Sudanese army attacked a convoy on Monday, the"
                + " United Nations said.");
    assertThat(a.sentences()).extracting(Sentence::text)
        .containsExactly(
            "KHARTOUM, March 3 (Reuters) -",
            "The Sudanese army attacked a convoy on Monday, the United Nations said.");
    Sentence lead = a.sentences().get(1);
    int attacked = indexOf(lead, "attacked");
    assertThat(lead.root()).isEqualTo(attacked);
    assertThat(lead.children(attacked))
        .anySatisfy(d -> assertThat(lead.token(d.dependent()).word()).isEqualTo("army"));
    assertThat(lead.tokens().get(0).index()).isZero();
    assertThat(a.article().text().substring(lead.start(), lead.end())).isEqualTo(lead.text());
  }

  @Test
  void placesOfSeveralWordsAndARegionAreDatelinesToo() {
    assertThat(sentences("GAZA CITY, Gaza Strip — Residents fled south on Tuesday as the strikes went on."))
        .containsExactly("GAZA CITY, Gaza Strip —", "Residents fled south on Tuesday as the strikes went on.");
    assertThat(sentences("ROME — The talks will resume in the spring, officials said."))
        .hasSize(2);
  }

  @Test
  void anAcronymBeforeADashInsideASentenceIsNotADateline() {
    assertThat(sentences("NATO — the alliance of thirty-two states — met in Brussels on Friday."))
        .hasSize(1);
    assertThat(sentences("The mayor of BERLIN - who spoke first - welcomed the guests warmly."))
        .hasSize(1);
    assertThat(sentences("UN chief Antonio Guterres - speaking in Geneva - called for calm."))
        .hasSize(1);
  }

  @Test
  void onlyTheStartOfAParagraphCanHoldADateline() {
    assertThat(
            sentences(
                "The convoy left at dawn. KHARTOUM (Reuters) - The army denied any attack on it."))
        .hasSize(2);
  }

  private static int indexOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
  }

}
