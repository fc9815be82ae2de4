package org.crosscheck.extract.quotes;

import java.util.Locale;
import java.util.Set;
import org.crosscheck.model.Token;

/**
 * The words that mark speech: verbs of saying ("said", "told", "added", "called on"), nouns of
 * documents that speak for their issuer ("the statement noted"), question verbs whose unnamed
 * subject is an interviewer ("Asked whether ..."), and nouns that name a person by role ("the
 * secretary", "a spokesman"). Immutable.
 */
final class SpeechLexicon {

  private SpeechLexicon() {}

  /** Lemmas of verbs that report speech or writing, or qualify it (blame, accuse, describe). */
  private static final Set<String> SPEECH_VERBS =
      Set.of(
          "say", "tell", "add", "stress", "note", "state", "remark", "reply", "emphasize",
          "emphasise", "urge", "call", "insist", "warn", "declare", "explain", "announce",
          "claim", "argue", "assert", "acknowledge", "admit", "write", "tweet", "post",
          "describe", "blame", "accuse", "condemn", "deny", "reiterate", "iterate", "express",
          "disclose", "divulge", "confirm", "affirm", "conclude", "comment", "respond",
          "answer", "ask", "mention", "recall", "suggest", "predict", "promise", "vow",
          "pledge", "caution", "lament", "demand", "observe", "report", "quote", "plead",
          "appeal", "complain", "charge", "concede", "contend", "maintain", "underline",
          "underscore", "highlight", "point", "reveal", "testify");

  /** Nouns of documents and messages that can be the subject of a speech verb. */
  private static final Set<String> DOCUMENT_NOUNS =
      Set.of(
          "statement", "readout", "transcript", "report", "resolution", "tweet", "post",
          "letter", "communique", "communiqué", "release", "document", "text", "draft",
          "declaration", "memo", "notice", "announcement", "message", "summary", "filing",
          "ruling", "order", "decree", "bulletin", "briefing");

  /** Verbs whose subjectless use introduces an interviewer's question. */
  private static final Set<String> QUESTION_VERBS = Set.of("ask", "question", "press");

  /** Nouns naming a person by office or role. */
  private static final Set<String> ROLE_NOUNS =
      Set.of(
          "secretary", "diplomat", "minister", "spokesman", "spokeswoman", "spokesperson",
          "official", "envoy", "ambassador", "president", "leader", "premier", "chancellor",
          "chief", "general", "commander", "senator", "representative", "negotiator",
          "adviser", "advisor", "director", "head", "chairman", "chairwoman", "chair", "mayor",
          "governor", "king", "queen", "prince", "sheikh", "emir", "spokesmen", "counterpart",
          "coordinator", "mediator", "prosecutor", "judge", "lawmaker", "aide");

  static boolean isSpeechVerb(Token t) {
    return t.isVerb() && SPEECH_VERBS.contains(lemma(t));
  }

  static boolean isDocumentNoun(Token t) {
    return t.isNoun() && DOCUMENT_NOUNS.contains(lemma(t));
  }

  static boolean isQuestionVerb(Token t) {
    return t.isVerb() && QUESTION_VERBS.contains(lemma(t));
  }

  static boolean isRoleNoun(Token t) {
    return t.isNoun() && ROLE_NOUNS.contains(lemma(t));
  }

  /** Spokespeople: an unnamed one speaks for the body their phrase names ("a UN spokesman"). */
  static boolean isSpokesNoun(Token t) {
    return t.isNoun() && lemma(t).startsWith("spokes");
  }

  /** True for third-person pronouns and "I"/"we" that stand for a speaker already named. */
  static boolean isPersonalPronoun(Token t) {
    return t.isPronoun() && Set.of("he", "she", "they", "it", "we", "i").contains(lower(t));
  }

  /** Relative pronouns, which enhanced dependencies duplicate as subjects. */
  static boolean isRelativePronoun(Token t) {
    return "WP".equals(t.pos()) || "WDT".equals(t.pos());
  }

  static String lemma(Token t) {
    String l = t.lemma() == null ? t.word() : t.lemma();
    return l.toLowerCase(Locale.ROOT);
  }

  static String lower(Token t) {
    return t.word().toLowerCase(Locale.ROOT);
  }
}
