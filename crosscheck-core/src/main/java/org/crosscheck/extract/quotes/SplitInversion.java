package org.crosscheck.extract.quotes;

import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * A sentence that opens with "said" or "says" and a name or role ("said Hill, who will testify
 * Thursday."): the rest of an inversion the sentence splitter cut off from a quote ending in "?”"
 * or "!”". The parse of such a fragment is unreliable ("said" may come out as an auxiliary), so
 * the words are read in order: the first proper noun or role noun after the verb, before any
 * comma or other verb, is the speaker. Stateless and thread-safe.
 */
final class SplitInversion {

  private SplitInversion() {}

  /** How many tokens after an opening "said" the speaker's name may start. */
  private static final int REACH = 3;

  /** The speech the sentence's opening "said X" reports, or {@link Attribution#NONE}. */
  static Attribution of(Sentence s) {
    int v = 0;
    while (v < s.tokens().size() && !Governance.hasLetterOrDigit(s.token(v).word())) {
      v++;
    }
    if (v >= s.tokens().size() || !"say".equals(SpeechLexicon.lemma(s.token(v))) || !s.token(v).isVerb()) {
      return Attribution.NONE;
    }
    for (int i = v + 1; i < s.tokens().size() && i <= v + REACH; i++) {
      Token t = s.token(i);
      if (t.isProperNoun() || SpeechLexicon.isRoleNoun(t)) {
        // The last word of the name ("said Anna Kowalski") is its head.
        int head = i;
        while (head + 1 < s.tokens().size() && s.token(head + 1).isProperNoun()) {
          head++;
        }
        return new Attribution(Attribution.How.SPEECH, v, head);
      }
      if (t.word().equals(",") || t.isVerb()) {
        break;
      }
    }
    return Attribution.NONE;
  }
}
