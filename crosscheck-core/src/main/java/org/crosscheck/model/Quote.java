package org.crosscheck.model;

/**
 * A quotation and who said it.
 *
 * @param id stable id within a report
 * @param article article id
 * @param text the quoted words, without the quotation marks
 * @param fragment true for a few quoted words inside a sentence, false for a full quotation
 * @param speaker canonical actor name, or null when the text names no one
 * @param speakerId id of the speaker in the report's actors, or null
 * @param speakerKind person, organisation, document or none
 * @param evidence the sentence, and the span of the quoted words in the article text
 */
public record Quote(
    String id,
    String article,
    String text,
    boolean fragment,
    String speaker,
    String speakerId,
    SpeakerKind speakerKind,
    Evidence evidence) {}
