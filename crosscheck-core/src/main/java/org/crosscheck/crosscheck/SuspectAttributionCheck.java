package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;

/**
 * Flags a quote attributed to a person who does not fit its passage ("suspect-attribution"): an
 * interview or speech where every neighbouring quote is one speaker's, and one line in the middle
 * names somebody else who is mentioned nowhere around it. Such lines are usually an editing slip (a
 * president's name typed for his secretary of state), worth a journalist's second look.
 *
 * <p>The rule, within one article, for a quote Q attributed to person X:
 *
 * <ol>
 *   <li>take the {@value #NEIGHBOURS} nearest quotes with a named speaker before Q and the {@value
 *       #NEIGHBOURS} after it, each at most {@value #MAX_PARAGRAPHS} paragraphs away;
 *   <li>there is at least one on each side (Q sits inside the passage, not at its edge), and at
 *       least three in all;
 *   <li>all of them are attributed to one actor Y who is not X;
 *   <li>X's last name occurs nowhere in the passage (from the first neighbour to the last) except
 *       in Q's own sentence, and that sentence names X by the last name alone: nobody introduced X,
 *       so the attribution has no support.
 * </ol>
 *
 * Condition 4 spares a genuine second voice, who is introduced by full name in the quote's sentence
 * ("top official Osama Hamdan said") or mentioned around it ("Blinken met Herzog, who said ‘…’.
 * After meeting Herzog, …"). Organisations and documents are not checked: a statement quoted
 * between an official's remarks is normal. Stateless; thread-safe.
 */
final class SuspectAttributionCheck {
  static final int NEIGHBOURS = 2;
  static final int MAX_PARAGRAPHS = 6;

  private SuspectAttributionCheck() {}

  static List<Finding> run(List<Quote> quotes, Outlets outlets) {
    Map<String, List<Quote>> byArticle = new LinkedHashMap<>();
    for (Quote q : quotes) {
      if (q.speaker() != null && q.evidence() != null) {
        byArticle.computeIfAbsent(q.article(), k -> new ArrayList<>()).add(q);
      }
    }
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, List<Quote>> e : byArticle.entrySet()) {
      Article article = outlets.article(e.getKey());
      if (article == null) {
        continue; // without the text there is no passage to read
      }
      List<Quote> ordered =
          e.getValue().stream()
              .sorted(Comparator.comparingInt(q -> q.evidence().start()))
              .collect(Collectors.toList());
      for (int i = 0; i < ordered.size(); i++) {
        Finding f = check(ordered, i, article, outlets);
        if (f != null) {
          out.add(f);
        }
      }
    }
    return out;
  }

  private static Finding check(List<Quote> ordered, int index, Article article, Outlets outlets) {
    Quote q = ordered.get(index);
    if (q.speakerKind() != null && q.speakerKind() != SpeakerKind.PERSON) {
      return null;
    }
    int paragraph = paragraphOf(article, q.evidence().start());
    List<Quote> before = new ArrayList<>();
    for (int j = index - 1; j >= 0 && before.size() < NEIGHBOURS; j--) {
      if (!near(article, ordered.get(j), paragraph)) {
        break;
      }
      before.add(0, ordered.get(j));
    }
    List<Quote> after = new ArrayList<>();
    for (int j = index + 1; j < ordered.size() && after.size() < NEIGHBOURS; j++) {
      if (!near(article, ordered.get(j), paragraph)) {
        break;
      }
      after.add(ordered.get(j));
    }
    if (before.isEmpty() || after.isEmpty() || before.size() + after.size() < 3) {
      return null;
    }
    List<Quote> neighbours = new ArrayList<>(before);
    neighbours.addAll(after);
    String other = neighbours.get(0).speaker();
    for (Quote n : neighbours) {
      if (!Names.same(n.speaker(), other)) {
        return null;
      }
    }
    if (Names.same(q.speaker(), other)) {
      return null;
    }
    String text = article.text();
    int from = Math.max(0, Math.min(before.get(0).evidence().start(), q.evidence().start()));
    int to = Math.min(text.length(), after.get(after.size() - 1).evidence().end());
    String passage = text.substring(from, Math.max(from, to)).replace(q.evidence().sentence(), " ");
    String surname = Names.surname(q.speaker());
    if (surname.isEmpty() || mentions(passage, surname) || introduced(q)) {
      return null;
    }
    List<Quote> items = new ArrayList<>();
    items.add(q);
    items.addAll(neighbours);
    String summary =
        String.format(
            "Suspect attribution in %s: “%s” is attributed to %s, but the %d quotes around it are"
                + " all attributed to %s and %s is not mentioned in the passage.",
            outlets.of(q.article()),
            Summaries.excerpt(q.text()),
            q.speaker(),
            neighbours.size(),
            other,
            q.speaker());
    return new Finding(
        "suspect-attribution",
        summary,
        items.stream().map(Quote::id).collect(Collectors.toList()),
        items.stream().map(Quote::evidence).collect(Collectors.toList()));
  }

  /** True when Q's own sentence gives X's first name too: X is introduced there. */
  private static boolean introduced(Quote q) {
    List<String> words = Names.words(q.speaker());
    if (words.size() < 2) {
      return false;
    }
    String sentence = q.evidence().sentence().replace(q.text(), " ");
    return mentions(sentence, words.get(0));
  }

  private static boolean near(Article article, Quote other, int paragraph) {
    return Math.abs(paragraphOf(article, other.evidence().start()) - paragraph) <= MAX_PARAGRAPHS;
  }

  private static boolean mentions(String passage, String surname) {
    Pattern p =
        Pattern.compile(
            "(?<![\\p{L}])" + Pattern.quote(surname) + "(?![\\p{L}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    return p.matcher(passage.toLowerCase(Locale.ROOT)).find();
  }

  /** The index of the paragraph holding character {@code offset}. */
  static int paragraphOf(Article article, int offset) {
    int start = 0;
    for (int i = 0; i < article.paragraphs().size(); i++) {
      int end = start + article.paragraphs().get(i).text().length();
      if (offset < end + Article.PARAGRAPH_SEPARATOR.length()) {
        return i;
      }
      start = end + Article.PARAGRAPH_SEPARATOR.length();
    }
    return Math.max(0, article.paragraphs().size() - 1);
  }
}
