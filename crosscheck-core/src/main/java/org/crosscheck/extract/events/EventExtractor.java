package org.crosscheck.extract.events;

import java.util.List;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Event;

/**
 * Codes the events of one article in PLOVER: type, mode, source and target actors (canonical
 * names), place and date, each with its evidence. Thread-safe; never changes its input.
 */
public interface EventExtractor {
  List<Event> extract(AnnotatedArticle article, ArticleActors actors);
}
