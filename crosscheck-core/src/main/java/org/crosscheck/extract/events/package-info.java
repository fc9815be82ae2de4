/**
 * Events: who did what to whom, where and when, coded in PLOVER's 16 types.
 *
 * <p>Entry points: {@link org.crosscheck.extract.events.RuleEventExtractor#standard()} codes one
 * article's events from the trigger lexicon ({@code lexicon.tsv} in the resources, documented in
 * its header) and the dependency parse, with actors from an {@link
 * org.crosscheck.extract.actors.ArticleActors}; {@link org.crosscheck.extract.events.EventMerger}
 * merges tellings of one event across sentences and articles.
 */
package org.crosscheck.extract.events;
