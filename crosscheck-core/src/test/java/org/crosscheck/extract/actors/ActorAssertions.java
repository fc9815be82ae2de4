package org.crosscheck.extract.actors;

import java.util.Optional;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/** Test helpers: which actor the words of a phrase refer to. */
final class ActorAssertions {
  private ActorAssertions() {}

  /**
   * The actor referred to at the first token of the {@code occurrence}-th (from 1) occurrence of
   * {@code phrase} in the article text.
   */
  static Optional<ArticleActor> actorAt(AnnotatedArticle article, ArticleActors actors,
      String phrase, int occurrence) {
    String text = article.article().text();
    int at = -1;
    for (int k = 0; k < occurrence; k++) {
      at = text.indexOf(phrase, at + 1);
      if (at < 0) {
        throw new AssertionError("'" + phrase + "' occurs fewer than " + occurrence + " times");
      }
    }
    int last = at;
    for (Sentence s : article.sentences()) {
      for (Token t : s.tokens()) {
        if (t.start() <= last && last < t.end()) {
          return actors.at(s.index(), t.index());
        }
      }
    }
    return Optional.empty();
  }

  static Optional<ArticleActor> actorAt(AnnotatedArticle article, ArticleActors actors,
      String phrase) {
    return actorAt(article, actors, phrase, 1);
  }

  static ArticleActor named(ArticleActors actors, String name) {
    return actors.all().stream().filter(a -> a.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no actor named " + name + " in " + names(actors)));
  }

  static String names(ArticleActors actors) {
    return actors.all().stream().map(ArticleActor::name).toList().toString();
  }
}
