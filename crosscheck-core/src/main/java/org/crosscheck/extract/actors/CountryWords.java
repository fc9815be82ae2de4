package org.crosscheck.extract.actors;

import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Rule: a country word that only modifies a noun ("Israeli tanks", "an Indian proposal", "U.S.
 * pressure") is a modifier span of that country. It is not a mention as {@link ArticleActors#at}
 * sees it (the phrase names tanks, not Israel), but the event coder reads it, as CAMEO does:
 * "Israeli tanks shelled the town" is Israel's act. Runs last, so any rule that makes the word
 * part of a fuller actor ("Israeli officials", "Israeli Prime Minister ...") has claimed it.
 *
 * <p>A capital that no earlier rule took for its government is a place ("arrived in Amman");
 * it too becomes a modifier span of its country, so an event whose target is the place it names
 * ("Sudanese rebels shelled Khartoum") can code the country, as CAMEO does.
 */
final class CountryWords {
  /** Relations by which a word modifies a noun. */
  private static final Set<String> MODIFIES = Set.of("amod", "compound", "nmod:poss");

  void apply(ArticleBook book) {
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        ActorTable.Match m = book.matchAt(s, i);
        if (m == null || m.actor().kind() != ActorKind.COUNTRY
            || !book.isFree(s, m.start(), m.end())
            || m.via() != ActorTable.Via.CAPITAL && !modifiesANoun(s, m)) {
          continue;
        }
        if (book.addModifierSpan(book.known(m.actor()), s, m.start(), m.end())) {
          i = m.end() - 1;
        }
      }
    }
  }

  /** Whether the match's last word hangs on a noun after it as a modifier. */
  private static boolean modifiesANoun(Sentence s, ActorTable.Match m) {
    Dependency up = s.parentArc(m.end() - 1);
    return up != null && MODIFIES.contains(up.relation()) && up.governor() >= m.end()
        && s.token(up.governor()).isNoun();
  }
}
