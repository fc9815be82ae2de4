package org.crosscheck.extract.quotes;

/**
 * The words between one pair of quotation marks, as character offsets in the article text.
 *
 * @param start offset of the first quoted character, after the opening mark and any space
 * @param end offset after the last quoted character, before the closing mark and any trailing
 *     comma (the comma belongs to the attribution, not to the speaker)
 * @param open offset of the opening mark
 * @param close offset of the closing mark, or the paragraph end when the quote runs on unclosed
 *     (news style for a quotation continued in the next paragraph)
 * @param paragraph index of the paragraph that holds it
 * @param single true for single quotation marks (‘...’ or '...')
 * @param closed false when no closing mark ends it in its paragraph
 */
record QuoteSpan(
    int start, int end, int open, int close, int paragraph, boolean single, boolean closed) {

  QuoteSpan {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad quote span " + start + ".." + end);
    }
  }

  /** True when the token span {@code [from, to)} lies inside the quoted words. */
  boolean covers(int from, int to) {
    return from >= start && to <= end;
  }
}
