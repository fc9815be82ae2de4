/**
 * Stage 5: group articles into stories online, and order each story's events in time.
 *
 * <p>{@link org.crosscheck.stories.ArticleFeaturizer} turns each article into {@link
 * org.crosscheck.stories.ArticleFeatures} (content words, actors, date span); {@link
 * org.crosscheck.stories.StoryClusterer} adds them one at a time, each joining the story it is most
 * similar to ({@link org.crosscheck.stories.StorySimilarity}: TF-IDF cosine and actor overlap times
 * a date decay) or starting a new one; {@link org.crosscheck.stories.Timeline} lists a story's
 * events in date order with the outlets that report each.
 */
package org.crosscheck.stories;
