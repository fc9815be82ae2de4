package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.crosscheck.model.Sentence;

/**
 * Rule: a definite role description refers back to the person last mentioned who holds a
 * matching role: "the top U.S. diplomat", "the US secretary of state", "the Secretary", "the
 * Israeli leader", "the king". The description's head must be a singular role word that is the
 * person's role or one of its generic names (a secretary of state is a "diplomat", a prime
 * minister a "leader"); a country in the description ("U.S.", "Israeli") must not contradict the
 * person's. When nobody earlier in the article fits, the description stays unresolved.
 */
final class RoleReferences {
  private static final int MAX_MODIFIERS = 5;

  private final TitleParser titles;

  RoleReferences(TitleParser titles) {
    this.titles = titles;
  }

  void apply(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i + 1 < s.tokens().size(); i++) {
        if (s.token(i).word().equalsIgnoreCase("the")) {
          int end = description(book, s, i);
          if (end > 0) {
            i = end - 1;
          }
        }
      }
    }
  }

  /** Resolves a description starting at the determiner {@code det}; its end, or -1. */
  private int description(ArticleBook book, Sentence s, int det) {
    int n = s.tokens().size();
    List<String> lower = new ArrayList<>();
    for (int j = det + 1; j < n && j <= det + MAX_MODIFIERS + 4; j++) {
      if (!titles.isTitleToken(s, j) && !s.token(j).word().equals("of")) {
        break;
      }
      lower.add(s.token(j).word().toLowerCase(Locale.ROOT));
    }
    // The role must be the head: the longest role ending at the last title word.
    for (int e = lower.size(); e >= 1; e--) {
      RoleTable.Match m = book.knowledge.roles().longestEndingAt(lower, e);
      if (m == null) {
        continue;
      }
      int end = det + 1 + e;
      if (end < n && s.token(end).isNoun() || !book.isFree(s, det, end)) {
        return -1;
      }
      Title t = titles.read(s, det + 1, end);
      Draft who = holder(book, s, det, m.role().phrase(), t == null ? null : t.country());
      if (who == null) {
        return -1;
      }
      book.addSpan(who, s, det, end);
      return end;
    }
    return -1;
  }

  /** The person mentioned last before token {@code at} whose role answers to {@code word}. */
  private static Draft holder(ArticleBook book, Sentence s, int at, String word, String country) {
    Draft best = null;
    boolean bestCountryKnown = false;
    for (ArticleBook.Ref r : book.refs()) {
      ActorSpan span = r.span();
      boolean before = span.sentence() < s.index()
          || span.sentence() == s.index() && span.endToken() <= at;
      if (!before || !r.draft().isPerson() || !r.draft().answersTo(word)) {
        continue;
      }
      String c = r.draft().country;
      if (country != null && c != null && !country.equals(c)) {
        continue;
      }
      boolean known = country != null && country.equals(c);
      // Later mentions win, but a person whose country the description confirms wins over one
      // whose country is unknown.
      if (best == null || known || !bestCountryKnown) {
        best = r.draft();
        bestCountryKnown = known || bestCountryKnown && best == r.draft();
      }
    }
    return best;
  }
}
