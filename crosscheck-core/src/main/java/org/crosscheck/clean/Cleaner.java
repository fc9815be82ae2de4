package org.crosscheck.clean;

import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;

/**
 * Turns one source document into a clean {@link Article}: the body's paragraphs and headings
 * without page furniture, and the metadata found in the page (title, byline, credits, dates).
 *
 * <p>Implementations are stateless and safe to share between threads. They never change their
 * input.
 */
public interface Cleaner {

  /**
   * Cleans one document.
   *
   * @throws CleanException when nothing of an article is left (an empty page, no body text)
   */
  Article clean(SourceDocument document) throws CleanException;
}
