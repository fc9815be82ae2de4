package org.crosscheck.model;

/**
 * A named-entity mention found by the tagger: consecutive tokens with one entity type.
 *
 * @param text the mention as written
 * @param type PERSON, ORGANIZATION, LOCATION, COUNTRY, CITY, NATIONALITY, TITLE, ...
 * @param startToken first token index in the sentence
 * @param endToken token index after the last
 * @param start start offset in the article text
 * @param end end offset in the article text
 */
public record EntityMention(
    String text, String type, int startToken, int endToken, int start, int end) {}
