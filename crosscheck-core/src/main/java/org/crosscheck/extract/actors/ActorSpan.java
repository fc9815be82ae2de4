package org.crosscheck.extract.actors;

/**
 * Where one article refers to an actor: a token span of one sentence.
 *
 * @param sentence sentence index in the article
 * @param startToken first token index in the sentence
 * @param endToken token index after the last
 * @param start start offset in the article text
 * @param end end offset in the article text
 * @param text the words as written ("the top U.S. diplomat", "he")
 */
public record ActorSpan(
    int sentence, int startToken, int endToken, int start, int end, String text) {

  public boolean covers(int sentenceIndex, int token) {
    return sentence == sentenceIndex && token >= startToken && token < endToken;
  }
}
