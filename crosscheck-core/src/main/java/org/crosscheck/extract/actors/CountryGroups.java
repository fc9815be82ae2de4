package org.crosscheck.extract.actors;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Rule: a demonym or country name before a word for a body or a group of people names an
 * unnamed actor of that country: "the Sudanese government", "Russian negotiators", "U.S.
 * officials", "Rwandan rebels", "Swiss doctors". Bodies ("government", "army") are
 * organisations, people ("officials", "rebels") groups; the head word gives the sector. Heads are
 * a closed list: "Israeli airstrikes" or "a U.S. draft resolution" name no actor. The singular of
 * a people head names one unnamed member, who stands for the group ("a Russian official"), and
 * conjoined country words share the head ("Hungarian and Romanian officials" are two groups). A
 * possessive country works as a demonym does when the phrase is a subject or object ("Iraq's
 * interim government announced"; not "thanked Jordan for Jordan's leadership in ...").
 */
final class CountryGroups {
  /** Heads that name a body, with its sector ("-" for none); from group-heads.tsv. */
  private static final Map<String, String> BODIES = heads("body");
  /** Plural heads that name people, with their sector ("-" for none); from group-heads.tsv. */
  private static final Map<String, String> PEOPLE = heads("people");
  private static final Set<String> SKIPPABLE = Set.of("JJ", "JJR", "JJS", "NN", "NNS", "VBN");
  private static final int MAX_MODIFIERS = 2;

  void apply(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        ActorTable.Match m = book.matchAt(s, i);
        if (m == null || m.actor().kind() != ActorKind.COUNTRY) {
          continue;
        }
        int head = head(s, m.end());
        int end = head + 1;
        String name = null;
        if (head < 0) {
          // "Hungarian and Romanian officials": the first conjunct shares the second's head.
          ActorTable.Match next = conjunct(book, s, m.end());
          head = next == null ? -1 : head(s, next.end());
          end = m.end();
          name = head < 0 ? null : s.span(m.start(), m.end()) + " " + s.span(next.end(), head + 1);
        }
        if (head < 0 || !book.isFree(s, m.start(), end)) {
          continue;
        }
        String word = s.token(head).word().toLowerCase(Locale.ROOT);
        boolean body = BODIES.containsKey(word);
        String sector = body ? BODIES.get(word) : people(s, head);
        int start = m.start();
        name = (name == null ? s.span(start, head + 1) : name).replaceFirst("^(?i)the\\s+", "");
        Draft d = book.named(body ? ActorKind.ORGANISATION : ActorKind.GROUP, name);
        d.country = m.actor().country();
        d.sector = sector.equals("-") ? null : sector;
        book.addSpan(d, s, start, end);
        i = end - 1;
      }
    }
  }

  /**
   * Rule: a listed head followed by "from" or "in" and a country's name names a group of that
   * country: "officials from Chile", "rebels in the Ivory Coast". After "in" only heads whose
   * sector belongs to the country itself (government, rebels, opposition, police, courts) count:
   * "troops in Afghanistan" or "refugees in Jordan" are often foreigners there.
   */
  void applyAfter(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int j = 0; j < s.tokens().size(); j++) {
        String word = s.token(j).word().toLowerCase(Locale.ROOT);
        String sector = BODIES.containsKey(word) ? BODIES.get(word) : PEOPLE.get(word);
        // A capital letter at the start of a sentence does not make "Rebels" a name.
        if (sector == null || !s.token(j).isNoun() || s.token(j).isProperNoun() && j > 0) {
          continue;
        }
        for (Dependency d : s.children(j)) {
          boolean from = d.relation().equals("nmod:from");
          boolean in = d.relation().equals("nmod:in") && HOME_SECTORS.contains(sector);
          ActorTable.Match m = from || in ? countryNameAt(book, s, d.dependent()) : null;
          int start = phraseStart(s, j);
          // The span is the head phrase: the country keeps its own mention.
          if (m == null || m.start() <= j || !book.isFree(s, start, j + 1)) {
            continue;
          }
          Draft g = book.named(BODIES.containsKey(word) ? ActorKind.ORGANISATION : ActorKind.GROUP,
              s.span(start, m.end()).replaceFirst("^(?i)the\\s+", ""));
          g.country = m.actor().country();
          g.sector = sector.equals("-") ? null : sector;
          book.addSpan(g, s, start, j + 1);
          break;
        }
      }
    }
  }

  /** Sectors of heads that, "in" a country, are that country's own. */
  private static final Set<String> HOME_SECTORS =
      Set.of("government", "non-state armed group", "opposition", "police", "judiciary");

  /** The country named (not by demonym or capital) by a phrase covering token {@code t}. */
  private static ActorTable.Match countryNameAt(ArticleBook book, Sentence s, int t) {
    for (int k = Math.max(0, t - 4); k <= t; k++) {
      ActorTable.Match m = book.matchAt(s, k);
      if (m != null && m.start() <= t && t < m.end() && m.actor().kind() == ActorKind.COUNTRY
          && m.via() == ActorTable.Via.NAME) {
        return m;
      }
    }
    return null;
  }

  /** The first token of the head's own modifiers right before it ("security forces"). */
  private static int phraseStart(Sentence s, int head) {
    int start = head;
    while (start > 0) {
      Dependency up = s.parentArc(start - 1);
      if (up == null || up.governor() != head
          || !(up.relation().equals("compound") || up.relation().equals("amod"))) {
        break;
      }
      start--;
    }
    return start;
  }

  /** The country word after "and", "or" or a comma at {@code at}, or null. */
  private static ActorTable.Match conjunct(ArticleBook book, Sentence s, int at) {
    if (at + 1 >= s.tokens().size() || !CONJUNCTIONS.contains(s.token(at).word())) {
      return null;
    }
    ActorTable.Match m = book.matchAt(s, at + 1);
    return m != null && m.actor().kind() == ActorKind.COUNTRY ? m : null;
  }

  private static final Set<String> CONJUNCTIONS = Set.of("and", "or", ",");

  /**
   * The sector of a people head: a listed plural, or the singular of one after "a" or "an" ("a
   * Russian official", "an Argentine judge": one unnamed member stands for the group and its
   * country); null if neither. A definite singular ("the Chilean diplomat") refers back to a
   * person the article names, which is {@link RoleReferences}' business.
   */
  private static String people(Sentence s, int head) {
    String word = s.token(head).word().toLowerCase(Locale.ROOT);
    if (PEOPLE.containsKey(word)) {
      return PEOPLE.get(word);
    }
    return s.token(head).pos().equals("NN") && indefinite(s, head) ? PEOPLE.get(word + "s") : null;
  }

  private static boolean indefinite(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String w = s.token(d.dependent()).word().toLowerCase(Locale.ROOT);
      if (d.relation().equals("det") && (w.equals("a") || w.equals("an"))) {
        return true;
      }
    }
    return false;
  }

  /** The head word after a country word, if it is a listed body or people noun; else -1. */
  private static int head(Sentence s, int from) {
    int n = s.tokens().size();
    int max = from + MAX_MODIFIERS + (from < n && s.token(from).pos().equals("POS") ? 1 : 0);
    for (int j = from; j < n && j <= max; j++) {
      String lw = s.token(j).word().toLowerCase(Locale.ROOT);
      // "The German government today welcomed...": a date word does not continue the phrase
      boolean last = j + 1 >= n || !s.token(j + 1).isNoun()
          || s.token(j + 1).ner().equals("DATE");
      if (last && (BODIES.containsKey(lw) || people(s, j) != null)
          && !s.token(j).isProperNoun()) {
        boolean afterPossessive = s.token(from).pos().equals("POS");
        return !afterPossessive || isArgument(s, j) ? j : -1;
      }
      // "Iraq's interim government": the possessive marker right after the country continues it.
      boolean possessive = j == from && s.token(j).pos().equals("POS");
      if (!possessive
          && (!SKIPPABLE.contains(s.token(j).pos()) || Names.isCapitalized(s.token(j).word()))) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Whether a possessed head acts or is acted on: "Iraq's government announced" names the body,
   * "thanked him for Jordan's leadership in ..." names a quality.
   */
  private static boolean isArgument(Sentence s, int head) {
    Dependency up = s.parentArc(head);
    return up != null && (up.relation().startsWith("nsubj") || up.relation().equals("obj"));
  }

  private static Map<String, String> heads(String kind) {
    Map<String, String> out = new HashMap<>();
    for (TsvRows.Row row : TsvRows.resource("group-heads.tsv", 3)) {
      String type = row.get(1);
      if (!type.equals("body") && !type.equals("people")) {
        throw row.error("expected body or people, found '" + type + "'");
      }
      if (type.equals(kind)) {
        out.put(row.get(0), row.get(2));
      }
    }
    return Map.copyOf(out);
  }
}
