package org.crosscheck.extract.quotes;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.crosscheck.extract.actors.ActorSpan;
import org.crosscheck.extract.actors.ArticleActor;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.ActorKind;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.Token;

/**
 * Turns the subject of a speech verb into a {@link Speaker}, asking {@link ArticleActors} first.
 *
 * <p>When the actors do not cover the subject: a document noun ("the statement noted") speaks for
 * the organisation that issued it, named in the subject ("the OIC statement") or in the sentences
 * just before ("according to a State Department readout"); a role noun ("a spokesman for X", "the
 * secretary of state") takes the person in its own phrase, else the person the article earlier
 * introduced with the same title ("Secretary of State Antony Blinken"); an unnamed spokesperson
 * speaks for the body in their phrase ("a Red Cross spokeswoman"), and "a company spokesperson"
 * for the one organisation named in that sentence or, failing any, the one before; a pronoun
 * ("he added") takes the last person who spoke. The actors always win: these fallbacks repeat,
 * in a simpler form, what {@code RuleActorResolver} does for roles and pronouns, and only matter
 * with a resolver that leaves such references unresolved (the NER-only one); they can go once
 * every resolver covers them.
 *
 * <p>One instance serves one article and remembers its last speakers: not thread-safe, not shared.
 */
final class SpeakerResolver {

  private static final int TITLE_WINDOW = 6;
  private static final int DOCUMENT_CONTEXT = 3;

  private final AnnotatedArticle article;
  private final ArticleActors actors;
  private Speaker lastPerson = Speaker.NONE;
  private Speaker lastSpeaker = Speaker.NONE;

  SpeakerResolver(AnnotatedArticle article, ArticleActors actors) {
    this.article = article;
    this.actors = actors;
  }

  /** The last person who spoke, for a quote that only continues ("he added"). */
  Speaker lastPerson() {
    return lastPerson;
  }

  /** Remembers {@code speaker} as the latest one, for the pronouns that follow. */
  void spoke(Speaker speaker) {
    if (speaker.isNamed()) {
      lastSpeaker = speaker;
      if (speaker.isPerson()) {
        lastPerson = speaker;
      }
    }
  }

  /** The speaker that subject token {@code subject} of sentence {@code s} refers to. */
  Speaker resolve(Sentence s, int subject) {
    Optional<ArticleActor> direct = actors.at(s.index(), subject).filter(SpeakerResolver::isNamed);
    if (direct.isPresent()) {
      return Speaker.of(direct.get());
    }
    Token head = s.token(subject);
    if (SpeechLexicon.isDocumentNoun(head)) {
      return Speaker.document(issuer(s, subject));
    }
    if (SpeechLexicon.isPersonalPronoun(head)) {
      String w = SpeechLexicon.lower(head);
      if (w.equals("he") || w.equals("she") || w.equals("i")) {
        return lastPerson;
      }
      // "The government dismissed what it called ...": "it" is the clause's own subject.
      int antecedent = earlierSubject(s, subject);
      if (antecedent >= 0) {
        return resolve(s, antecedent);
      }
      if (w.equals("it") && (lastSpeaker.isPerson() || !lastSpeaker.isNamed())) {
        // "It" is never a person: the body the sentence before named, when it named one.
        ArticleActor body = s.index() > 0 ? soleOrganisation(s.index() - 1) : null;
        return body == null ? Speaker.NONE : Speaker.of(body);
      }
      return lastSpeaker;
    }
    ArticleActor inPhrase = actorInPhrase(s, subject, SpeechLexicon.isRoleNoun(head));
    if (inPhrase == null && SpeechLexicon.isSpokesNoun(head)) {
      // "a WeWork spokesperson said", "a spokesman for the ministry": no person is named, and
      // a spokesperson's words are the body's own statement.
      inPhrase = actorInPhrase(s, subject, false);
    }
    if (inPhrase == null && SpeechLexicon.isSpokesNoun(head) && hasCommonNounModifier(s, subject)) {
      inPhrase = soleOrganisationNearby(s.index());
    }
    if (inPhrase != null) {
      return Speaker.of(inPhrase);
    }
    if (SpeechLexicon.isRoleNoun(head) && !indefinite(s, subject)) {
      ArticleActor titled = titled(s.index(), SpeechLexicon.lemma(head));
      if (titled != null) {
        return Speaker.of(titled);
      }
    }
    return Speaker.NONE;
  }

