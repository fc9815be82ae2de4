package org.crosscheck.annotate;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Makes a wire dateline its own sentence: "KHARTOUM, March 3 (Reuters) — The army attacked ..."
 * becomes "KHARTOUM, March 3 (Reuters) —" and "The army attacked ...".
 *
 * <p>Why: left in the sentence, the parser takes the place for the subject ("RAJSHAHI ...
 * has been contributing") or for the root with the real clause hanging from it, and every
 * extractor that reads the lead sentence then goes wrong. The text is not changed: the dateline
 * is part of the story; only the sentence boundary moves.
 *
 * <p>A dateline opens a paragraph: a place in capitals ("WASHINGTON", "GAZA CITY"), then only
 * capitalised words, numbers, commas and periods (a region, a date), and at most one
 * parenthesised agency, then a dash, within {@value #MAX_TOKENS} tokens. After a bare one-word
 * place ("ROME —") the next word must start a sentence, so that "NATO — the alliance ..." stays
 * whole. Stateless and thread-safe.
 */
final class DatelineSplit {

  private static final int MAX_TOKENS = 14;
  private static final int MIN_PLACE_LETTERS = 3;
  private static final int MIN_REST_TOKENS = 3;
  private static final Set<String> DASHES = Set.of("-", "--", "—", "–", "―");

  /**
   * Splits the datelines of the tokenized, sentence-split {@code doc} (before tagging), renumbering
   * sentences and tokens as CoreNLP's sentence splitter would have.
   */
  void apply(Annotation doc, String text, List<Integer> paragraphStarts) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<CoreMap> out = new ArrayList<>(sentences.size());
    boolean changed = false;
    for (CoreMap s : sentences) {
      List<CoreLabel> tokens = s.get(CoreAnnotations.TokensAnnotation.class);
      int begin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
      int dash = paragraphStarts.contains(begin) ? datelineEnd(tokens) : -1;
      if (dash < 0) {
        out.add(s);
        continue;
      }
      int firstToken = s.get(CoreAnnotations.TokenBeginAnnotation.class);
      out.add(part(s, tokens, 0, dash + 1, firstToken, text));
      out.add(part(s, tokens, dash + 1, tokens.size(), firstToken, text));
      changed = true;
    }
    if (changed) {
      renumber(out);
      doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }
  }

  /** The index of the dash that closes a dateline opening {@code tokens}, or -1. */
  static int datelineEnd(List<CoreLabel> tokens) {
    if (tokens.isEmpty() || !isPlaceInCapitals(word(tokens.get(0)))) {
      return -1;
    }
    boolean inParentheses = false;
    int agencies = 0;
    for (int i = 1; i < tokens.size() && i <= MAX_TOKENS; i++) {
      String w = word(tokens.get(i));
      if (inParentheses) {
        inParentheses = !w.equals(")");
      } else if (w.equals("(")) {
        inParentheses = true;
        if (++agencies > 1) {
          return -1;
        }
      } else if (DASHES.contains(w)) {
        return acceptable(tokens, i) ? i : -1;
      } else if (!fitsDateline(w)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean acceptable(List<CoreLabel> tokens, int dash) {
    if (tokens.size() - dash - 1 < MIN_REST_TOKENS) {
      return false;
    }
    String next = word(tokens.get(dash + 1));
    return dash > 1 || (!next.isEmpty() && !Character.isLowerCase(next.codePointAt(0)));
  }

  private static boolean isPlaceInCapitals(String w) {
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c) || Character.isDigit(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= MIN_PLACE_LETTERS;
  }

  /** A word a place-and-date line is made of: capitalised, a number, a comma or a period. */
  private static boolean fitsDateline(String w) {
    if (w.equals(",") || w.equals(".")) {
      return true;
    }
    int first = w.codePointAt(0);
    return Character.isUpperCase(first) || Character.isDigit(first);
  }

  private static String word(CoreLabel l) {
    String original = l.get(CoreAnnotations.OriginalTextAnnotation.class);
    return original != null ? original : l.word();
  }

  private static CoreMap part(
      CoreMap s, List<CoreLabel> tokens, int from, int to, int firstToken, String text) {
    List<CoreLabel> own = new ArrayList<>(tokens.subList(from, to));
    for (int i = 0; i < own.size(); i++) {
      own.get(i).setIndex(i + 1);
    }
    int begin = own.get(0).beginPosition();
    int end = own.get(own.size() - 1).endPosition();
    CoreMap part = new ArrayCoreMap(s);
    part.set(CoreAnnotations.TokensAnnotation.class, own);
    part.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    part.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    part.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    part.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
    part.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
    return part;
  }

  private static void renumber(List<CoreMap> sentences) {
    for (int i = 0; i < sentences.size(); i++) {
      sentences.get(i).set(CoreAnnotations.SentenceIndexAnnotation.class, i);
      for (CoreLabel l : sentences.get(i).get(CoreAnnotations.TokensAnnotation.class)) {
        l.setSentIndex(i);
      }
    }
  }
}
