package org.crosscheck.extract.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.EntityMention;
import org.crosscheck.model.Sentence;

/**
 * Rule: people named in the text. Takes the tagger's PERSON mentions (repairing names split at a
 * particle, "Faisal" + "bin" + "Farhan Al Saud", and names the tagger buried in a title it took
 * for an organisation), reads the title before each name, and groups full names, surnames and
 * partial names ("Blinken", "Le Drian") into one person per name.
 */
final class PersonNames {
  /** A name found in a sentence, with the title before it. */
  private record Candidate(Sentence sentence, int start, int end, List<String> words, Title title,
      Title inner) {
    int spanStart() {
      return title != null ? title.start() : inner != null ? inner.start() : start;
    }
  }

  private final TitleParser titles;

  PersonNames(TitleParser titles) {
    this.titles = titles;
  }

  void apply(ArticleBook book) {
    List<Candidate> found = new ArrayList<>();
    for (Sentence s : book.article.sentences()) {
      for (int[] r : nameRanges(book, s)) {
        Candidate c = candidate(book, s, r[0], r[1]);
        if (c != null) {
          found.add(c);
        }
      }
    }
    // Fullest names first, so that later partial mentions find the person they belong to.
    List<Draft> persons = new ArrayList<>();
    List<Candidate> bySize = new ArrayList<>(found);
    bySize.sort(Comparator.comparingInt((Candidate c) -> -c.words().size()));
    for (Candidate c : bySize) {
      if (c.words().size() >= 2 && owner(persons, c.words()) == null) {
        Draft d = new Draft(ActorKind.PERSON, String.join(" ", c.words()), null);
        d.nameWords = c.words();
        d.gender = book.knowledge.firstNames().genderOf(c.words().get(0));
        persons.add(d);
      }
    }
    for (Candidate c : found) {
      Draft d = owner(persons, c.words());
      if (d == null) {
        d = new Draft(ActorKind.PERSON, String.join(" ", c.words()), null);
        d.nameWords = c.words();
        persons.add(d);
      }
      if (!book.drafts().contains(d)) {
        book.add(d);
      }
      if (book.addSpan(d, c.sentence(), c.spanStart(), c.end())) {
        d.learn(c.inner());
        d.learn(c.title());
      } else {
        book.addSpan(d, c.sentence(), c.start(), c.end());
      }
    }
    linkBareSurnames(book, persons);
  }

  /**
   * A surname alone that the tagger did not take for a person ("Noem tweeted", tagged O or as an
   * organisation, as unfamiliar names often are once the first name is gone): a proper noun
   * standing alone, equal to the surname of exactly one person the article names in full, and no
   * known actor's name. At the start of a sentence it must not modify a noun ("Rice prices").
   */
  private static void linkBareSurnames(ArticleBook book, List<Draft> persons) {
    Map<String, Draft> bySurname = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (Draft d : persons) {
      if (d.nameWords != null && d.nameWords.size() >= 2) {
        String surname = d.nameWords.get(d.nameWords.size() - 1);
        if (surname.length() >= 3 && bySurname.containsKey(surname) && bySurname.get(surname) != d) {
          ambiguous.add(surname);
        }
        bySurname.put(surname, d);
      }
    }
    ambiguous.forEach(bySurname::remove);
    for (Sentence s : book.article.sentences()) {
      int n = s.tokens().size();
      for (int i = 0; i < n; i++) {
        Draft d = bySurname.get(s.token(i).word());
        boolean alone = (i == 0 || !s.token(i - 1).isProperNoun())
            && (i + 1 >= n || !s.token(i + 1).isProperNoun())
            && (i > 0 || i + 1 >= n || !s.token(i + 1).isNoun());
        if (d != null && alone && s.token(i).isProperNoun() && book.isFree(s, i, i + 1)
            && book.knowledge.actors().matchAt(s, i) == null) {
          book.addSpan(d, s, i, i + 1);
        }
      }
    }
  }

  /** The person whose name contains {@code words}; the most recently used one on a tie. */
  private static Draft owner(List<Draft> persons, List<String> words) {
    Draft best = null;
    for (Draft d : persons) {
      if (Names.lower(d.nameWords).equals(Names.lower(words))
          || Names.isPartOf(words, d.nameWords)) {
        if (best == null || lastUse(d) > lastUse(best)) {
          best = d;
        }
      }
    }
    return best;
  }

  private static int lastUse(Draft d) {
    return d.spans.isEmpty() ? -1 : d.spans.get(d.spans.size() - 1).start();
  }

