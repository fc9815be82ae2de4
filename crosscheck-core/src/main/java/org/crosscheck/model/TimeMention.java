package org.crosscheck.model;

/**
 * A time expression with its value resolved against the article's publication date.
 *
 * @param text the expression as written ("on Wednesday", "last month")
 * @param type DATE, TIME, DURATION or SET
 * @param value the TIMEX3 value as resolved ("2024-03-20", "2024-02", "P6W"); null if none
 * @param startToken first token index in the sentence
 * @param endToken token index after the last
 * @param start start offset in the article text
 * @param end end offset in the article text
 */
public record TimeMention(
    String text, String type, String value, int startToken, int endToken, int start, int end) {

  public boolean isDate() {
    return "DATE".equals(type) || "TIME".equals(type);
  }
}
