package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;

/**
 * Rule: "he", "him", "his", "she", "her" refer to the most salient person of the right gender,
 * searched in this order, each step tried only when the previous one found no one:
 *
 * <ol>
 *   <li>a subject earlier in the same sentence ("Blinken said he ...");
 *   <li>a subject of the last sentence before it that mentions a person ("Blinken spoke. He...");
 *   <li>anyone else earlier in the same sentence, then in that previous sentence.
 * </ol>
 *
 * <p>If a step finds two different people of compatible gender, the pronoun is ambiguous and
 * stays unresolved: a wrong speaker is worse than none. A person's gender comes from a title
 * ("King"), a first-name table, or the pronouns already resolved to them. Pronouns inside
 * quotation marks belong to the quoted speaker's own story and are left alone; for the same
 * reason, people named inside quotation marks are no antecedent for a pronoun outside them
 * ("“Heads should roll the day Epstein died,” he said": "he" is the speaker, never Epstein).
 *
 * <p>"It" and "they" are resolved in one position only, the subject of a clause that completes a
 * verb ("Syria says it will not accept", "the rebels said they would release"): there they refer
 * to that verb's subject if it agrees in number ("it": a country or organisation; "they": a
 * group or organisation) and no other actor that would agree stands between the two. An "it"
 * that only holds a place ("said it was clear that", "said it was an attack") is left alone.
 */
final class Pronouns {
  private static final Map<String, Character> GENDER = Map.of(
      "he", 'm', "him", 'm', "his", 'm', "himself", 'm',
      "she", 'f', "her", 'f', "hers", 'f', "herself", 'f');
  private static final int LOOK_BACK = 3;

