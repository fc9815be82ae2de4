package org.crosscheck.crosscheck;

import java.util.HashMap;
import java.util.Map;
import org.crosscheck.model.Article;

/**
 * Who published each article, and which articles are copies of one another. Two articles are
 * independent sources when their outlets differ and neither copies the other (syndication): a copy
 * agreeing with its original confirms nothing. Immutable; thread-safe.
 */
final class Outlets {
  private final Map<String, Article> articles = new HashMap<>();

  Outlets(Iterable<Article> all) {
    for (Article a : all) {
      articles.put(a.id(), a);
    }
  }

  /** The outlet's name, or the article id when the outlet is unknown. */
  String of(String articleId) {
    Article a = articles.get(articleId);
    if (a == null || a.metadata().outlet() == null || a.metadata().outlet().isBlank()) {
      return articleId;
    }
    return a.metadata().outlet().strip();
  }

  /** The article this one copies, following the chain, or itself. */
  String original(String articleId) {
    String id = articleId;
    for (int hops = 0; hops < 16; hops++) {
      Article a = articles.get(id);
      if (a == null || a.duplicateOf() == null) {
        return id;
      }
      id = a.duplicateOf();
    }
    return id;
  }

  /**
   * A key that is equal for two articles exactly when they are not independent: the outlet of the
   * original.
   */
  String sourceKey(String articleId) {
    return of(original(articleId));
  }

  Article article(String id) {
    return articles.get(id);
  }
}
