package org.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.Report;
import org.junit.jupiter.api.Test;

/** An article in another language is listed and said to be skipped, never tagged as English. */
class PipelineLanguageTest {
  @Test
  void aForeignArticleIsListedWithAWarningAndNotAnnotated() {
    List<String> annotated = new ArrayList<>();
    Pipeline pipeline = Pipeline.withAnnotator(article -> {
      annotated.add(article.id());
      throw new AssertionError("a foreign article reached the annotator");
    });
    String portuguese =
        "O conselho votou na terça-feira para abrir a nova ponte aos ciclistas, pondo fim a uma"
            + " disputa que dividia a cidade há mais de dois anos. Os apoiantes disseram que a"
            + " decisão reduziria o trânsito no centro antigo, enquanto os lojistas temiam que menos"
            + " carros significassem menos clientes no mercado semanal da vila.";
    ArticleMetadata meta =
        new ArticleMetadata(null, "Jornal", null, List.of(), null, null, "pt", List.of());
    Article article = new Article("pt1", "pt1", meta, List.of(Paragraph.body(portuguese)), null);
    List<String> progress = new ArrayList<>();

    Report report = pipeline.analyze(List.of(article), progress::add);

    assertThat(annotated).isEmpty();
    assertThat(report.articles()).extracting(Article::id).containsExactly("pt1");
    assertThat(report.warnings()).anySatisfy(w -> assertThat(w).contains("pt1").contains("'pt'"));
    assertThat(progress).anySatisfy(p -> assertThat(p).contains("skipped 1/1"));
  }
}
