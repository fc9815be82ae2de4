package org.crosscheck.model;

import java.util.List;

/**
 * An article with its linguistic annotation.
 *
 * @param article the clean article; offsets refer to its {@link Article#text()}
 * @param sentences its sentences in order
 */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {
  public AnnotatedArticle {
    sentences = List.copyOf(sentences);
  }

  public String id() {
    return article.id();
  }

  /** The sentence that contains character {@code offset}, or null. */
  public Sentence sentenceAt(int offset) {
    for (Sentence s : sentences) {
      if (offset >= s.start() && offset < s.end()) {
        return s;
      }
    }
    return null;
  }
}
