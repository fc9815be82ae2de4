/**
 * Actors: who the articles talk about, every reference resolved to a canonical actor.
 *
 * <p>Entry points: {@link org.crosscheck.extract.actors.ActorKnowledge#load()} reads the actor,
 * role and first-name tables once; {@link org.crosscheck.extract.actors.RuleActorResolver}
 * resolves one article's names, titles, role descriptions, organisations, countries and pronouns
 * into {@link org.crosscheck.extract.actors.ArticleActors}; {@link
 * org.crosscheck.extract.actors.ActorMerger} merges the actors of many articles into the report's
 * {@link org.crosscheck.model.Actor}s and maps each article's actor keys to report ids. The tables
 * and their format are described in {@code README.md} beside them in the resources.
 */
package org.crosscheck.extract.actors;