  /**
   * True for "a company spokesperson", "an agency spokesman": the spokesperson is described by
   * the kind of body they speak for, which the text has named without repeating it.
   */
  private static boolean hasCommonNounModifier(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      Token t = s.token(d.dependent());
      if (d.relation().equals("compound") && t.isNoun() && !t.isProperNoun()) {
        return true;
      }
    }
    return false;
  }

  /**
   * The one organisation named in sentence {@code at}, else, when it names none, the one named in
   * the sentence before; null when either names two, since the text then does not say which.
   */
  private ArticleActor soleOrganisationNearby(int at) {
    ArticleActor here = soleOrganisation(at);
    return here != null || namesOrganisation(at) || at == 0 ? here : soleOrganisation(at - 1);
  }

  /** The one organisation sentence {@code at} names; null when it names none or several. */
  private ArticleActor soleOrganisation(int at) {
    java.util.Set<ArticleActor> found = organisationsIn(at);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  private boolean namesOrganisation(int at) {
    return !organisationsIn(at).isEmpty();
  }

  private java.util.Set<ArticleActor> organisationsIn(int at) {
    java.util.Set<ArticleActor> found = new java.util.LinkedHashSet<>();
    for (ArticleActor a : actors.all()) {
      boolean named = a.spans().stream().anyMatch(span -> span.sentence() == at);
      if (a.kind() == ActorKind.ORGANISATION && named) {
        found.add(a);
      }
    }
    return found;
  }

  /** A non-pronoun subject of another verb earlier in the sentence, or -1. */
  private static int earlierSubject(Sentence s, int pronoun) {
    for (Dependency d : s.dependencies()) {
      int c = d.dependent();
      if (d.relation().startsWith("nsubj") && c < pronoun && !s.token(c).isPronoun()
          && !SpeechLexicon.isRelativePronoun(s.token(c))) {
        return c;
      }
    }
    return -1;
  }

  /**
   * True for "a senior official", "one diplomat": an unnamed person, not one the article
   * introduced.
   */
  private static boolean indefinite(Sentence s, int head) {
    for (Dependency d : s.children(head)) {
      String w = SpeechLexicon.lower(s.token(d.dependent()));
      if ((d.relation().equals("det") || d.relation().equals("nummod"))
          && java.util.Set.of("a", "an", "another", "one", "some", "two", "several").contains(w)) {
        return true;
      }
    }
    return false;
  }

  /**
   * False for an "actor" that is only a pronoun ("he"): a resolver that cannot link a pronoun
   * may still list it, and it names no one.
   */
  private static boolean isNamed(ArticleActor a) {
    String n = a.name().strip().toLowerCase(java.util.Locale.ROOT);
    return !java.util.Set.of("he", "she", "they", "it", "we", "i", "you", "his", "her", "him", "them")
        .contains(n);
  }

  /** An actor named inside the subject's phrase ("a spokesman for X", "the OIC statement"). */
  private ArticleActor actorInPhrase(Sentence s, int subject, boolean personsOnly) {
    Deque<int[]> queue = new ArrayDeque<>();
    queue.add(new int[] {subject, 0});
    List<Integer> seen = new ArrayList<>(List.of(subject));
    while (!queue.isEmpty()) {
      int[] cur = queue.poll();
      for (Dependency d : s.children(cur[0])) {
        int c = d.dependent();
        if (seen.contains(c) || cur[1] >= 3 || !isPhraseRelation(d.relation())) {
          continue;
        }
        seen.add(c);
        Optional<ArticleActor> a = actors.at(s.index(), c);
        if (a.isPresent() && (!personsOnly || a.get().kind() == ActorKind.PERSON)) {
          return a.get();
        }
        queue.add(new int[] {c, cur[1] + 1});
      }
    }
    return null;
  }

  private static boolean isPhraseRelation(String rel) {
    return rel.equals("compound") || rel.equals("flat") || rel.startsWith("appos")
        || rel.startsWith("nmod");
  }

  /** The organisation that issued a document: in its phrase, else named just before. */
  private ArticleActor issuer(Sentence s, int subject) {
    ArticleActor own = actorInPhrase(s, subject, false);
    if (own != null && own.kind() != ActorKind.PERSON) {
      return own;
    }
    for (int i = s.index(); i >= Math.max(0, s.index() - DOCUMENT_CONTEXT); i--) {
      ArticleActor best = null;
      int bestStart = -1;
      for (ArticleActor a : actors.all()) {
        if (a.kind() != ActorKind.ORGANISATION) {
          continue;
        }
        for (ActorSpan span : a.spans()) {
          if (span.sentence() == i && span.start() > bestStart) {
            best = a;
            bestStart = span.start();
          }
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /**
   * The person the article introduced with this title ("Secretary of State Antony Blinken" for
   * "the secretary"): the latest such introduction up to sentence {@code upTo}, else the first
   * after it.
   */
  private ArticleActor titled(int upTo, String titleLemma) {
    ArticleActor before = null;
    int beforeSentence = -1;
    ArticleActor after = null;
    int afterSentence = Integer.MAX_VALUE;
    for (ArticleActor a : actors.all()) {
      if (a.kind() != ActorKind.PERSON) {
        continue;
      }
      for (ActorSpan span : a.spans()) {
        if (!introducedAs(span, titleLemma)) {
          continue;
        }
        // Within one sentence the first span wins; introducedAs already demands adjacency.
        if (span.sentence() <= upTo && span.sentence() > beforeSentence) {
          before = a;
          beforeSentence = span.sentence();
        } else if (span.sentence() > upTo && span.sentence() < afterSentence) {
          after = a;
          afterSentence = span.sentence();
        }
      }
    }
    return before != null ? before : after;
  }

  private boolean introducedAs(ActorSpan span, String titleLemma) {
    Sentence s = article.sentences().get(span.sentence());
    // Walk back from the name over the title's words ("Secretary of State ,"); a verb or another
    // name in between means the title belongs to someone else.
    for (int i = span.startToken() - 1; i >= Math.max(0, span.startToken() - TITLE_WINDOW); i--) {
      Token t = s.token(i);
      if (SpeechLexicon.lemma(t).equals(titleLemma)) {
        return true;
      }
      if (t.isVerb() || "PERSON".equals(t.ner())) {
        return false;
      }
    }
    return false;
  }
}
