package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;

/**
 * What the story clusterer knows about one article: its date span, its content words and its
 * actors. Built by {@link ArticleFeaturizer} from an annotated article, or by {@link
 * PlainTextTerms} from plain text; tests may build one directly. Immutable.
 *
 * @param article article id
 * @param outlet the publisher, or null
 * @param title the headline, or null
 * @param published publication date, or null when unknown
 * @param span the days the article reports on: its publication date widened by the dates of the
 *     recent events it tells (a day or two before publication, a trip's earlier stops); null when
 *     the article has no date at all
 * @param terms content-word counts (lemmas, lower case); the title's words count double
 * @param actors canonical actor names with the number of times the article refers to each
 */
public record ArticleFeatures(
    String article,
    String outlet,
    String title,
    LocalDate published,
    DateSpan span,
    Map<String, Double> terms,
    Map<String, Integer> actors) {

  public ArticleFeatures {
    Objects.requireNonNull(article, "article");
    terms = Map.copyOf(terms);
    actors = Map.copyOf(actors);
    if (span == null && published != null) {
      span = DateSpan.of(published);
    }
  }
}
