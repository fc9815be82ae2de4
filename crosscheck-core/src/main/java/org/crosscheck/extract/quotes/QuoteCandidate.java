package org.crosscheck.extract.quotes;

import java.util.List;
import org.crosscheck.model.Sentence;
import org.crosscheck.model.SpeakerKind;

/**
 * A quotation being worked on by {@link RuleQuoteExtractor}: its span and sentences, the
 * attribution its own sentences give, and the speaker found so far. Mutable, and lives within one
 * {@code extract} call; never shared between threads.
 */
final class QuoteCandidate {
  final QuoteSpan span;
  final List<Sentence> sentences;
  Attribution attribution = Attribution.NONE;
  Sentence sentence;
  Speaker speaker = Speaker.NONE;
  boolean continued;
  /** The speaker of the speech reported by the sentence before the quote, if any. */
  Speaker before = Speaker.NONE;
  /** The speaker of the speech reported by the sentence after the quote, if any. */
  Speaker after = Speaker.NONE;

  QuoteCandidate(QuoteSpan span, List<Sentence> sentences) {
    this.span = span;
    this.sentences = sentences;
  }

  /**
   * False when the sentence already settles the speaker: an interviewer's question, a document,
   * or a speech verb whose subject is an unnamed noun ("officials said"), which borrowing a
   * neighbour's speaker would get wrong. A pronoun subject may still continue.
   */
  boolean mayContinue() {
    if (attribution.how() == Attribution.How.QUESTION || speaker.kind() == SpeakerKind.DOCUMENT) {
      return false;
    }
    return !attribution.governs() || sentence.token(attribution.subject()).isPronoun();
  }
}
