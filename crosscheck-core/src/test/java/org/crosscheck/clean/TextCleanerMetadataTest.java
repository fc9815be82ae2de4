package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.TextCleanerTest.BODY_1;
import static org.crosscheck.clean.TextCleanerTest.BODY_2;
import static org.crosscheck.clean.TextCleanerTest.clean;
import static org.crosscheck.clean.TextCleanerTest.page;
import static org.crosscheck.clean.TextCleanerTest.texts;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What the text cleaner moves from the page into the metadata: title, bylines, credits, dates. */
class TextCleanerMetadataTest {

  private static ArticleMetadata titled(String title) {
    return new ArticleMetadata(null, null, title, null, null, null, null, null);
  }

  @Nested
  class Title {
    @Test
    void aHeadlineOnTheFirstLineBecomesTheTitle() throws Exception {
      Article article = clean(page("River Council Backs Flood Barrier", BODY_1, BODY_2));

      assertThat(article.metadata().title()).isEqualTo("River Council Backs Flood Barrier");
      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void theLineMatchingTheTitleHintIsTheTitleEvenBelowFurniture() throws Exception {
      Article article =
          clean(
              page("Skip to content", "Council backs barrier | River Times", BODY_1),
              titled("Council backs barrier"));

      assertThat(article.metadata().title()).isEqualTo("Council backs barrier");
      assertThat(texts(article)).containsExactly(BODY_1);
    }

    @Test
    void aFirstLineThatIsASentenceIsBodyNotTitle() throws Exception {
      Article article = clean(page(BODY_1, BODY_2));

      assertThat(article.metadata().title()).isNull();
      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void theHeadlineRepeatedAsTheOnPageHeadingIsDroppedOnce() throws Exception {
      Article article = clean(page("Council backs barrier", "Council backs barrier", BODY_1));

      assertThat(article.metadata().title()).isEqualTo("Council backs barrier");
      assertThat(texts(article)).containsExactly(BODY_1);
    }

    @Test
    void belowASiteMenuTheHeadlineIsTheLineAboveTheBody() throws Exception {
      Article article =
          clean(
              page(
                  "Home",
                  "News and Politics",
                  "Sport and Leisure",
                  "Council Backs Flood Barrier",
                  "By Mara Lindqvist",
                  BODY_1,
                  BODY_2));

      assertThat(article.metadata().title()).isEqualTo("Council Backs Flood Barrier");
      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void theHintWinsOverTheHeadlineFound() throws Exception {
      Article article =
          clean(page("Barrier Vote Passes", BODY_1), titled("Council approves flood barrier"));

      assertThat(article.metadata().title()).isEqualTo("Council approves flood barrier");
    }
  }

  @Nested
  class Bylines {
    @Test
    void aBylineBecomesTheAuthors() throws Exception {
      Article article = clean(page("By Mara Lindqvist", BODY_1));

      assertThat(article.metadata().authors()).containsExactly("Mara Lindqvist");
      assertThat(texts(article)).containsExactly(BODY_1);
    }

    @Test
    void aBylineNamesEveryAuthorAndItsDate() throws Exception {
      Article article = clean(page("By Mara Lindqvist and Tomas Berg | March 4, 2023", BODY_1));

      assertThat(article.metadata().authors()).containsExactly("Mara Lindqvist", "Tomas Berg");
      assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2023, 3, 4));
    }

    @Test
    void anOutletStaffBylineIsAnAuthor() throws Exception {
      assertThat(clean(page("By River Times Staff", BODY_1)).metadata().authors())
          .containsExactly("River Times Staff");
    }

    @Test
    void aSentenceStartingWithByStays() throws Exception {
      String sentence = "By Friday, the water had fallen below the old quay.";
      Article article = clean(page(BODY_1, sentence));

      assertThat(article.metadata().authors()).isEmpty();
      assertThat(texts(article)).containsExactly(BODY_1, sentence);
    }

    @Test
    void bylinesFromTheHintsWin() throws Exception {
      ArticleMetadata hints =
          new ArticleMetadata(null, null, null, List.of("Ana Ruiz"), null, null, null, null);

      assertThat(clean(page("By Mara Lindqvist", BODY_1), hints).metadata().authors())
          .containsExactly("Ana Ruiz");
    }
  }

  @Nested
  class Credits {
    @Test
    void creditLinesBecomeCredits() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  "Tomas Berg in Oslo contributed to this report. Information"
                      + " for this report was obtained in part from Reuters."));

      assertThat(article.metadata().credits())
          .containsExactly(
              "Tomas Berg in Oslo contributed to this report.",
              "Information for this report was obtained in part from Reuters.");
      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void wireCreditsInBracketsBecomeCredits() throws Exception {
      Article article = clean(page(BODY_1, "(Reporting by Mara Lindqvist; Editing by Ana Ruiz)"));

      assertThat(article.metadata().credits())
          .containsExactly("Reporting by Mara Lindqvist", "Editing by Ana Ruiz");
    }

    @Test
    void aParagraphThatOnlyMentionsAReportStays() throws Exception {
      String mention =
          "The engineers contributed to this report on the barrier, the council said. It will be"
              + " published next month.";
      Article article = clean(page(BODY_1, mention));

      assertThat(article.metadata().credits()).isEmpty();
      assertThat(texts(article)).containsExactly(BODY_1, mention);
    }
  }

  @Nested
  class Dates {
    @Test
    void aPublishedLineGivesThePublicationDate() throws Exception {
      Article article = clean(page("Published: March 21, 2024", BODY_1));

      assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 21));
      assertThat(texts(article)).containsExactly(BODY_1);
    }

    @Test
    void publishedAndUpdatedTimesAreTold() throws Exception {
      Article article =
          clean(page("Published 2 May 2023 | Updated: Wed, 3 May 2023 10:15 GMT", BODY_1));

      assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2023, 5, 2));
      assertThat(article.metadata().updated()).isEqualTo(LocalDate.of(2023, 5, 3));
    }

    @Test
    void aWireDatelineGivesTheDateAndStaysInTheText() throws Exception {
      String first = "OSLO, March 3, 2023 (Reuters) — " + BODY_1;
      Article article = clean(page(first, BODY_2));

      assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2023, 3, 3));
      assertThat(texts(article)).containsExactly(first, BODY_2);
    }

    @Test
    void aDateInsideASentenceIsNotThePublicationDate() throws Exception {
      String sentence = "On March 21, 2024, the council first discussed the barrier.";
      Article article = clean(page(sentence, BODY_1));

      assertThat(article.metadata().published()).isNull();
      assertThat(texts(article)).containsExactly(sentence, BODY_1);
    }

    @Test
    void aBareDateInsideTheStoryIsATimelineHeading() throws Exception {
      Article article = clean(page(BODY_1, "March 3, 2023", BODY_2));

      assertThat(article.metadata().published()).isNull();
      assertThat(texts(article)).containsExactly(BODY_1, "March 3, 2023", BODY_2);
    }

    @Test
    void theHintedDateWins() throws Exception {
      ArticleMetadata hints = ArticleMetadata.EMPTY.withPublished(LocalDate.of(2024, 1, 1));

      assertThat(clean(page("Published: March 21, 2024", BODY_1), hints).metadata().published())
          .isEqualTo(LocalDate.of(2024, 1, 1));
    }

    @Test
    void withoutADateTheDateIsUnknown() throws Exception {
      assertThat(clean(page(BODY_1, BODY_2)).metadata().published()).isNull();
    }
  }
}
