package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.crosscheck.model.Article;
import org.crosscheck.model.Figure;

/**
 * Where a figure is about when its subject does not say ("31,988 Palestinians have been killed … in
 * Gaza", a heading "Close to 32,000 Killed"), read from its sentence and then its article:
 *
 * <ol>
 *   <li>in the sentence, the place named nearest to the figure within its own stretch, the words
 *       between the previous number or clause break and the next number (so "1,200 were killed in
 *       an attack on Israel, and nearly 1,200 in the counteroffensive in Gaza" gives each figure
 *       its own place);
 *   <li>else the first place in the rest of the sentence;
 *   <li>else the place the article names most often after a preposition: the place the article is
 *       about.
 * </ol>
 *
 * Places are capitalised runs after "in", "at", "on", "inside", "across", "throughout", "within",
 * "from" (not "of": "Ministry of Health" is no place), as {@link FigureKey} reads them. Holds a
 * per-article cache: create one per cross-check; not thread-safe.
 */
final class FigurePlaces {
  private static final Set<String> PREPOSITIONS =
      Set.of("in", "at", "on", "inside", "across", "throughout", "within", "from");

  private final Outlets outlets;
  private final Map<String, String> articlePlace = new HashMap<>();

  FigurePlaces(Outlets outlets) {
    this.outlets = outlets;
  }

  /** The place around the figure, or null when neither sentence nor article names one. */
  String around(Figure f) {
    Article article = outlets.article(f.article());
    if (f.evidence() != null && article != null) {
      String place = inSentence(f, article.text());
      if (place != null) {
        return place;
      }
    }
    return article == null
        ? null
        : articlePlace.computeIfAbsent(article.id(), k -> dominant(article));
  }

  private static String inSentence(Figure f, String text) {
    String sentence = f.evidence().sentence();
    int from = Math.max(0, f.evidence().start() - sentence.length());
    int sentenceStart = text.indexOf(sentence, from);
    if (sentenceStart < 0 || sentenceStart > f.evidence().start()) {
      return null;
    }
    int at = f.evidence().start() - sentenceStart;
    int endAt = Math.min(sentence.length(), Math.max(at, f.evidence().end() - sentenceStart));
    List<String> before = words(ownClause(sentence.substring(0, at)));
    List<String> after = words(sentence.substring(endAt));
    // Skip the figure's own number words at the start of the rest ("1,200", "million").
    int previousNumber = lastNumber(before);
    List<String> ownBefore = before.subList(previousNumber + 1, before.size());
    int nextNumber = firstNumber(after);
    List<String> ownAfter = after.subList(0, nextNumber < 0 ? after.size() : nextNumber);
    Hit b = nearestBefore(ownBefore);
    Hit a = firstAfter(ownAfter);
    if (a != null && (b == null || a.distance <= b.distance)) {
      return a.place;
    }
    if (b != null) {
      return b.place;
    }
    if (nextNumber >= 0) {
      return FigureKey.place(after.subList(nextNumber, after.size()), PREPOSITIONS);
    }
    return null;
  }

  /**
   * The part of the text before a figure that belongs to its clause: after the last "; ", ", and",
   * ", but", ", while" or spaced dash. A place in an earlier coordinated clause ("killed in an
   * attack on Israel, and nearly 1,200 …") is another figure's.
   */
  private static String ownClause(String before) {
    Matcher m = CLAUSE_BREAK.matcher(before);
    int cut = 0;
    while (m.find()) {
      cut = m.end();
    }
    return before.substring(cut);
  }

  private static final Pattern CLAUSE_BREAK =
      Pattern.compile(";|,\\s+(and|but|while|whereas)\\b|\\s[–—-]\\s");

  private record Hit(String place, int distance) {}

  private static Hit firstAfter(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      Hit h = placeAt(words, i);
      if (h != null) {
        return new Hit(h.place, i);
      }
    }
    return null;
  }

  /** The place named by the preposition at {@code i}, if it is one. */
  private static Hit placeAt(List<String> words, int i) {
    if (!PREPOSITIONS.contains(words.get(i).toLowerCase(java.util.Locale.ROOT))) {
      return null;
    }
    String p = FigureKey.placeAfter(words, i);
    return p == null ? null : new Hit(p, 0);
  }

  private static Hit nearestBefore(List<String> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      Hit h = placeAt(words, i);
      if (h != null) {
        return new Hit(h.place, words.size() - i);
      }
    }
    return null;
  }

  private static String dominant(Article article) {
    List<String> words = words(article.text());
    Map<String, Integer> counts = new HashMap<>();
    for (int i = 0; i < words.size(); i++) {
      Hit h = placeAt(words, i);
      if (h != null) {
        counts.merge(h.place, 1, Integer::sum);
      }
    }
    return counts.entrySet().stream()
        .filter(e -> e.getValue() >= 2)
        .max(
            Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private static List<String> words(String text) {
    return new ArrayList<>(FigureKey.tokens(text.replaceAll("[.!?\"“”]", " ")));
  }

  private static boolean isNumber(String w) {
    return w.chars().anyMatch(Character::isDigit);
  }

  private static int lastNumber(List<String> words) {
    for (int i = words.size() - 1; i >= 0; i--) {
      if (isNumber(words.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int firstNumber(List<String> words) {
    for (int i = 0; i < words.size(); i++) {
      if (isNumber(words.get(i))) {
        return i;
      }
    }
    return -1;
  }
}
