package org.crosscheck.model;

import java.util.List;

/**
 * One result of the cross-check: an agreement or a conflict between sources.
 *
 * @param kind what was compared ("same-quote", "figure-timeline", "figure-outlier",
 *     "speaker-mismatch", "suspect-attribution", "same-event", "figure-agreement",
 *     "figure-conflict")
 * @param summary one sentence a journalist can read
 * @param items ids of the quotes, figures or events involved
 * @param sources the evidence of each item
 */
public record Finding(String kind, String summary, List<String> items, List<Evidence> sources) {
  public Finding {
    items = List.copyOf(items);
    sources = List.copyOf(sources);
  }
}
