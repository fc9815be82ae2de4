package org.crosscheck.extract.figures;

import java.util.List;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Figure;

/**
 * Finds the reported figures of one article: value, qualifier, what is counted, of whom, who
 * reported it and as of when. Thread-safe; never changes its input.
 */
public interface FigureExtractor {
  List<Figure> extract(AnnotatedArticle article, ArticleActors actors);
}
