package org.crosscheck.model;

import java.util.List;

/**
 * Everything one run finds: the articles, the actors, quotes, figures and events in them, the
 * stories they form and the cross-check across outlets.
 */
public record Report(
    List<Article> articles,
    List<Actor> actors,
    List<Quote> quotes,
    List<Figure> figures,
    List<Event> events,
    List<Story> stories,
    List<Finding> agreements,
    List<Finding> conflicts,
    List<String> warnings) {
  public Report {
    articles = List.copyOf(articles);
    actors = List.copyOf(actors);
    quotes = List.copyOf(quotes);
    figures = List.copyOf(figures);
    events = List.copyOf(events);
    stories = List.copyOf(stories);
    agreements = List.copyOf(agreements);
    conflicts = List.copyOf(conflicts);
    warnings = List.copyOf(warnings);
  }
}
