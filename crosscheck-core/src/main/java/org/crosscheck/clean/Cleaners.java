package org.crosscheck.clean;

import org.crosscheck.clean.html.HtmlCleaner;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;

/**
 * The one place that chooses a {@link Cleaner} for a document format: {@link HtmlCleaner} for
 * pages, {@link TextCleaner} for plain text.
 *
 * <p>The cleaners returned are stateless and safe to share between threads.
 *
 * @since 0.1
 */
public final class Cleaners {
  private static final Cleaner HTML = new HtmlCleaner();
  private static final Cleaner TEXT = new TextCleaner();

  private Cleaners() {}

  /** The cleaner for documents of {@code format}. */
  public static Cleaner forFormat(Format format) {
    return switch (format) {
      case HTML -> HTML;
      case TEXT -> TEXT;
    };
  }

  /**
   * A cleaner that picks by each document's format, and fills metadata the page did not give from
   * the document's hints (a manifest's outlet, a feed's date).
   */
  public static Cleaner byFormat() {
    return document -> {
      Article article = forFormat(document.format()).clean(document);
      return article.withMetadata(article.metadata().orElse(document.hints()));
    };
  }

  /** Cleans one document with {@link #byFormat()}. */
  public static Article clean(SourceDocument document) throws CleanException {
    return byFormat().clean(document);
  }
}