  private Candidate candidate(ArticleBook book, Sentence s, int start, int end) {
    // A title the tagger included in the name: "King Abdullah II", "Prince Faisal".
    int nameStart = start;
    while (nameStart < end - 1 && isTitleWord(s.token(nameStart).word())) {
      nameStart++;
    }
    Title inner = nameStart > start ? titles.read(s, start, nameStart) : null;
    List<String> words = Names.words(s.span(nameStart, end));
    if (words.isEmpty() || !Names.isCapitalized(words.get(0))
        || book.knowledge.actors().byName(String.join(" ", words)) != null) {
      return null;
    }
    Title title = titles.before(s, start);
    return new Candidate(s, nameStart, end, words, title, inner);
  }

  private boolean isTitleWord(String w) {
    String lw = w.toLowerCase(Locale.ROOT).replace(".", "");
    return titles.isRoleWord(w) || Names.HONORIFICS.contains(lw);
  }

  /** Token ranges of the names in a sentence, repaired. */
  private List<int[]> nameRanges(ArticleBook book, Sentence s) {
    List<int[]> out = new ArrayList<>();
    for (EntityMention m : s.entities()) {
      if (m.type().equals("PERSON") && !isPronoun(s, m)) {
        int[] last = out.isEmpty() ? null : out.get(out.size() - 1);
        if (last != null && joinedByParticles(s, last[1], m.startToken())) {
          last[1] = m.endToken();
        } else {
          out.add(new int[] {m.startToken(), m.endToken()});
        }
      } else if (m.type().equals("ORGANIZATION") && looksLikePerson(book, s, m)) {
        out.add(new int[] {m.startToken(), m.endToken()});
      } else if (m.type().equals("ORGANIZATION") || m.type().equals("LOCATION")) {
        int[] buried = buriedName(book, s, m);
        if (buried != null) {
          out.add(buried);
        }
      }
    }
    out.sort(Comparator.comparingInt(r -> r[0]));
    return out;
  }

  /**
   * "Robert Mills" tagged as an organisation: two or three proper nouns starting with a common
   * first name, none of them a known actor's name.
   */
  private boolean looksLikePerson(ArticleBook book, Sentence s, EntityMention m) {
    int n = m.endToken() - m.startToken();
    if (n < 2 || n > 3 || !allNames(s, m.startToken(), m.endToken())
        || book.knowledge.firstNames().genderOf(s.token(m.startToken()).word()) == 0) {
      return false;
    }
    for (int i = m.startToken(); i < m.endToken(); i++) {
      if (book.knowledge.actors().matchAt(s, i) != null) {
        return false;
      }
    }
    return true;
  }

  private static boolean isPronoun(Sentence s, EntityMention m) {
    for (int i = m.startToken(); i < m.endToken(); i++) {
      if (!s.token(i).isPronoun()) {
        return false;
      }
    }
    return true;
  }

  private static boolean joinedByParticles(Sentence s, int from, int to) {
    if (to <= from) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (!Names.PARTICLES.contains(s.token(i).word().toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /**
   * A person's name at the end of a mention the tagger took for an organisation or place:
   * "VOA State Department Bureau Chief Nike Ching" (capitalised words after a role), or "Lebanon
   * Osama Hamdan" right after a role word ("official in Lebanon Osama Hamdan").
   */
  private int[] buriedName(ArticleBook book, Sentence s, EntityMention m) {
    int lastRole = -1;
    for (int i = m.startToken(); i < m.endToken(); i++) {
      if (titles.isRoleWord(s.token(i).word())) {
        lastRole = i;
      }
    }
    if (lastRole >= 0 && m.endToken() - lastRole - 1 >= 2 && allNames(s, lastRole + 1,
        m.endToken())) {
      return new int[] {lastRole + 1, m.endToken()};
    }
    ActorTable.Match lead = book.knowledge.actors().matchAt(s, m.startToken());
    boolean afterRole = false;
    for (int i = Math.max(0, m.startToken() - 3); i < m.startToken(); i++) {
      afterRole |= titles.isRoleWord(s.token(i).word());
    }
    if (lead != null && afterRole && m.endToken() - lead.end() >= 2
        && allNames(s, lead.end(), m.endToken())) {
      return new int[] {lead.end(), m.endToken()};
    }
    return null;
  }

  private boolean allNames(Sentence s, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = s.token(i).word();
      if (!s.token(i).isProperNoun() || !Names.isCapitalized(w) || titles.isRoleWord(w)) {
        return false;
      }
    }
    return true;
  }
}
