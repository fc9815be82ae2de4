package org.crosscheck.extract.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Finds, in one sentence's dependency parse, the speech verb that governs a quotation and its
 * subject.
 *
 * <p>The rule: from the quoted words, climb the (enhanced) dependency graph to every ancestor
 * outside the quote. Among the speech verbs met, the outermost wins, so reported speech inside
 * reported speech goes to the one who reported it ("Miller said Blinken “emphasized ...”" is
 * Miller's). A subjectless question verb on the way ("Asked whether ..., considering “...”")
 * means the quote is an interviewer's question. A speech verb without a subject of its own
 * ("..., adding “...”", "saying “...”") takes the subject of the clause it hangs from. When the
 * climb finds no speech verb (a parse that hangs "said" under the quote), the nearest speech verb
 * outside the quote is used. Stateless and thread-safe.
 */
final class Governance {

  private Governance() {}

  /** The attribution of the quote {@code q} within sentence {@code s}. */
  static Attribution of(Sentence s, QuoteSpan q) {
    boolean[] inside = inside(s, q);
    List<Integer> ancestors = ancestors(s, inside);
    int nearest = -1;
    for (int a : ancestors) {
      Token t = s.token(a);
      // "“...?” asked Novak" names the asker: a question verb with an inverted subject speaks.
      if (SpeechLexicon.isQuestionVerb(t) && !hasOwnSubject(s, a)
          && Inversion.subject(s, a, inside) < 0) {
        return Attribution.question(a);
      }
      if (SpeechLexicon.isSpeechVerb(t) && subjectOf(s, a, 0, inside) >= 0) {
        nearest = a;
        break;
      }
    }
    if (nearest >= 0) {
      int outermost = outermost(s, nearest, inside);
      int subject = subjectOf(s, outermost, 0, inside);
      int question = questionBefore(s, q, subject);
      return question >= 0
          ? Attribution.question(question)
          : new Attribution(Attribution.How.SPEECH, outermost, subject);
    }
    for (int a : ancestors) {
      int x = accordingTo(s, a);
      if (x >= 0) {
        return new Attribution(Attribution.How.ACCORDING_TO, -1, x);
      }
    }
    int according = accordingAnywhere(s, inside);
    if (according >= 0) {
      return new Attribution(Attribution.How.ACCORDING_TO, -1, according);
    }
    int label = colonLabel(s, q);
    if (label >= 0) {
      return new Attribution(Attribution.How.SPEECH, -1, label);
    }
    int closest = nearestSpeechVerb(s, inside, q);
    if (closest >= 0) {
      return new Attribution(Attribution.How.SPEECH, closest, subjectOf(s, closest, 0, inside));
    }
    for (int a : ancestors) {
      if (s.token(a).isVerb()) {
        int subj = subjectOf(s, a, 0, inside);
        if (subj >= 0 && !inside[subj]) {
          return new Attribution(Attribution.How.CLAUSE, a, subj);
        }
      }
    }
    return Attribution.NONE;
  }

  /**
   * The sentence's own reported speech, quote or not: its speech verb nearest the root that has a
   * subject ("Netanyahu said in a statement that ..."), or the speaker named right after an
   * opening "said" ({@link Inversion#opening}). Lets a later "he said" find its speaker.
   */
  static Attribution mainSpeech(Sentence s) {
    Attribution inverted = Inversion.opening(s);
    if (inverted.how() == Attribution.How.SPEECH) {
      return inverted;
    }
    int[] depth = depths(s);
    int best = -1;
    for (int i = 0; i < s.tokens().size(); i++) {
      if (SpeechLexicon.isSpeechVerb(s.token(i))
          && subjectOf(s, i, 0, null) >= 0
          && depth[i] >= 0
          && (best < 0 || depth[i] < depth[best])) {
        best = i;
      }
    }
    return best < 0 ? Attribution.NONE : new Attribution(Attribution.How.SPEECH, best, subjectOf(s, best, 0, null));
  }

  /**
   * Climbs from speech verb {@code v} to the speech verbs that report it ("Miller said Blinken
   * emphasized ..."), only through complement clauses: a speech verb joined by "while", "and" or
   * an adverbial clause ("Smith said yes while Jones said no") is a speech act of its own.
   */
  private static int outermost(Sentence s, int v, boolean[] inside) {
    int outer = v;
    int cur = v;
    for (int step = 0; step < 10; step++) {
      int next = -1;
      for (Dependency d : s.dependencies()) {
        if (d.dependent() == cur && d.governor() >= 0 && !inside[d.governor()]
            && COMPLEMENTS.contains(d.relation().split(":")[0])) {
          next = d.governor();
          break;
        }
      }
      if (next < 0) {
        return outer;
      }
      cur = next;
      if (SpeechLexicon.isSpeechVerb(s.token(cur)) && subjectOf(s, cur, 0, inside) >= 0) {
        outer = cur;
      }
    }
    return outer;
  }

  private static final java.util.Set<String> COMPLEMENTS =
      java.util.Set.of("ccomp", "xcomp", "parataxis", "dep", "obj", "csubj");

  /** X in "according to X" anywhere in the sentence, X outside the quote; or -1. */
  private static int accordingAnywhere(Sentence s, boolean[] inside) {
    for (int i = 0; i + 1 < s.tokens().size(); i++) {
      if (!inside[i] && "according".equalsIgnoreCase(s.token(i).word())
          && "to".equalsIgnoreCase(s.token(i + 1).word())) {
        for (Dependency d : s.dependencies()) {
          if (d.dependent() == i && d.governor() >= 0 && !inside[d.governor()]) {
            return d.governor();
          }
        }
      }
    }
    return -1;
  }

  /**
   * A subjectless question verb ("Asked whether ...") before the quote, with the quote ending
   * before the speaker's subject: the quote is part of the question put to the speaker. Returns
   * the question verb, or -1.
   */
  private static int questionBefore(Sentence s, QuoteSpan q, int subject) {
    if (subject < 0 || s.token(subject).start() < q.end()) {
      return -1;
    }
    for (Token t : s.tokens()) {
      if (t.end() <= q.start() && SpeechLexicon.isQuestionVerb(t) && !hasOwnSubject(s, t.index())) {
        return t.index();
      }
    }
    return -1;
  }

  private static boolean hasChild(Sentence s, int v, String relation) {
    return s.children(v).stream().anyMatch(d -> d.relation().equals(relation));
  }

  /**
   * A label before a colon that opens the sentence ("Biden: “We will ...”"): the last word of a
   * name of at most four proper nouns, or -1.
   */
  static int colonLabel(Sentence s, QuoteSpan q) {
    int colon = -1;
    for (Token t : s.tokens()) {
      if (t.end() > q.open()) {
        break;
      }
      if (t.word().equals(":")) {
        colon = t.index();
        break;
      }
      if (!t.isProperNoun() || t.index() >= 4) {
        return -1;
      }
    }
    return colon > 0 && s.token(colon).end() <= q.open() ? colon - 1 : -1;
  }

  private static boolean hasOwnSubject(Sentence s, int v) {
    return s.children(v).stream().anyMatch(d -> d.relation().startsWith("nsubj"));
  }

  /** The subject of the sentence's root verb, outside any quote, or -1: who the sentence is about. */
  static int rootSubject(Sentence s) {
    int root = s.root();
    return root < 0 ? -1 : subjectOf(s, root, 0, null);
  }

  /**
   * The subject of verb {@code v}: its nsubj outside the quote (a name before a common noun, never
   * a relative pronoun when anything else is there), or, for a subjectless participle or
   * infinitive ("adding", "saying"), the subject of the verb it hangs from.
   *
   * @param inside tokens of the quote, which cannot be the speaker; null for none
   */
  static int subjectOf(Sentence s, int v, int depth, boolean[] inside) {
    int best = -1;
    int bestRank = Integer.MAX_VALUE;
    for (Dependency d : s.children(v)) {
      int c = d.dependent();
      // "X was quoted as saying": the passive subject of "quote" is the speaker.
      // A "passive" subject without a passive auxiliary outside the quote ("“It’s hard,” Novak
      // acknowledged") is an active subject the parser misread.
      boolean passive = d.relation().equals("nsubj:pass") && s.children(v).stream()
          .anyMatch(a -> a.relation().equals("aux:pass")
              && (inside == null || !inside[a.dependent()]));
      if (d.relation().startsWith("nsubj")
          && (!passive || "quote".equals(SpeechLexicon.lemma(s.token(v))))
          && (inside == null || !inside[c])
          && hasLetterOrDigit(s.token(c).word())) {
        // A quote mark the tokenizer glued together ("’”") and the parser took for the subject
        // of "said Jane Doe" is no speaker: the inverted name below is.
        Token t = s.token(c);
        int rank = t.isProperNoun() ? 0 : SpeechLexicon.isRelativePronoun(t) ? 2 : 1;
        if (rank < bestRank) {
          best = c;
          bestRank = rank;
        }
      }
    }
    if (best < 0) {
      // A passive speech verb names its speaker as the agent ("accused by Israel of ...").
      for (Dependency d : s.children(v)) {
        int c = d.dependent();
        if ((d.relation().equals("obl:agent") || d.relation().equals("obl:by"))
            && hasChild(s, v, "nsubj:pass") && (inside == null || !inside[c])) {
          return c;
        }
      }
    }
    if (best < 0) {
      int inverted = Inversion.subject(s, v, inside);
      if (inverted >= 0) {
        return inverted;
      }
    }
    if (best >= 0 || depth >= 3) {
      return best;
    }
    for (Dependency d : s.dependencies()) {
      if (d.dependent() == v && d.governor() >= 0 && isChainedClause(d.relation())) {
        int up = subjectOf(s, d.governor(), depth + 1, inside);
        if (up >= 0) {
          return up;
        }
      }
    }
    return -1;
  }

  static boolean hasLetterOrDigit(String word) {
    return word.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static boolean isChainedClause(String rel) {
    return rel.equals("advcl") || rel.startsWith("advcl:") || rel.startsWith("xcomp")
        || rel.startsWith("conj") || rel.equals("dep");
  }

  /** X in "according to X" hanging from token {@code head}, or -1. */
  private static int accordingTo(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      if (d.relation().contains("according")) {
        return d.dependent();
      }
      for (Dependency c : s.children(d.dependent())) {
        if (c.relation().equals("case") && "according".equalsIgnoreCase(s.token(c.dependent()).word())) {
          return d.dependent();
        }
      }
    }
    return -1;
  }

  /** Tokens inside the quoted words. */
  static boolean[] inside(Sentence s, QuoteSpan q) {
    boolean[] in = new boolean[s.tokens().size()];
    for (Token t : s.tokens()) {
      in[t.index()] = q.covers(t.start(), t.end());
    }
    return in;
  }

  /** Every token outside the quote that governs a quoted token, nearest first (breadth first). */
  private static List<Integer> ancestors(Sentence s, boolean[] inside) {
    List<Integer> out = new ArrayList<>();
    boolean[] seen = Arrays.copyOf(inside, inside.length);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int i = 0; i < inside.length; i++) {
      if (inside[i]) {
        queue.add(i);
      }
    }
    while (!queue.isEmpty()) {
      int t = queue.poll();
      for (Dependency d : s.dependencies()) {
        int g = d.governor();
        if (d.dependent() == t && g >= 0 && !seen[g] && !d.relation().equals("ref")) {
          seen[g] = true;
          out.add(g);
          queue.add(g);
        }
      }
    }
    return out;
  }

  /** The speech verb outside the quote nearest to it, with a subject, or -1. */
  private static int nearestSpeechVerb(Sentence s, boolean[] inside, QuoteSpan q) {
    int best = -1;
    int bestDistance = Integer.MAX_VALUE;
    for (Token t : s.tokens()) {
      int subject = inside[t.index()] ? -1 : subjectOf(s, t.index(), 0, inside);
      if (SpeechLexicon.isSpeechVerb(t) && subject >= 0) {
        int distance = t.start() >= q.end() ? t.start() - q.end() : q.start() - t.end();
        if (distance >= 0 && distance < bestDistance) {
          best = t.index();
          bestDistance = distance;
        }
      }
    }
    return best;
  }

  /** Distance of every token from the root, -1 when unreachable. */
  private static int[] depths(Sentence s) {
    int[] depth = new int[s.tokens().size()];
    Arrays.fill(depth, -1);
    int root = s.root();
    if (root < 0) {
      return depth;
    }
    depth[root] = 0;
    Deque<Integer> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      int t = queue.poll();
      for (Dependency d : s.children(t)) {
        if (depth[d.dependent()] < 0) {
          depth[d.dependent()] = depth[t] + 1;
          queue.add(d.dependent());
        }
      }
    }
    return depth;
  }
}
