package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Texts;

/** Runs the figure extractor on text written for a test, and finds figures by value. */
final class FigureFixture {
  private FigureFixture() {}

  /** The figures of paragraphs published on 2024-03-21 (a Thursday). */
  static List<Figure> figures(String... paragraphs) {
    return figuresOn(LocalDate.of(2024, 3, 21), paragraphs);
  }

  static List<Figure> figuresOn(LocalDate published, String... paragraphs) {
    AnnotatedArticle a = Texts.annotateOn(published, paragraphs);
    return new RuleFigureExtractor().extract(a, new NerActorResolver().resolve(a));
  }

  /** The one figure with this value; fails when there is none or several. */
  static Figure only(List<Figure> figures, double value) {
    List<Figure> hits = figures.stream().filter(f -> f.value() == value).toList();
    assertThat(hits).as("figures with value %s in %s", value, figures).hasSize(1);
    return hits.get(0);
  }
}
