package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Sentence;

/**
 * Rule: a role phrase set off by a comma right after a person's name is that person's role:
 * "Linda Thomas-Greenfield, the U.S. ambassador to the UN," and "Sigrid Kaag, U.N. senior
 * humanitarian coordinator". The phrase becomes a span of the person. A phrase that starts a new
 * clause ("…, who said", "…, and Israel's Prime Minister") is not an apposition.
 */
final class Appositions {
  private static final Set<String> STOP_AFTER = Set.of(",", ".", ";", ":", ")", "-LRB-", "–",
      "—", "''", "\"", "”");
  private static final int MAX_TOKENS = 14;

  private final TitleParser titles;

  Appositions(TitleParser titles) {
    this.titles = titles;
  }

  void apply(ArticleBook book) {
    for (Draft d : book.persons()) {
      for (ActorSpan span : List.copyOf(d.spans)) {
        Sentence s = book.article.sentences().get(span.sentence());
        int comma = span.endToken();
        if (comma + 1 >= s.tokens().size() || !s.token(comma).word().equals(",")) {
          continue;
        }
        String first = s.token(comma + 1).word().toLowerCase(Locale.ROOT);
        if (first.equals("and") || first.equals("or") || first.equals("who")
            || first.equals("which") || s.token(comma + 1).isVerb()) {
          continue;
        }
        Title t = titles.after(s, comma + 1);
        if (t == null || t.end() - t.start() > MAX_TOKENS || !endsPhrase(s, t.end())
            || containsName(s, t)) {
          continue;
        }
        if (book.addSpan(d, s, comma + 1, t.end())) {
          d.learn(t);
        }
      }
    }
  }

  /** The apposition must end the noun phrase: at a comma, a full stop or the sentence end. */
  private static boolean endsPhrase(Sentence s, int end) {
    return end >= s.tokens().size() || STOP_AFTER.contains(s.token(end).word());
  }

  private static boolean containsName(Sentence s, Title t) {
    for (int i = t.start(); i < t.end(); i++) {
      if ("PERSON".equals(s.token(i).ner()) && !s.token(i).isPronoun()) {
        return true;
      }
    }
    return false;
  }
}
