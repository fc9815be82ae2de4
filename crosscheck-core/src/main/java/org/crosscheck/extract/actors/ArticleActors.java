package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Optional;

/**
 * The actors of one article and a lookup from token positions to them. Immutable.
 */
public final class ArticleActors {
  private final String article;
  private final List<ArticleActor> actors;

  public ArticleActors(String article, List<ArticleActor> actors) {
    this.article = article;
    this.actors = List.copyOf(actors);
  }

  /** The article id. */
  public String article() {
    return article;
  }

  public List<ArticleActor> all() {
    return actors;
  }

  /** The actor referred to by a span covering token {@code token} of sentence {@code sentence}. */
  public Optional<ArticleActor> at(int sentence, int token) {
    for (ArticleActor a : actors) {
      for (ActorSpan s : a.spans()) {
        if (s.covers(sentence, token)) {
          return Optional.of(a);
        }
      }
    }
    return Optional.empty();
  }

  /** The span covering token {@code token} of sentence {@code sentence}, if any. */
  public Optional<ActorSpan> spanAt(int sentence, int token) {
    for (ArticleActor a : actors) {
      for (ActorSpan s : a.spans()) {
        if (s.covers(sentence, token)) {
          return Optional.of(s);
        }
      }
    }
    return Optional.empty();
  }

  /** The actor with this key, if any. */
  public Optional<ArticleActor> byKey(String key) {
    return actors.stream().filter(a -> a.key().equals(key)).findFirst();
  }

  @Override
  public String toString() {
    return "ArticleActors[" + article + ", " + actors.size() + " actors]";
  }
}
