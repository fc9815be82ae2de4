package org.crosscheck.model;

import java.time.LocalDate;

/**
 * A reported quantity: a value, what it counts, of whom, who reported it and as of when.
 *
 * @param id stable id within a report
 * @param article article id
 * @param value the number (31988, 1500000, 100 for "100%")
 * @param qualifier exact, about, more than, at least, nearly, ...
 * @param measure what is counted, normalised ("killed", "wounded", "displaced", "hostages held",
 *     "tons of aid")
 * @param subject of whom, as the text says ("Palestinians in Gaza")
 * @param source who reported it, or null when the text names no one
 * @param asOf the date the figure is stated for: the article date unless the text says otherwise
 * @param evidence the sentence and the span of the figure in the article text
 */
public record Figure(
    String id,
    String article,
    double value,
    Qualifier qualifier,
    String measure,
    String subject,
    String source,
    LocalDate asOf,
    Evidence evidence) {}
