package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Finding;

/**
 * The result of the cross-check: what the sources agree on and where they conflict.
 *
 * @param agreements "same-quote", "same-event", "figure-agreement", "figure-timeline" findings
 * @param conflicts "speaker-mismatch", "suspect-attribution", "figure-outlier", "figure-conflict"
 *     findings
 */
public record CrossCheck(List<Finding> agreements, List<Finding> conflicts) {
  public CrossCheck {
    agreements = List.copyOf(agreements);
    conflicts = List.copyOf(conflicts);
  }

  /** Nothing found. */
  public static final CrossCheck EMPTY = new CrossCheck(List.of(), List.of());

  /** Both results together, this one's findings first. */
  public CrossCheck plus(CrossCheck other) {
    List<Finding> a = new ArrayList<>(agreements);
    a.addAll(other.agreements);
    List<Finding> c = new ArrayList<>(conflicts);
    c.addAll(other.conflicts);
    return new CrossCheck(a, c);
  }

  /** Every finding, agreements then conflicts. */
  public List<Finding> all() {
    List<Finding> out = new ArrayList<>(agreements);
    out.addAll(conflicts);
    return out;
  }
}
