package org.crosscheck.model;

import java.util.Objects;

/**
 * Where an extracted item comes from: the article, the sentence that states it, and the
 * character span of the item in the article's {@link Article#text()}.
 *
 * @param article article id
 * @param sentence the full sentence text
 * @param start start offset of the item in the article text (inclusive)
 * @param end end offset (exclusive)
 */
public record Evidence(String article, String sentence, int start, int end) {
  public Evidence {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span " + start + ".." + end);
    }
  }
}
