package org.crosscheck.extract.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.crosscheck.model.Quote;

/**
 * Scores extracted quotes against the seeds' {@code gold/quotes.tsv}: recall, precision and
 * speaker accuracy, with a printable list of misses, false positives and wrong speakers.
 *
 * <p>A gold row is matched by an extracted quote whose text starts with, or contains, the gold
 * prefix after quote characters, case and spacing are normalised. Speakers compare leniently: the
 * same when one name's words are all in the other ("Blinken", "Antony Blinken"), first and last
 * words agree, or one is the other's acronym ("OIC"); the note's "also acceptable: X" counts too;
 * gold "-" means no speaker.
 */
final class QuoteGoldScore {
  int gold;
  int matchedGold;
  int extracted;
  int truePositives;
  int speakerRight;
  final List<String> report = new ArrayList<>();

  static QuoteGoldScore score(Map<String, List<Quote>> byArticle, List<List<String>> goldRows) {
    QuoteGoldScore sc = new QuoteGoldScore();
    for (Map.Entry<String, List<Quote>> e : byArticle.entrySet()) {
      List<List<String>> rows =
          goldRows.stream().filter(r -> r.get(0).equals(e.getKey())).collect(Collectors.toList());
      sc.article(e.getKey(), e.getValue(), rows);
    }
    return sc;
  }

  private void article(String id, List<Quote> quotes, List<List<String>> rows) {
    gold += rows.size();
    extracted += quotes.size();
    for (Quote q : quotes) {
      if (rows.stream().anyMatch(r -> matches(q, r.get(1)))) {
        truePositives++;
      } else {
        report.add(id + " FALSE POSITIVE: " + q.text() + " [" + q.speaker() + "]");
      }
    }
    for (List<String> r : rows) {
      Quote q = quotes.stream().filter(x -> matches(x, r.get(1))).findFirst().orElse(null);
      if (q == null) {
        report.add(id + " MISSED: " + r.get(1) + " [" + r.get(2) + "]");
        continue;
      }
      matchedGold++;
      if (sameSpeaker(q.speaker(), r.get(2), r.size() > 4 ? r.get(4) : "")) {
        speakerRight++;
      } else {
        report.add(id + " WRONG SPEAKER: " + r.get(1) + " -> " + q.speaker() + " (" + q.speakerKind() + "), gold " + r.get(2));
      }
    }
  }

  double recall() {
    return gold == 0 ? 0 : (double) matchedGold / gold;
  }

  double precision() {
    return extracted == 0 ? 0 : (double) truePositives / extracted;
  }

  double speakerAccuracy() {
    return matchedGold == 0 ? 0 : (double) speakerRight / matchedGold;
  }

  String summary() {
    return String.format(
        Locale.ROOT,
        "gold %d, extracted %d, recall %.3f, precision %.3f, speaker %.3f (%d/%d)",
        gold, extracted, recall(), precision(), speakerAccuracy(), speakerRight, matchedGold);
  }

  static boolean matches(Quote q, String goldPrefix) {
    String t = norm(q.text());
    String g = norm(goldPrefix);
    return t.startsWith(g) || t.contains(g);
  }

  static String norm(String s) {
    return s.toLowerCase(Locale.ROOT)
        .replaceAll("[‘’']", "'")
        .replaceAll("[“”\"]", "")
        .replaceAll("\\s+", " ")
        .strip();
  }

  static boolean sameSpeaker(String got, String gold, String note) {
    if (gold.equals("-")) {
      return got == null;
    }
    if (got == null) {
      return false;
    }
    if (sameName(got, gold)) {
      return true;
    }
    int i = note.indexOf("also acceptable:");
    if (i >= 0) {
      String alt = note.substring(i + "also acceptable:".length()).split("[;)]")[0].strip();
      return sameName(got, alt);
    }
    return false;
  }

  static boolean sameName(String a, String b) {
    List<String> x = words(a);
    List<String> y = words(b);
    if (x.isEmpty() || y.isEmpty()) {
      return false;
    }
    if (Set.copyOf(x).containsAll(y) || Set.copyOf(y).containsAll(x)) {
      return true;
    }
    if (x.get(0).equals(y.get(0)) && x.get(x.size() - 1).equals(y.get(y.size() - 1))) {
      return true;
    }
    return acronymOf(a, b) || acronymOf(b, a);
  }

  private static boolean acronymOf(String acronym, String name) {
    String a = acronym.replace(".", "").strip();
    if (a.contains(" ") || a.length() < 2 || !a.equals(a.toUpperCase(Locale.ROOT))) {
      return false;
    }
    StringBuilder initials = new StringBuilder();
    for (String w : name.split("\\s+")) {
      if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
        initials.append(w.charAt(0));
      }
    }
    return initials.toString().equals(a);
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.toLowerCase(Locale.ROOT).replace("’s", "").replace("'s", "").split("[\\s.]+"))
        .filter(w -> !w.isBlank())
        .collect(Collectors.toList());
  }
}
