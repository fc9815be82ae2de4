package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.TextCleanerTest.BODY_1;
import static org.crosscheck.clean.TextCleanerTest.BODY_2;
import static org.crosscheck.clean.TextCleanerTest.BODY_3;
import static org.crosscheck.clean.TextCleanerTest.clean;
import static org.crosscheck.clean.TextCleanerTest.headings;
import static org.crosscheck.clean.TextCleanerTest.page;
import static org.crosscheck.clean.TextCleanerTest.texts;

import org.crosscheck.model.Article;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * How the text cleaner reads the page's structure: captions, section headings, pull-quote credits,
 * author boxes.
 */
class TextCleanerStructureTest {

  private static final String QUOTE =
      "“We will not let the old town flood again,” said Mayor Ines Varga.";
  private static final String PURE_QUOTE = "“We will not let the old town flood again.”";
  private static final String ABOUT_VARGA =
      "Mayor Ines Varga has pushed for the barrier since the floods of 2021.";

  @Nested
  class Captions {
    @Test
    void aLineEndingInAPhotoCreditGoes() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  "Workers repair the east dyke on Monday.Credit: Jon Palsson",
                  "Photo by Lena Holm",
                  BODY_2,
                  "The old quay under water in 2021. (Photo: River Times archive)",
                  BODY_3,
                  "Sandbags line the square (AP Photo/Lena Holm)"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void aLineDescribingAPictureGoes() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  "Mayor Ines Varga speaks during a council meeting in the town hall",
                  BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aCaptionShownTwiceGoesBothTimes() throws Exception {
      String caption = "Residents watched the water rise near the old quay on March 3, 2023.";
      Article article = clean(page(BODY_1, caption, caption, BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aCaptionRepeatedWithItsCreditGoesBothTimes() throws Exception {
      String caption = "Residents watched the water rise near the old quay";
      Article article = clean(page(BODY_1, caption, caption + "Credit: Jon Palsson", BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aBodySentenceInThePresentTenseStays() throws Exception {
      String present = "The mayor speaks at the council on Monday, her office said.";
      Article article = clean(page(BODY_1, present));

      assertThat(texts(article)).containsExactly(BODY_1, present);
    }
  }

  @Nested
  class Headings {
    @Test
    void aShortTitleLikeLineBeforeBodyTextIsAHeading() throws Exception {
      Article article = clean(page(BODY_1, "Cost and Funding", BODY_2, "'Not this year'", BODY_3));

      assertThat(headings(article)).containsExactly("Cost and Funding", "'Not this year'");
      assertThat(texts(article))
          .containsExactly(BODY_1, "Cost and Funding", BODY_2, "'Not this year'", BODY_3);
    }

    @Test
    void aLineWithAFullStopIsNeverAHeading() throws Exception {
      Article article = clean(page(BODY_1, "Costs Rose Sharply.", BODY_2));

      assertThat(headings(article)).isEmpty();
      assertThat(texts(article)).containsExactly(BODY_1, "Costs Rose Sharply.", BODY_2);
    }

    @Test
    void aHeadingWithNothingUnderItGoes() throws Exception {
      Article article =
          clean(page(BODY_1, BODY_2, "Most Popular Stories", "The River Times Group"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void labelsAboveTheHeadlineGo() throws Exception {
      Article article = clean(page("World", "Europe", "Council Backs Flood Barrier", BODY_1));

      assertThat(article.metadata().title()).isEqualTo("Council Backs Flood Barrier");
      assertThat(texts(article)).containsExactly(BODY_1);
    }
  }

  @Nested
  class PullQuoteCredits {
    @Test
    void aNameAloneAfterAPullQuoteGoes() throws Exception {
      Article article = clean(ABOUT_VARGA + "\n" + PURE_QUOTE + "\nInes Varga\n" + BODY_1);

      assertThat(texts(article)).containsExactly(ABOUT_VARGA, PURE_QUOTE, BODY_1);
    }

    @Test
    void aParagraphStartingWithANameAfterAQuoteStays() throws Exception {
      String next = "Ines Varga later told reporters the work would start in May.";
      Article article = clean(page(BODY_1, PURE_QUOTE, next));

      assertThat(texts(article)).containsExactly(BODY_1, PURE_QUOTE, next);
    }

    @Test
    void aHeadingAfterAnAttributedQuoteIsAHeading() throws Exception {
      Article article = clean(page(ABOUT_VARGA, QUOTE, "Ines Varga", BODY_1));

      assertThat(headings(article)).containsExactly("Ines Varga");
    }

    @Test
    void aNameTheArticleNeverMentionsIsNotTakenForACredit() throws Exception {
      Article article = clean(page(BODY_1, PURE_QUOTE, "Flood Defences", BODY_2));

      assertThat(headings(article)).containsExactly("Flood Defences");
    }
  }

  @Nested
  class AuthorBoxes {
    @Test
    void aNameFollowedByItsBioGoes() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  "Jon Palsson",
                  "Jon Palsson is a freelance writer who covers rivers and towns in the north."));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aNameHeadingFollowedByNewsAboutThatPersonStays() throws Exception {
      String news = "Ines Varga, who leads the council, said the vote was a relief.";
      Article article = clean(page(BODY_1, "Ines Varga", news));

      assertThat(texts(article)).containsExactly(BODY_1, "Ines Varga", news);
    }
  }

  @Nested
  class EndOfArticle {
    @Test
    void theCommentSectionAfterTheStoryGoes() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  BODY_3,
                  "3 Comments",
                  "Anna K",
                  "Great news for the town, I hope they start soon.",
                  "Reply"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void relatedLinksAfterTheStoryGoWithTheirTeasers() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  BODY_3,
                  "You May Also Like",
                  "Dam inspections due across the valley",
                  "Inspectors will visit every dam in the valley this summer, the agency said."));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void aRelatedBoxInTheMiddleOfTheStoryDoesNotEndIt() throws Exception {
      String more1 =
          "The barrier will be built in three sections, starting at the old quay and moving east"
              + " along the bank towards the railway bridge.";
      String more2 =
          "Each section will take about six months, and the road along the river will stay open"
              + " for most of the work, the engineers said.";
      String more3 =
          "Residents who live closest to the works will be offered help with noise insulation,"
              + " paid for by the regional government.";
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  BODY_3,
                  "Related Articles",
                  "Dam inspections due",
                  more1,
                  more2,
                  more3));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3, more1, more2, more3);
    }
  }

  @Nested
  class Lists {
    @Test
    void shortLinesBetweenBodyParagraphsAreAListAndStay() throws Exception {
      Article article =
          clean(
              BODY_1
                  + "\nThe plan has three parts:\nA new dyke\nTwo pumping stations\n"
                  + "A warning system\n"
                  + BODY_2);

      assertThat(texts(article))
          .containsExactly(
              BODY_1,
              "The plan has three parts:",
              "A new dyke",
              "Two pumping stations",
              "A warning system",
              BODY_2);
    }

    @Test
    void shortLinesAfterTheLastParagraphGo() throws Exception {
      Article article = clean(BODY_1 + "\n" + BODY_2 + "\nFlood news\nCouncil\nWeather");

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }
  }
}
