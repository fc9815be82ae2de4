package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.Test;

/** The CoreNLP adapter turns CoreNLP's output into our records with offsets into the text. */
class CoreNlpAnnotatorTest {

  private final AnnotatedArticle doc =
      Texts.annotate(
          "Foreign Minister Jane Roe met her counterpart in Paris on Wednesday.",
          "“We made progress,” she said. Talks resume next week");

  @Test
  void sentencesNeverCrossParagraphs() {
    assertThat(doc.sentences()).extracting(Sentence::paragraph).containsExactly(0, 1, 1);
    assertThat(doc.sentences().get(2).text()).isEqualTo("Talks resume next week");
  }

  @Test
  void offsetsPointIntoTheArticleText() {
    String text = doc.article().text();
    for (Sentence s : doc.sentences()) {
      assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
      for (Token t : s.tokens()) {
        assertThat(text.substring(t.start(), t.end())).isEqualTo(t.word());
      }
    }
  }

  @Test
  void tokensKeepTheirOriginalQuotationMarks() {
    assertThat(doc.sentences().get(1).token(0).word()).isEqualTo("“");
  }

  @Test
  void namedEntitiesAndTheirTypes() {
    Sentence first = doc.sentences().get(0);
    assertThat(first.entities())
        .anySatisfy(e -> {
          assertThat(e.text()).isEqualTo("Jane Roe");
          assertThat(e.type()).isEqualTo("PERSON");
        })
        .anySatisfy(e -> assertThat(e.text()).isEqualTo("Paris"));
  }

  @Test
  void datesResolveAgainstThePublicationDate() {
    assertThat(doc.sentences().get(0).times())
        .anySatisfy(t -> assertThat(t.value()).isEqualTo("2024-03-20"));
  }

  @Test
  void everySentenceHasOneRootAndArcsWithinIt() {
    for (Sentence s : doc.sentences()) {
      assertThat(s.root()).isBetween(0, s.tokens().size() - 1);
      s.dependencies().forEach(d -> assertThat(d.dependent()).isLessThan(s.tokens().size()));
    }
    Sentence first = doc.sentences().get(0);
    int met = indexOf(first, "met");
    assertThat(first.children(met)).anySatisfy(d -> assertThat(d.relation()).isEqualTo("nsubj"));
  }

  private static int indexOf(Sentence s, String word) {
    return s.tokens().stream().filter(t -> t.word().equals(word)).findFirst().orElseThrow().index();
  }
}
