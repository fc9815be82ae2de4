package org.crosscheck.crosscheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Qualifier;
import org.crosscheck.model.Quote;
import org.crosscheck.model.SpeakerKind;
import org.crosscheck.testing.Gold;
import org.crosscheck.testing.Seeds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Stage test on gold inputs: the quotes and figures of {@code gold/quotes.tsv} and {@code
 * gold/figures.tsv} turned into records (quote text from the gold prefix to its closing mark in the
 * seed text; figures dated by their article), cross-checked. Until the extractors land this tests
 * the cross-check alone: the two conflicts of {@code gold/README.md} are flagged, its two
 * differences come out as agreements, and every other finding is printed.
 */
class SeedCrossCheckTest {
  private static Map<String, Article> articles;
  private static CrossCheck result;

  @BeforeAll
  static void crossCheck() {
    articles = Seeds.articles();
    List<Quote> quotes = goldQuotes();
    List<Figure> figures = goldFigures();
    result =
        new CrossChecker().check(new ArrayList<>(articles.values()), quotes, figures, List.of());
    System.out.println("Agreements:");
    result.agreements().forEach(f -> System.out.println("  [" + f.kind() + "] " + f.summary()));
    System.out.println("Conflicts:");
    result.conflicts().forEach(f -> System.out.println("  [" + f.kind() + "] " + f.summary()));
  }

  @Test
  void theBidenLineInBlinkensInterviewIsASuspectAttribution() {
    List<Finding> suspect = ofKind(result.conflicts(), "suspect-attribution");
    assertThat(suspect).hasSize(1);
    assertThat(suspect.get(0).summary()).contains("Joe Biden").contains("Antony Blinken");
    assertThat(suspect.get(0).sources().get(0).sentence()).contains("pressing very hard");
  }

  @Test
  void theNearly1200DeadInGazaIsAnOutlier() {
    List<Finding> outliers = ofKind(result.conflicts(), "figure-outlier");
    assertThat(outliers).hasSize(1);
    assertThat(outliers.get(0).summary()).contains("nearly 1,200").contains("Gaza");
    assertThat(outliers.get(0).items().get(0)).isEqualTo("002-fig-1");
  }

  @Test
  void thoseAreTheOnlyConflicts() {
    assertThat(result.conflicts().stream().map(Finding::kind))
        .containsExactlyInAnyOrder("suspect-attribution", "figure-outlier");
  }

  @Test
  void theRafahPopulationFiguresAgree() {
    Finding rafah =
        ofKind(result.agreements(), "figure-agreement").stream()
            .filter(f -> f.summary().contains("Rafah"))
            .findFirst()
            .orElseThrow();
    assertThat(rafah.summary()).contains("more than 1 million").contains("about 1.5 million");
  }

  @Test
  void theGazaDeathTollIsATimelineNotAConflict() {
    Finding toll =
        ofKind(result.agreements(), "figure-timeline").stream()
            .filter(f -> f.summary().contains("killed in Gaza"))
            .findFirst()
            .orElseThrow();
    assertThat(toll.summary()).contains("31,988").contains("more than 34,500").contains("rising");
    assertThat(toll.summary()).doesNotContain("198");
  }

  private static List<Finding> ofKind(List<Finding> findings, String kind) {
    return findings.stream().filter(f -> f.kind().equals(kind)).collect(Collectors.toList());
  }

  private static Article seed(String number) {
    return articles.get(number);
  }

  private static List<Quote> goldQuotes() {
    List<Quote> out = new ArrayList<>();
    int n = 0;
    for (List<String> row : Gold.rows("quotes.tsv")) {
      Article a = seed(row.get(0));
      String text = a.text();
      int start = text.indexOf(row.get(1));
      assertThat(start).as("gold quote in text: %s", row.get(1)).isGreaterThanOrEqualTo(0);
      int end = closingMark(text, start);
      int paraStart = text.lastIndexOf("\n\n", start) + 1;
      int paraEnd = text.indexOf("\n\n", end);
      String sentence = text.substring(paraStart, paraEnd < 0 ? text.length() : paraEnd).strip();
      String speaker = row.get(2).equals("-") ? null : row.get(2);
      SpeakerKind kind =
          speaker == null
              ? SpeakerKind.NONE
              : speaker.matches(".*(Department|Organisation|Ministry).*")
                  ? SpeakerKind.ORGANISATION
                  : SpeakerKind.PERSON;
      out.add(
          new Quote(
              row.get(0) + "-q-" + (n++),
              a.id(),
              text.substring(start, end),
              row.get(3).equals("fragment"),
              speaker,
              null,
              kind,
              new Evidence(a.id(), sentence, start, end)));
    }
    return out;
  }

  /**
   * Where the quotation that starts at {@code start} ends: its closing mark, or the paragraph's
   * end.
   */
  private static int closingMark(String text, int start) {
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean apostrophe =
          c == '’' && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
      if (c == '”' || c == '"' || (c == '’' && !apostrophe) || text.startsWith("\n\n", i)) {
        return i;
      }
    }
    return text.length();
  }

  private static List<Figure> goldFigures() {
    List<Figure> out = new ArrayList<>();
    Map<String, Integer> counts = new java.util.HashMap<>();
    for (List<String> row : Gold.rows("figures.tsv")) {
      Article a = seed(row.get(0));
      int k = counts.merge(row.get(0), 1, Integer::sum) - 1;
      String id = row.get(0) + "-fig-" + k;
      out.add(
          new Figure(
              id,
              a.id(),
              Double.parseDouble(row.get(1)),
              qualifier(row.get(2)),
              row.get(3),
              row.get(4),
              row.get(5).equals("-") ? null : row.get(5),
              a.metadata().published(),
              new Evidence(a.id(), "gold figure " + id, 0, 0)));
    }
    return out;
  }

  private static Qualifier qualifier(String label) {
    for (Qualifier q : Qualifier.values()) {
      if (q.label().equals(label)) {
        return q;
      }
    }
    throw new IllegalArgumentException(label);
  }
}
