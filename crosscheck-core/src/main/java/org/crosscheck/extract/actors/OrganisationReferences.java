package org.crosscheck.extract.actors;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Sentence;

/**
 * Rule: a definite description refers back to the organisation or group last mentioned that it
 * fits: "the council" (an organisation whose name ends in "Council"), "the 57-member body" or "the
 * bloc" (an intergovernmental organisation), "the militant group" or "the militants" (an armed
 * group). Numbers and adjectives may stand between "the" and the head ("the 15-member council").
 * When nothing earlier fits, the description stays unresolved.
 */
final class OrganisationReferences {
  private static final Set<String> IGO_NOUNS =
      Set.of("body", "bloc", "organisation", "organization", "alliance", "grouping");
  private static final Set<String> ARMED_NOUNS =
      Set.of("group", "movement", "militants", "militia", "militias", "fighters", "faction");
  private static final int MAX_MODIFIERS = 4;

  void apply(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i + 1 < s.tokens().size(); i++) {
        if (!s.token(i).word().equalsIgnoreCase("the")) {
          continue;
        }
        int head = head(s, i);
        if (head < 0 || !book.isFree(s, i, head + 1)) {
          continue;
        }
        Draft d = referent(book, s, i, s.token(head).word().toLowerCase(Locale.ROOT));
        if (d != null) {
          book.addSpan(d, s, i, head + 1);
          i = head;
        }
      }
    }
  }

  /** The head noun after "the" and its modifiers, or -1 when the phrase goes on. */
  private static int head(Sentence s, int det) {
    int n = s.tokens().size();
    for (int j = det + 1; j < n && j <= det + 1 + MAX_MODIFIERS; j++) {
      String pos = s.token(j).pos();
      boolean compoundPart = j > det + 1 && s.token(j - 1).pos().equals("HYPH");
      if (pos.startsWith("NN") && !pos.startsWith("NNP") && !compoundPart) {
        boolean last = j + 1 >= n || !s.token(j + 1).isNoun();
        return last ? j : -1;
      }
      boolean modifier = compoundPart || pos.startsWith("JJ") || pos.equals("CD")
          || pos.equals("HYPH")
          || s.token(j).word().equals("-");
      if (!modifier) {
        return -1;
      }
    }
    return -1;
  }

  private static Draft referent(ArticleBook book, Sentence s, int at, String noun) {
    Draft best = null;
    for (ArticleBook.Ref r : book.refs()) {
      ActorSpan span = r.span();
      boolean before = span.sentence() < s.index()
          || span.sentence() == s.index() && span.endToken() <= at;
      if (before && fits(r.draft(), noun)) {
        best = r.draft();
      }
    }
    return best;
  }

  private static boolean fits(Draft d, String noun) {
    if (d.isPerson() || d.kind == ActorKind.COUNTRY) {
      return false;
    }
    List<String> words = Names.words(d.name);
    String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
    if (last.equals(noun) && words.size() > 1) {
      return true;
    }
    if (IGO_NOUNS.contains(noun)) {
      return "igo".equals(d.sector);
    }
    if (ARMED_NOUNS.contains(noun)) {
      return d.kind == ActorKind.GROUP && "non-state armed group".equals(d.sector);
    }
    return false;
  }
}
