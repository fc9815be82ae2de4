package org.crosscheck.stories;

/**
 * The knobs of story clustering, with defaults chosen and explained in {@link StorySimilarity}.
 *
 * @param decayDays the time constant τ of the date factor exp(-gap/τ), in days
 * @param threshold the least score for an article to join a story (and for two stories to merge)
 * @param textWeight weight of the TF-IDF cosine in the content score
 * @param actorWeight weight of the actor overlap in the content score
 * @param salientActors how many of an article's or story's most mentioned actors are compared
 * @param unknownDateFactor the date factor used when either side has no date at all
 * @param lookBackDays how far before publication a reported date still belongs to the episode
 * @param lookAheadDays how far after publication a planned date still belongs to the episode
 */
public record StoryOptions(
    double decayDays,
    double threshold,
    double textWeight,
    double actorWeight,
    int salientActors,
    double unknownDateFactor,
    int lookBackDays,
    int lookAheadDays) {

  public StoryOptions {
    if (decayDays <= 0 || threshold <= 0 || threshold > 1) {
      throw new IllegalArgumentException("decayDays must be > 0 and threshold in (0, 1]");
    }
    if (textWeight < 0 || actorWeight < 0 || Math.abs(textWeight + actorWeight - 1) > 1e-9) {
      throw new IllegalArgumentException("textWeight and actorWeight must be >= 0 and sum to 1");
    }
    if (salientActors < 1 || lookBackDays < 0 || lookAheadDays < 0) {
      throw new IllegalArgumentException("salientActors >= 1, look-back/ahead days >= 0");
    }
  }

  /** The defaults: τ = 5 days, threshold 0.2, weights 0.7/0.3, 6 salient actors. */
  public static StoryOptions defaults() {
    return new StoryOptions(5.0, 0.2, 0.7, 0.3, 6, 0.5, 7, 3);
  }

  public StoryOptions withThreshold(double t) {
    return new StoryOptions(
        decayDays,
        t,
        textWeight,
        actorWeight,
        salientActors,
        unknownDateFactor,
        lookBackDays,
        lookAheadDays);
  }
}
