package org.crosscheck.extract.quotes;

import java.util.List;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Quote;

/**
 * Finds every quotation of one article and who said it.
 *
 * <p>{@link Quote#speakerId()} holds the speaker's {@link
 * org.crosscheck.extract.actors.ArticleActor#key()}; the pipeline maps it to the report's actor id.
 * Thread-safe; never changes its input.
 */
public interface QuoteExtractor {
  List<Quote> extract(AnnotatedArticle article, ArticleActors actors);
}
