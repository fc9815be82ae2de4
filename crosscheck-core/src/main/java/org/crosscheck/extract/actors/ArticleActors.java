package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The actors of one article and a lookup from token positions to them. Immutable.
 *
 * <p>Some spans only modify a noun: "Israeli" in "Israeli tanks" is a word for Israel, but the
 * phrase names tanks, not Israel. Such modifier spans are among the actor's spans (they are real
 * evidence that the article speaks of it) but {@link #at} and {@link #spanAt} do not return
 * them; {@link #modifierAt} does, for the event coder, who codes "Israeli tanks fired" as
 * Israel's act.
 */
public final class ArticleActors {
  private final String article;
  private final List<ArticleActor> actors;
  private final Set<ActorSpan> modifiers;

  public ArticleActors(String article, List<ArticleActor> actors) {
    this(article, actors, Set.of());
  }

  /** @param modifiers spans of {@code actors} that only modify a noun */
  public ArticleActors(String article, List<ArticleActor> actors, Set<ActorSpan> modifiers) {
    this.article = article;
    this.actors = List.copyOf(actors);
    this.modifiers = Set.copyOf(modifiers);
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
    return find(sentence, token, false).map(Hit::actor);
  }

  /** The span covering token {@code token} of sentence {@code sentence}, if any. */
  public Optional<ActorSpan> spanAt(int sentence, int token) {
    return find(sentence, token, false).map(Hit::span);
  }

  /** The actor a modifier span covering the token is a word for ("Israeli" in "Israeli tanks"). */
  public Optional<ArticleActor> modifierAt(int sentence, int token) {
    return find(sentence, token, true).map(Hit::actor);
  }

  private record Hit(ArticleActor actor, ActorSpan span) {}

  /** The first span covering the token that is (or is not) a modifier span, with its actor. */
  private Optional<Hit> find(int sentence, int token, boolean modifier) {
    for (ArticleActor a : actors) {
      for (ActorSpan s : a.spans()) {
        if (s.covers(sentence, token) && modifiers.contains(s) == modifier) {
          return Optional.of(new Hit(a, s));
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
