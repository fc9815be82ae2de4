package org.crosscheck.model;

/**
 * One place where an actor is named or referred to.
 *
 * @param article article id
 * @param text the words as written ("the top U.S. diplomat", "he")
 * @param start start offset in the article text
 * @param end end offset in the article text
 */
public record Mention(String article, String text, int start, int end) {}
