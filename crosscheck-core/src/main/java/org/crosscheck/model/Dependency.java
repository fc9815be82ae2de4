package org.crosscheck.model;

/**
 * A typed dependency arc between two tokens of one sentence (Universal Dependencies).
 *
 * @param relation the relation name ("nsubj", "obj", "nmod:by", "ccomp", ...)
 * @param governor token index of the head, or -1 for the root
 * @param dependent token index of the dependent
 */
public record Dependency(String relation, int governor, int dependent) {
  public boolean isRoot() {
    return governor < 0;
  }
}
