package org.crosscheck.extract.events;

import java.util.List;
import java.util.Objects;
import org.crosscheck.model.EventType;

/**
 * One line of the event lexicon: a trigger lemma, the companion words it needs, the parts of
 * speech it may have, and the PLOVER type and mode it codes. Immutable.
 *
 * @param lemma the trigger's lemma, lower case ("call")
 * @param companions words that must hang off the trigger ("on" for "call on"), possibly empty
 * @param verb whether a verb may trigger it
 * @param noun whether a noun may trigger it
 * @param type the PLOVER event type
 * @param mode the PLOVER mode, or null
 */
public record LexiconEntry(
    String lemma, List<String> companions, boolean verb, boolean noun, EventType type, String mode) {
  public LexiconEntry {
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(type, "type");
    companions = List.copyOf(companions);
    if (!verb && !noun) {
      throw new IllegalArgumentException("entry for " + lemma + " is neither verb nor noun");
    }
  }

  /** The pattern as written in the lexicon file ("call on"). */
  public String pattern() {
    return companions.isEmpty() ? lemma : lemma + " " + String.join(" ", companions);
  }
}
