package org.crosscheck.annotate;

import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;

/**
 * Annotates a clean article: sentences, tokens with POS, lemma and NER, entity and time mentions
 * (dates resolved against the article's publication date) and a dependency parse.
 *
 * <p>Implementations hold heavy models: create one per JVM and share it. They are safe to use
 * from several threads and never change their input.
 */
public interface Annotator {

  /** Annotates one article; offsets in the result refer to {@link Article#text()}. */
  AnnotatedArticle annotate(Article article);
}
