package org.crosscheck.stories;

import java.util.List;
import org.crosscheck.model.Event;

/**
 * One line of a story's timeline: an event, when it happened and which outlets report it.
 *
 * @param event the event
 * @param date when it happened, or null when no article dates it
 * @param outlets the outlets whose articles in the story report it, in article order (an article
 *     with no known outlet is named by its id)
 * @param background true when the event lies outside the story's span: context the articles recall
 *     (the attack that began a war), not the episode itself
 */
public record TimelineEntry(Event event, DateSpan date, List<String> outlets, boolean background) {
  public TimelineEntry {
    outlets = List.copyOf(outlets);
  }
}
