package org.crosscheck.extract.quotes;

/**
 * How one sentence attributes a quote: the speech verb that governs it and that verb's subject,
 * "according to X", an interviewer's question, the subject of a clause that merely contains the
 * quote, or nothing.
 *
 * @param how which rule found it
 * @param verb token index of the speech verb, or -1
 * @param subject token index of the speaker's head word, or -1
 */
record Attribution(How how, int verb, int subject) {

  /** The rule that produced an attribution, strongest first. */
  enum How {
    /** A speech verb governs the quote ("X said “...”", "“...,” X said"). */
    SPEECH,
    /** "according to X". */
    ACCORDING_TO,
    /** A subjectless question verb governs the quote ("Asked whether ..., considering “...”"). */
    QUESTION,
    /** No speech verb: the subject of the clause that holds the quote. */
    CLAUSE,
    /** Nothing in the sentence names a speaker. */
    NONE
  }

  static final Attribution NONE = new Attribution(How.NONE, -1, -1);

  static Attribution question(int verb) {
    return new Attribution(How.QUESTION, verb, -1);
  }

  /** True when a speech verb or "according to" names the speaker: enough to license a fragment. */
  boolean governs() {
    return how == How.SPEECH || how == How.ACCORDING_TO;
  }
}
