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
 * How the text cleaner reads the page's structure: captions, section headings, pull-quote
 * credits, author boxes.
 */
class TextCleanerStructureTest {

  private static final String QUOTE = "“We will not let the old town flood again,” said Mayor Ines Varga.";
  private static final String PURE_QUOTE = "“We will not let the old town flood again.”";
  private static final String ABOUT_VARGA =
      "Mayor Ines Varga has pushed for the barrier since the floods of 2021.";

  @Nested
  class Captions {
    @Test
    void aLineEndingInAPhotoCreditGoes() throws Exception {
      Article article =
          clean(page(BODY_1, "Workers repair the east dyke on Monday.Credit: Jon Palsson", BODY_2,
              "The old quay under water in 2021. (Photo: River Times archive)", BODY_3,
              "Sandbags line the square (AP Photo/Lena Holm)"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void aLineDescribingAPictureGoes() throws Exception {
      Article article =
          clean(page(BODY_1, "Mayor Ines Varga speaks during a council meeting in the town hall",
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
      Article article = clean(page(BODY_1, BODY_2, "Most Popular Stories", "The River Times Group"));

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
          clean(page(BODY_1, BODY_2, "Jon Palsson",
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
}
