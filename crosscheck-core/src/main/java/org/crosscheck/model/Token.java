package org.crosscheck.model;

/**
 * One token of an annotated sentence.
 *
 * @param index position in its sentence, from 0
 * @param word the token text as written
 * @param lemma its lemma, lower case for common words
 * @param pos Penn Treebank part-of-speech tag
 * @param ner named-entity tag (PERSON, ORGANIZATION, LOCATION, COUNTRY, DATE, NUMBER, ...) or "O"
 * @param normalized normalized value for numbers and times ("31988.0", "2024-03-20"), else null
 * @param start start offset in the article text
 * @param end end offset in the article text (exclusive)
 */
public record Token(
    int index, String word, String lemma, String pos, String ner, String normalized, int start,
    int end) {

  public boolean isNoun() {
    return pos.startsWith("NN");
  }

  public boolean isProperNoun() {
    return pos.startsWith("NNP");
  }

  public boolean isVerb() {
    return pos.startsWith("VB");
  }

  public boolean isPronoun() {
    return pos.startsWith("PRP");
  }

  public boolean isEntity() {
    return !"O".equals(ner);
  }
}
