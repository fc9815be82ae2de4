package org.crosscheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * Articles that tell the same real-world episode, with its timeline.
 *
 * @param id stable id within a report
 * @param title a short title for the story
 * @param start first date of the story's span
 * @param end last date of the span
 * @param articles ids of its articles
 * @param timeline ids of its events in date order
 */
public record Story(
    String id,
    String title,
    LocalDate start,
    LocalDate end,
    List<String> articles,
    List<String> timeline) {
  public Story {
    articles = List.copyOf(articles);
    timeline = List.copyOf(timeline);
  }
}
