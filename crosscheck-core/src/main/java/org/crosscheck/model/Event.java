package org.crosscheck.model;

import java.util.List;

/**
 * A PLOVER event: who did what to whom, where and when, with every source that tells it.
 *
 * @param id stable id within a report
 * @param type the PLOVER event type
 * @param mode PLOVER mode where the text makes it clear ("visit", "phone", "veto", "airdrop",
 *     "air strike"), else null
 * @param source canonical names of the source actors
 * @param target canonical names of the target actors
 * @param place where it happened, as the text names it, or null
 * @param date ISO-8601 date, month ("2024-03") or range ("2023-10-07..2024-03-21"), or null
 * @param articles ids of the articles that report it
 * @param evidence every sentence that tells it
 */
public record Event(
    String id,
    EventType type,
    String mode,
    List<String> source,
    List<String> target,
    String place,
    String date,
    List<String> articles,
    List<Evidence> evidence) {
  public Event {
    source = List.copyOf(source);
    target = List.copyOf(target);
    articles = List.copyOf(articles);
    evidence = List.copyOf(evidence);
  }
}
