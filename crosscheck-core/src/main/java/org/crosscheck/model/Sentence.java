package org.crosscheck.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An annotated sentence: tokens with POS, lemma and NER, entity and time mentions, and a
 * dependency parse.
 *
 * @param index position in the article, from 0
 * @param paragraph index of the paragraph it belongs to
 * @param text the sentence as written
 * @param start start offset in the article text
 * @param end end offset in the article text
 */
public record Sentence(
    int index,
    int paragraph,
    String text,
    int start,
    int end,
    List<Token> tokens,
    List<Dependency> dependencies,
    List<EntityMention> entities,
    List<TimeMention> times) {

  public Sentence {
    tokens = List.copyOf(tokens);
    dependencies = List.copyOf(dependencies);
    entities = List.copyOf(entities);
    times = List.copyOf(times);
  }

  public Token token(int i) {
    return tokens.get(i);
  }

  /** The arcs whose head is token {@code governor}. */
  public List<Dependency> children(int governor) {
    List<Dependency> out = new ArrayList<>();
    for (Dependency d : dependencies) {
      if (d.governor() == governor) {
        out.add(d);
      }
    }
    return out;
  }

  /** The arc that attaches token {@code dependent} to its head, or null. */
  public Dependency parentArc(int dependent) {
    for (Dependency d : dependencies) {
      if (d.dependent() == dependent) {
        return d;
      }
    }
    return null;
  }

  /** Index of the root token, or -1 when the sentence has no parse. */
  public int root() {
    for (Dependency d : dependencies) {
      if (d.isRoot()) {
        return d.dependent();
      }
    }
    return -1;
  }

  /** The text from token {@code from} to token {@code to} (exclusive), as written. */
  public String span(int from, int to) {
    if (from >= to) {
      return "";
    }
    return text.substring(tokens.get(from).start() - start, tokens.get(to - 1).end() - start);
  }
}
