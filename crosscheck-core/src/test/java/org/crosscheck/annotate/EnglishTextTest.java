package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.junit.jupiter.api.Test;

/** An article is foreign only when it declares another language and does not read as English. */
class EnglishTextTest {
  private static final String ENGLISH =
      "The council voted on Tuesday to open the new bridge to cyclists, ending a dispute that had"
          + " divided the town for more than two years. Supporters said the decision would cut"
          + " traffic in the old centre, while shop owners worried that fewer cars would mean fewer"
          + " customers at the weekly market.";
  private static final String PORTUGUESE =
      "O conselho votou na terça-feira para abrir a nova ponte aos ciclistas, pondo fim a uma"
          + " disputa que dividia a cidade há mais de dois anos. Os apoiantes disseram que a decisão"
          + " reduziria o trânsito no centro antigo, enquanto os lojistas temiam que menos carros"
          + " significassem menos clientes no mercado semanal da vila.";

  private static Article article(String language, String text) {
    ArticleMetadata meta =
        new ArticleMetadata(null, null, null, List.of(), null, null, language, List.of());
    return new Article("a1", "a1", meta, List.of(Paragraph.body(text)), null);
  }

  @Test
  void aPageThatDeclaresAndReadsAsAnotherLanguageIsForeign() {
    assertThat(EnglishText.foreignLanguage(article("pt", PORTUGUESE))).isEqualTo("pt");
  }

  @Test
  void englishProseIsReadWhateverThePageDeclares() {
    assertThat(EnglishText.foreignLanguage(article("de", ENGLISH))).isNull();
    assertThat(EnglishText.foreignLanguage(article("en-US", ENGLISH))).isNull();
  }

  @Test
  void withoutADeclaredLanguageOrEnoughWordsTheArticleIsRead() {
    assertThat(EnglishText.foreignLanguage(article(null, PORTUGUESE))).isNull();
    assertThat(EnglishText.foreignLanguage(article("en", PORTUGUESE))).isNull();
    assertThat(EnglishText.foreignLanguage(article("pt", "Calendário Stock Car 2018"))).isNull();
  }
}
