package org.crosscheck.extract.figures;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Figure;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.Test;

/**
 * The seeds' reported figures ({@code gold/figures.tsv}): at least 90% found with the right
 * measure, at least 80% of those with the right source (or rightly none). Measures compare through
 * a small synonym map, sources by key words, as a reader would compare them. Prints every miss and
 * every extra figure so precision can be judged.
 */
class FigureGoldTest {

  /** Measures a reader takes as the same. */
  private static final Map<String, String> SAME_MEASURE =
      Map.of(
          "dead", "killed",
          "death toll", "killed",
          "hostages dead", "killed",
          "taken refuge", "sheltering",
          "injured", "wounded");

  @Test
  void findsTheSeedFiguresWithMeasureAndSource() {
    RuleFigureExtractor extractor = new RuleFigureExtractor();
    List<Figure> found = new ArrayList<>();
    for (AnnotatedArticle a : Seeds.annotated().values()) {
      found.addAll(extractor.extract(a, new NerActorResolver().resolve(a)));
    }
    List<Figure> unmatched = new ArrayList<>(found);
    List<List<String>> gold = Gold.rows("figures.tsv");
    int measured = 0;
    int sourced = 0;
    for (List<String> row : gold) {
      Figure f = match(unmatched, row);
      if (f == null) {
        System.out.println("MISSED  " + row);
        continue;
      }
      unmatched.remove(f);
      measured++;
      if (sameSource(row.get(5), f.source())) {
        sourced++;
      } else {
        System.out.println("SOURCE  " + row + " got " + f.source());
      }
    }
    for (Figure f : unmatched) {
      System.out.println("EXTRA   " + show(f));
    }
    for (Figure f : found) {
      System.out.println("FOUND   " + show(f));
    }
    double recall = measured / (double) gold.size();
    double sourceAccuracy = sourced / (double) gold.size();
    double precision = (found.size() - unmatched.size()) / (double) found.size();
    System.out.printf(
        "figures: %d gold, %d found; measure recall %.2f, source accuracy %.2f, precision %.2f%n",
        gold.size(), found.size(), recall, sourceAccuracy, precision);
    assertThat(recall).isGreaterThanOrEqualTo(0.90);
    assertThat(sourceAccuracy).isGreaterThanOrEqualTo(0.80);
  }

  /** The first figure of the row's article with its value and measure, preferring its qualifier. */
  private static Figure match(List<Figure> candidates, List<String> row) {
    Figure best = null;
    for (Figure f : candidates) {
      if (f.article().startsWith(row.get(0))
          && f.value() == Double.parseDouble(row.get(1))
          && measure(f.measure()).equals(measure(row.get(3)))) {
        if (f.qualifier().label().equals(row.get(2))) {
          return f;
        }
        best = best == null ? f : best;
      }
    }
    return best;
  }

  private static String measure(String m) {
    String key = m.toLowerCase(Locale.ROOT).strip();
    return SAME_MEASURE.getOrDefault(key, key);
  }

  /** "-" means no source; health ministries match by key words; else the last word matches. */
  private static boolean sameSource(String gold, String found) {
    if (gold.equals("-")) {
      return found == null;
    }
    if (found == null) {
      return false;
    }
    String g = gold.toLowerCase(Locale.ROOT);
    String f = found.toLowerCase(Locale.ROOT);
    if (g.contains("health") && g.contains("ministry")) {
      return f.contains("health") && f.contains("ministry");
    }
    return lastWord(g).equals(lastWord(f));
  }

  private static String lastWord(String s) {
    String[] words = s.split("\\s+");
    return words[words.length - 1];
  }

  private static String show(Figure f) {
    return String.format(
        "%s %s %.0f [%s] %s | %s | %s | %s",
        f.article().substring(0, 3), f.id(), f.value(), f.qualifier().label(), f.measure(),
        f.subject(), f.source(), f.asOf());
  }
}
