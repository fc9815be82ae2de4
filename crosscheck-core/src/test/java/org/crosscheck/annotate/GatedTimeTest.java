package org.crosscheck.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.testing.Seeds;
import org.crosscheck.testing.Texts;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * SUTime reads only windows around the words a time expression or a number can be built on, and
 * the dependency parse comes from {@link FastDependencyParser}; neither may change a single token
 * tag, time mention or dependency compared with stock CoreNLP (SUTime on every whole sentence,
 * the {@code depparse} annotator). {@link WindowedTimeCorpusTest} checks the windows on real
 * article bodies.
 */
class GatedTimeTest {

  private static CoreNlpAnnotator gated;
  private static CoreNlpAnnotator full;

  @BeforeAll
  static void load() {
    gated = CoreNlpAnnotator.load();
    full = CoreNlpAnnotator.loadWithoutTimeGate();
  }

  @Test
  void seedsAreAnnotatedExactlyAsWithSutimeEverywhere() {
    Map<String, Article> seeds = Seeds.articles();
    assertThat(seeds).isNotEmpty();
    for (Article a : seeds.values()) {
      assertSame(full.annotate(a), gated.annotate(a));
    }
  }

  @Test
  void writtenSentencesWithAndWithoutTimesAreAnnotatedTheSame() {
    Article a =
        Texts.article(
            "t",
            LocalDate.of(2024, 3, 21),
            "The minister said on Tuesday that talks would resume next week.",
            "Prices rose 3.5 percent, the agency said, citing 1,200 new contracts.",
            "She has led the party since 2019 and now plans to step down in the spring.",
            "The ceasefire began at 6:00 a.m. and lasted three days.",
            "Officials met in Geneva to discuss the proposal, which the president rejected.",
            "Farmers harvest wheat annually, and the cooperative recently doubled its output.",
            "The 1990s were different, he said: the 21st of March was a holiday then.");
    assertSame(full.annotate(a), gated.annotate(a));
  }

  @Test
  void sentencesThatStressTheWindowsAreAnnotatedTheSame() {
    Article a =
        Texts.article(
            "w",
            LocalDate.of(2024, 3, 21),
            "The exhibition runs from March 3 to April 5, 2024, in the old town hall.",
            "Output fell between 2019 and 2021 but recovered in the week of Jan. 8.",
            "He arrived three years ago last Tuesday, when the talks had already collapsed.",
            "The company paid $4.5 million, or 12 percent of its annual revenue, to settle.",
            "Yesterday the committee, after long and bitter arguments over the wording of the"
                + " resolution that the opposition parties had tabled in the chamber, voted"
                + " against the plan by 212 votes to 190.",
            "Troops withdrew, the spokesman said, without giving any further detail about"
                + " the position of the units or the reasons for the decision, late on Friday.",
            "Mid-March was warm, and the quarter's results, due in the second half, follow"
                + " the fiscal year 2023-24 and a 30-year-old rule.",
            "At the time, the medieval town had 2,000 inhabitants; now it has twice as many.",
            "The meeting is scheduled for 10:30 a.m. on the first Monday of next month.",
            "On Christmas Eve and on New Year's Day the museum closes at noon.");
    assertSame(full.annotate(a), gated.annotate(a));
  }

  @Test
  void windowsSurroundTheAnchorsAndMergeWhenClose() {
    TimeWindows windows = new TimeWindows(2);
    boolean[] anchors = new boolean[20];
    anchors[0] = true;
    anchors[4] = true;
    anchors[12] = true;
    anchors[19] = true;
    assertThat(windows.around(anchors))
        .containsExactly(
            new TimeWindows.Window(0, 7), new TimeWindows.Window(10, 15),
            new TimeWindows.Window(17, 20));
    assertThat(windows.around(new boolean[5])).isEmpty();
  }

  @Test
  void anchorsAreTimeWordsNumbersAndAmounts() {
    TimeGate gate = new TimeGate();
    assertThat(gate.isAnchor("Tuesday", "NNP")).isTrue();
    assertThat(gate.isAnchor("mid-March", "NN")).isTrue();
    assertThat(gate.isAnchor("seventy", "NN")).isTrue();
    assertThat(gate.isAnchor("twentieth", "JJ")).isTrue();
    assertThat(gate.isAnchor("III", "CD")).isTrue();
    assertThat(gate.isAnchor("biannual", "JJ")).isTrue();
    assertThat(gate.isAnchor("%", "NN")).isTrue();
    assertThat(gate.isAnchor("minister", "NN")).isFalse();
    assertThat(gate.isAnchor("Geneva", "NNP")).isFalse();
  }

  @Test
  void theGateLetsThroughTimeWordsAndKeepsOutPlainSentences() {
    TimeGate gate = new TimeGate();
    assertThat(gate.mayHoldTime(List.of("He", "left", "on", "Friday"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("three", "years", "ago"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("in", "2019"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("at", "6:30"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("the", "1990s"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("on", "the", "21st"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("The", "minister", "rejected", "the", "plan", ".")))
        .isFalse();
    assertThat(gate.mayHoldTime(List.of("Prices", "rose", "3.5", "percent"))).isTrue();
    assertThat(gate.mayHoldTime(List.of("the", "current", "talks"))).isTrue();
  }

  private static void assertSame(AnnotatedArticle expected, AnnotatedArticle actual) {
    assertThat(actual.sentences()).hasSameSizeAs(expected.sentences());
    for (int i = 0; i < expected.sentences().size(); i++) {
      Sentence e = expected.sentences().get(i);
      Sentence g = actual.sentences().get(i);
      assertThat(g.times()).as("times in: %s", e.text()).isEqualTo(e.times());
      assertThat(g.tokens()).as("tokens in: %s", e.text()).isEqualTo(e.tokens());
      assertThat(g).as("sentence: %s", e.text()).isEqualTo(e);
    }
  }
}
