package org.crosscheck.extract.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Small read-only helpers over a sentence's enhanced++ dependency graph, where a token may have
 * several heads. Stateless.
 */
final class Parse {
  private Parse() {}

  /** Every arc that attaches {@code token} to a head (the root arc included). */
  static List<Dependency> parents(Sentence s, int token) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == token) {
        out.add(d);
      }
    }
    return out;
  }

  /** The first head of {@code token}, or -1 for the root or an unparsed token. */
  static int head(Sentence s, int token) {
    Dependency d = s.parentArc(token);
    return d == null ? -1 : d.governor();
  }

  /** The relation that attaches {@code token} to its first head, or "" when none. */
  static String relation(Sentence s, int token) {
    Dependency d = s.parentArc(token);
    return d == null ? "" : d.relation();
  }

  /** The first child of {@code token} whose relation starts with {@code prefix}, or -1. */
  static int child(Sentence s, int token, String prefix) {
    for (Dependency d : s.children(token)) {
      if (d.relation().startsWith(prefix)) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** True when {@code token} has a child by a relation starting with {@code prefix}. */
  static boolean hasChild(Sentence s, int token, String prefix) {
    return child(s, token, prefix) >= 0;
  }

  /** Lower-case lemma of a token. */
  static String lemma(Sentence s, int token) {
    Token t = s.token(token);
    return (t.lemma() == null ? t.word() : t.lemma()).toLowerCase(Locale.ROOT);
  }

  /** Lower-case word of a token. */
  static String word(Sentence s, int token) {
    return s.token(token).word().toLowerCase(Locale.ROOT);
  }

  /**
   * The token range [first, last] of the subtree of {@code root}, following only the basic
   * (first) head of each token so enhanced++ extra arcs do not pull in other clauses.
   */
  static int[] subtree(Sentence s, int root) {
    int first = root;
    int last = root;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (dominates(s, root, i)) {
        first = Math.min(first, i);
        last = Math.max(last, i);
      }
    }
    return new int[] {first, last};
  }

  /** True when {@code ancestor} is {@code token} or above it on the chain of first heads. */
  static boolean dominates(Sentence s, int ancestor, int token) {
    int t = token;
    for (int guard = 0; t >= 0 && guard < s.tokens().size(); guard++) {
      if (t == ancestor) {
        return true;
      }
      t = head(s, t);
    }
    return false;
  }
}
