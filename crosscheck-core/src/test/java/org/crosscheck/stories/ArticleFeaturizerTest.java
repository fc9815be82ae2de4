package org.crosscheck.stories;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Event;
import org.crosscheck.model.EventType;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Paragraph;
import org.junit.jupiter.api.Test;

/** What an article contributes to story similarity. */
class ArticleFeaturizerTest {
  private final Article article =
      new Article(
          "a",
          "a",
          new ArticleMetadata(
              null,
              "Daily Post",
              "Quota talks resume",
              List.of(),
              LocalDate.parse("2025-06-11"),
              null,
              "en",
              List.of()),
          List.of(Paragraph.body("The minister said the talks on fishing quotas resumed.")),
          null);

  private static Event on(String date, String article) {
    return new Event(
        "e" + date,
        EventType.CONSULT,
        null,
        List.of("X"),
        List.of("Y"),
        null,
        date,
        List.of(article),
        List.of(new Evidence(article, "s", 0, 1)));
  }

  @Test
  void recentEventDatesWidenTheSpanButBackgroundAndPlansFarAheadDoNot() {
    ArticleFeatures f =
        new ArticleFeaturizer()
            .features(
                article,
                List.of(),
                List.of(
                    on("2025-06-08", "a"), // three days before: part of the episode
                    on("2023-10-07", "a"), // background
                    on("2025-07-01", "a"), // a plan weeks ahead
                    on("2025-06", "a"), // a month: too vague to widen a span
                    on("2025-06-01", "other"))); // another article's event
    assertThat(f.span()).isEqualTo(DateSpan.parse("2025-06-08..2025-06-11"));
  }

  @Test
  void contentWordsAreKeptStopWordsDroppedAndTheHeadlineCountsDouble() {
    ArticleFeatures f = new ArticleFeaturizer().features(article, List.of(), List.of());
    assertThat(f.terms()).containsKeys("minister", "quota", "talk", "fishing", "resumed");
    assertThat(f.terms()).doesNotContainKeys("the", "said", "on");
    assertThat(f.terms().get("quota")).isEqualTo(3.0);
  }
}
