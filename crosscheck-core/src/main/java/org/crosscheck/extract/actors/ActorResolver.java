package org.crosscheck.extract.actors;

import org.crosscheck.model.AnnotatedArticle;

/**
 * Finds the actors of one article and resolves every reference to them: full names, surnames,
 * titles and roles ("the top U.S. diplomat"), organisations and countries, and pronouns where
 * unambiguous.
 *
 * <p>Implementations are thread-safe and never change their input.
 */
public interface ActorResolver {
  ArticleActors resolve(AnnotatedArticle article);
}
