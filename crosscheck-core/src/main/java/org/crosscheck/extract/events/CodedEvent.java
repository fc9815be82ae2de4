package org.crosscheck.extract.events;

import java.util.Objects;
import org.crosscheck.model.Event;

/**
 * An event with where its trigger sits in the parse, for callers that need more than the
 * {@link Event} record (the benchmark picks a sentence's main event by {@code depth}).
 *
 * @param event the coded event
 * @param sentence index of its sentence in the article
 * @param trigger token index of the word that triggered it
 * @param depth number of arcs from the trigger up to the root of the sentence (0 = the root)
 * @param pattern the lexicon pattern that fired ("call on")
 * @param complete whether it has a source actor and, unless its type needs none, a target
 */
public record CodedEvent(
    Event event, int sentence, int trigger, int depth, String pattern, boolean complete) {
  public CodedEvent {
    Objects.requireNonNull(event, "event");
  }
}
