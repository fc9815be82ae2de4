package org.crosscheck.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;

/** Builds small articles from text written for a test, and annotates them. */
public final class Texts {
  private Texts() {}

  /** An article whose paragraphs are the given strings, published on {@code published}. */
  public static Article article(String id, LocalDate published, String... paragraphs) {
    List<Paragraph> ps = new ArrayList<>();
    for (String p : paragraphs) {
      ps.add(Paragraph.body(p));
    }
    ArticleMetadata meta = ArticleMetadata.EMPTY.withPublished(published);
    return new Article(id, id, meta, ps, null);
  }

  /** Annotates paragraphs written for a test, published on 2024-03-21 (a Thursday). */
  public static AnnotatedArticle annotate(String... paragraphs) {
    return annotateOn(LocalDate.of(2024, 3, 21), paragraphs);
  }

  public static AnnotatedArticle annotateOn(LocalDate published, String... paragraphs) {
    return SharedAnnotator.get().annotate(article("test", published, paragraphs));
  }
}
