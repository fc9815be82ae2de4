package org.crosscheck.clean;

import org.crosscheck.ingest.FallbackCleaner;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;

/**
 * The one place that chooses a {@link Cleaner} for a document format. Until the HTML extractor and
 * the plain-text cleaner are merged, both formats use {@link FallbackCleaner}; each becomes a
 * one-line change here.
 *
 * <p>The cleaners returned are stateless and safe to share between threads.
 *
 * @since 0.1
 */
public final class Cleaners {
  private static final Cleaner FALLBACK = new FallbackCleaner();
  private static final Cleaner TEXT = new TextCleaner();

  private Cleaners() {}

  /** The cleaner for documents of {@code format}. */
  public static Cleaner forFormat(Format format) {
    return switch (format) {
      case HTML -> FALLBACK; // later: new org.crosscheck.clean.html.HtmlCleaner()
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
