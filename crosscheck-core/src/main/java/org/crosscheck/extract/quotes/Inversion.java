package org.crosscheck.extract.quotes;

import java.util.Set;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Speakers named after their speech verb ("“...,” said Hill"), where the parser often misreads
 * the name as an object, a modifier or a sentence of its own. Used by {@link Governance}.
 * Stateless and thread-safe.
 */
final class Inversion {
  /** Relations the parser gives a speaker named after "say" ("said X", "says X"). */
  private static final Set<String> MISREAD = Set.of("obj", "xcomp", "dep");


  private Inversion() {}

  /** How many tokens after an opening "said" the speaker's name may start. */
  private static final int REACH = 3;

  /**
   * The speech reported by a sentence that opens with "said" or "says" and a name or role ("said
   * Hill, who will testify Thursday."): the rest of an inversion the sentence splitter cut off
   * from a quote ending in "?”" or "!”". The parse of such a fragment is unreliable ("said" may
   * come out as an auxiliary), so the words are read in order: the first proper noun or role noun
   * after the verb, before any comma or other verb, speaks. {@link Attribution#NONE} otherwise.
   */
  static Attribution opening(Sentence s) {
    int v = 0;
    while (v < s.tokens().size() && !Governance.hasLetterOrDigit(s.token(v).word())) {
      v++;
    }
    if (v >= s.tokens().size() || !"say".equals(SpeechLexicon.lemma(s.token(v)))
        || !s.token(v).isVerb()) {
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

  /**
   * The subject of an inversion the parser misread, or -1. After "say" a name or role read as an
   * object or complement speaks ("..., says President X", "said a spokeswoman"): one says words,
   * never a person; once the words said stand before "say" as its clause, any noun after it does
   * ("..., said another witness, X"), as "say" never takes both. After another finite speech verb
   * that follows the quote ("“...?” asked Novak") only a name or role does. A name the parser hung
   * the verb from ("says Keller" as a modifier of Keller) speaks too.
   */
  static int subject(Sentence s, int v, boolean[] inside) {
    boolean say = "say".equals(SpeechLexicon.lemma(s.token(v)));
    boolean quoteBefore = false;
    for (int i = 0; inside != null && i < v; i++) {
      quoteBefore |= inside[i];
    }
    // Only a finite verb inverts ("asked Novak", not "asking Novak"), and never "tell", whose
    // object is the listener.
    String pos = s.token(v).pos();
    boolean finite = pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP");
    if (!say && !(quoteBefore && finite && !"tell".equals(SpeechLexicon.lemma(s.token(v))))) {
      return -1;
    }
    boolean saidClauseBefore = say && s.dependencies().stream()
        .anyMatch(d -> CLAUSES_SAID.contains(d.relation())
            && (d.governor() == v && d.dependent() < v
                || d.dependent() == v && d.governor() >= 0 && d.governor() < v));
    for (Dependency d : s.dependencies()) {
      boolean child = d.governor() == v
          && MISREAD.contains(d.relation());
      boolean head = d.dependent() == v && d.governor() == v + 1 && d.relation().equals("dep");
      int c = child ? d.dependent() : head ? d.governor() : -1;
      if (c <= v || (inside != null && inside[c])) {
        continue;
      }
      Token t = s.token(c);
      if (t.isProperNoun() || SpeechLexicon.isRoleNoun(t) || (saidClauseBefore && t.isNoun())) {
        return c;
      }
    }
    return -1;
  }

  /** Relations between "say" and the words said, either way round in a misread parse. */
  private static final Set<String> CLAUSES_SAID = Set.of("ccomp", "parataxis", "dep");
}
