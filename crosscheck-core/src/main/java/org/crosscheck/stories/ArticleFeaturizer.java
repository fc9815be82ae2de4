package org.crosscheck.stories;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.TimeMention;
import org.crosscheck.model.Token;

/**
 * Turns an article into the {@link ArticleFeatures} the story clusterer compares.
 *
 * <ul>
 *   <li>Terms: lemmas of nouns, proper nouns, verbs and adjectives (stop words and reporting verbs
 *       dropped, see {@link PlainTextTerms}); the headline's words count double, because a headline
 *       names the episode.
 *   <li>Actors: canonical names from the actor resolver, with their number of references.
 *   <li>Span: the publication date widened by the day-precise dates the article gives for recent
 *       happenings (its events and its resolved time expressions) from {@link
 *       StoryOptions#lookBackDays()} before publication to {@link StoryOptions#lookAheadDays()}
 *       after. Older dates (the war's start, an anniversary, "since October 7") are background, not
 *       the episode, and are left out.
 * </ul>
 *
 * <p>Stateless apart from its options; thread-safe; never changes its input.
 */
public final class ArticleFeaturizer {
  private final StoryOptions options;

  public ArticleFeaturizer(StoryOptions options) {
    this.options = options;
  }

  public ArticleFeaturizer() {
    this(StoryOptions.defaults());
  }

  /**
   * Features of an annotated article.
   *
   * @param annotated the article and its sentences
   * @param actors the article's actors (any resolver)
   * @param events the events extracted from it (may be empty; events of other articles are ignored)
   */
  public ArticleFeatures features(
      AnnotatedArticle annotated, ArticleActors actors, Collection<Event> events) {
    Article article = annotated.article();
    Map<String, Double> terms = new LinkedHashMap<>();
    for (Sentence s : annotated.sentences()) {
      for (Token t : s.tokens()) {
        if (isContent(t)) {
          String term = PlainTextTerms.normalize(t.isProperNoun() ? t.word() : t.lemma());
          if (term != null) {
            terms.merge(term, 1.0, Double::sum);
          }
        }
      }
    }
    PlainTextTerms.addTo(terms, article.metadata().title(), 2.0);
    Map<String, Integer> names = new LinkedHashMap<>();
    for (ArticleActor a : actors.all()) {
      names.merge(a.name(), a.spans().size(), Integer::sum);
    }
    LocalDate published = article.metadata().published();
    DateSpan span = published == null ? null : DateSpan.of(published);
    if (published != null) {
      for (Sentence s : annotated.sentences()) {
        for (TimeMention t : s.times()) {
          span = widen(span, published, t.isDate() ? DateSpan.parse(t.value()) : null);
        }
      }
      span = widenByEvents(span, published, article.id(), events);
    }
    return new ArticleFeatures(
        article.id(),
        article.metadata().outlet(),
        article.metadata().title(),
        published,
        span,
        terms,
        names);
  }

  /**
   * Features of an article with no annotation: plain-text terms, the given actor names (each
   * counted once) and event dates only.
   */
  public ArticleFeatures features(Article article, List<String> actorNames, List<Event> events) {
    Map<String, Double> terms = PlainTextTerms.of(article.text());
    PlainTextTerms.addTo(terms, article.metadata().title(), 2.0);
    Map<String, Integer> names = new LinkedHashMap<>();
    actorNames.forEach(n -> names.merge(n, 1, Integer::sum));
    LocalDate published = article.metadata().published();
    DateSpan span = published == null ? null : DateSpan.of(published);
    if (published != null) {
      span = widenByEvents(span, published, article.id(), events);
    }
    return new ArticleFeatures(
        article.id(),
        article.metadata().outlet(),
        article.metadata().title(),
        published,
        span,
        terms,
        names);
  }

  private DateSpan widenByEvents(
      DateSpan span, LocalDate published, String articleId, Collection<Event> events) {
    for (Event e : events) {
      if (e.articles().contains(articleId)) {
        span = widen(span, published, DateSpan.parse(e.date()));
      }
    }
    return span;
  }

  /** Adds {@code date} to the span when it is one day within the recent window. */
  private DateSpan widen(DateSpan span, LocalDate published, DateSpan date) {
    if (date == null || !date.isDay()) {
      return span;
    }
    LocalDate d = date.start();
    if (d.isBefore(published.minusDays(options.lookBackDays()))
        || d.isAfter(published.plusDays(options.lookAheadDays()))) {
      return span;
    }
    return span.union(date);
  }

  private static boolean isContent(Token t) {
    String pos = t.pos();
    return (pos.startsWith("NN") || pos.startsWith("VB") || pos.startsWith("JJ"))
        && t.word().chars().anyMatch(Character::isLetter);
  }
}