  void apply(ArticleBook book) {
    boolean[] quoted = QuoteMask.of(book.article.article().text());
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        Character g = GENDER.get(s.token(i).word().toLowerCase(Locale.ROOT));
        if (g == null || !s.token(i).isPronoun() || quoted[s.token(i).start()]
            || !book.isFree(s, i, i + 1)) {
          continue;
        }
        Draft who = resolve(book, s, i, g, quoted);
        if (who != null) {
          book.addSpan(who, s, i, i + 1);
          if (who.gender == 0) {
            who.gender = g;
          }
        }
      }
    }
  }

  /** Resolves "it" and "they" as subjects of a complement clause; see the class comment. */
  void applyNeuter(ArticleBook book) {
    boolean[] quoted = QuoteMask.of(book.article.article().text());
    for (Sentence s : book.article.sentences()) {
      for (int i = 0; i < s.tokens().size(); i++) {
        String w = s.token(i).word().toLowerCase(Locale.ROOT);
        if (!NEUTER.contains(w) || !s.token(i).isPronoun() || quoted[s.token(i).start()]
            || !book.isFree(s, i, i + 1)) {
          continue;
        }
        Draft who = reporter(book, s, i, w.equals("they"));
        if (who != null) {
          book.addSpan(who, s, i, i + 1);
        }
      }
    }
  }

  private static final Set<String> NEUTER = Set.of("it", "they");

  /** The subject of the verb whose complement clause has {@code pronoun} as subject, or null. */
  private static Draft reporter(ArticleBook book, Sentence s, int pronoun, boolean plural) {
    Dependency subj = s.parentArc(pronoun);
    if (subj == null || !subj.relation().startsWith("nsubj")) {
      return null;
    }
    int clause = subj.governor();
    Dependency comp = s.parentArc(clause);
    if (comp == null || !comp.relation().equals("ccomp")
        || !s.token(comp.governor()).isVerb() || holdsAPlace(s, clause)) {
      return null;
    }
    Draft speaker = null;
    int speakerEnd = -1;
    for (Dependency d : s.children(comp.governor())) {
      if (d.relation().equals("nsubj") && d.dependent() < pronoun) {
        for (ArticleBook.Ref r : book.refs()) {
          if (r.span().covers(s.index(), d.dependent())) {
            speaker = r.draft();
            speakerEnd = r.span().endToken();
          }
        }
      }
    }
    if (speaker == null || !agrees(speaker, plural)) {
      return null;
    }
    for (ArticleBook.Ref r : book.refs()) {
      ActorSpan sp = r.span();
      // "Nigeria told the council it would withdraw": two candidates, the text does not say.
      if (sp.sentence() == s.index() && sp.startToken() >= speakerEnd
          && sp.endToken() <= pronoun && r.draft() != speaker && agrees(r.draft(), plural)) {
        return null;
      }
    }
    return speaker;
  }

  /** "It" agrees with a country or organisation, "they" with a group or organisation. */
  private static boolean agrees(Draft d, boolean plural) {
    return d.kind == ActorKind.ORGANISATION
        || d.kind == (plural ? ActorKind.GROUP : ActorKind.COUNTRY);
  }

  /**
   * Whether the clause's subject is a mere placeholder: the clause has a clause of its own as
   * complement or subject ("it was clear that ...") or is a noun predicate ("it was an attack",
   * where "it" is the event, not the speaker).
   */
  private static boolean holdsAPlace(Sentence s, int clause) {
    for (Dependency d : s.children(clause)) {
      String rel = d.relation();
      if (rel.equals("ccomp") || rel.startsWith("csubj")
          || rel.equals("cop") && s.token(clause).isNoun()) {
        return true;
      }
    }
    return false;
  }

  private static Draft resolve(
      ArticleBook book, Sentence s, int at, char gender, boolean[] quoted) {
    List<ArticleBook.Ref> same = new ArrayList<>();
    List<ArticleBook.Ref> previous = new ArrayList<>();
    int prev = -1;
    for (ArticleBook.Ref r : book.refs()) {
      int si = r.span().sentence();
      // A person named inside quotation marks belongs to the quoted story, not the narration.
      if (!r.draft().isPerson() || quoted[r.span().start()]) {
        continue;
      }
      if (si == s.index() && r.span().endToken() <= at) {
        same.add(r);
      } else if (si < s.index() && si >= s.index() - LOOK_BACK) {
        if (si > prev) {
          prev = si;
          previous.clear();
        }
        if (si == prev) {
          previous.add(r);
        }
      }
    }
    Sentence prevSentence = prev >= 0 ? book.article.sentences().get(prev) : null;
    List<List<Draft>> steps = List.of(
        pick(same, s, true, gender), pick(previous, prevSentence, true, gender),
        pick(same, s, false, gender), pick(previous, prevSentence, false, gender));
    for (List<Draft> step : steps) {
      if (step.size() == 1) {
        return step.get(0);
      }
      if (step.size() > 1) {
        return null;
      }
    }
    return null;
  }

  /** The distinct compatible people among {@code refs}, subjects only or the others. */
  private static List<Draft> pick(List<ArticleBook.Ref> refs, Sentence s, boolean subjects,
      char gender) {
    Set<Draft> out = new LinkedHashSet<>();
    for (ArticleBook.Ref r : refs) {
      Draft d = r.draft();
      if (d.gender != 0 && d.gender != gender) {
        continue;
      }
      if (isSubject(s, r.span()) == subjects) {
        out.add(d);
      }
    }
    return new ArrayList<>(out);
  }

  /** A subject, or a conjunct of one ("Carter and Mills met": both are subjects). */
  private static boolean isSubject(Sentence s, ActorSpan span) {
    Set<Integer> subjects = new java.util.HashSet<>();
    for (Dependency d : s.dependencies()) {
      if (d.relation().startsWith("nsubj")) {
        subjects.add(d.dependent());
      }
    }
    for (Dependency d : s.dependencies()) {
      if (d.relation().startsWith("conj") && subjects.contains(d.governor())) {
        subjects.add(d.dependent());
      }
    }
    for (int t : subjects) {
      if (span.covers(s.index(), t)) {
        return true;
      }
    }
    return false;
  }
}
