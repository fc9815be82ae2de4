package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The text cleaner's rules, one small invented page each: what a rule removes, and the look-alike
 * text it must leave alone.
 */
class TextCleanerTest {

  static final String BODY_1 =
      "The river council approved a new flood barrier on Tuesday after two years of debate.";
  static final String BODY_2 =
      "Engineers said the barrier would protect about 4,000 homes along the east bank.";
  static final String BODY_3 = "Work is expected to begin in the spring and last eighteen months.";

  private static final TextCleaner CLEANER = new TextCleaner();

  static Article clean(String text) throws CleanException {
    return clean(text, ArticleMetadata.EMPTY);
  }

  static Article clean(String text, ArticleMetadata hints) throws CleanException {
    return CLEANER.clean(
        new SourceDocument("test.txt", "test.txt", SourceDocument.Format.TEXT, text, hints));
  }

  static List<String> texts(Article article) {
    return article.paragraphs().stream().map(Paragraph::text).toList();
  }

  static List<String> headings(Article article) {
    return article.paragraphs().stream().filter(Paragraph::heading).map(Paragraph::text).toList();
  }

  static String page(String... lines) {
    return String.join("\n\n", lines);
  }

  @Nested
  class Paragraphs {
    @Test
    void blankLinesAndSingleLineBreaksBothSeparateParagraphs() throws Exception {
      Article article = clean(BODY_1 + "\n\n\n" + BODY_2 + "\n" + BODY_3);

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }

    @Test
    void whitespaceInsideAParagraphIsNormalised() throws Exception {
      Article article = clean("The council\u00a0 met  on\tTuesday.\u00a0");

      assertThat(texts(article)).containsExactly("The council met on Tuesday.");
    }

    @Test
    void hardWrappedParagraphsAreJoinedAgain() throws Exception {
      String wrapped =
          "The river council approved a new flood barrier on Tuesday after two\n"
              + "years of debate, and engineers said the barrier would protect about\n"
              + "four thousand homes along the east bank of the river.\n\n"
              + "Work is expected to begin in the spring and should last for about\n"
              + "eighteen months, the council said in a statement on its website.";

      assertThat(texts(clean(wrapped)))
          .containsExactly(
              "The river council approved a new flood barrier on Tuesday after two years of"
                  + " debate, and engineers said the barrier would protect about four thousand"
                  + " homes along the east bank of the river.",
              "Work is expected to begin in the spring and should last for about eighteen"
                  + " months, the council said in a statement on its website.");
    }

    @Test
    void aShortOneLineParagraphIsKept() throws Exception {
      Article article = clean(page(BODY_1, "Nobody objected.", BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, "Nobody objected.", BODY_2);
    }

    @Test
    void aRepeatedParagraphKeepsOnlyItsFirstOccurrence() throws Exception {
      Article article = clean(page(BODY_1, BODY_2, BODY_3, BODY_1));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2, BODY_3);
    }
  }

  @Nested
  class Errors {
    @Test
    void blankTextIsRejected() {
      assertThatThrownBy(() -> clean("  \n\n \t "))
          .isInstanceOf(CleanException.class)
          .hasMessageContaining("test.txt")
          .hasMessageContaining("empty");
    }

    @Test
    void aPageOfNothingButFurnitureIsRejected() {
      assertThatThrownBy(() -> clean(page("Skip to main content", "Share", "Leave a Reply")))
          .isInstanceOf(CleanException.class)
          .hasMessageContaining("no article text left");
    }
  }

  @Nested
  class Furniture {
    @Test
    void navigationWidgetsAndCommentFormsGo() throws Exception {
      Article article =
          clean(
              page(
                  "Skip to main content",
                  BODY_1,
                  "Share this article",
                  BODY_2,
                  "Leave a Reply",
                  "Your email address will not be published. Required fields are" + " marked *",
                  "Comments"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aShareBarOfGluedLabelsGoes() throws Exception {
      Article article = clean(page("Share on FacebookTweetSend in e-mail", BODY_1));

      assertThat(texts(article)).containsExactly(BODY_1);
    }

    @Test
    void podcastPlayersAndPromotionsGo() throws Exception {
      Article article =
          clean(
              BODY_1
                  + "\nWhy rivers flood: LISTEN to our weekly podcast\nSubscribe\n0:00\n"
                  + "-- : --\n"
                  + BODY_2);

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void timestampsAndReadingTimesGo() throws Exception {
      Article article = clean(page("4 min read", "Updated 3 hours ago", BODY_1, "5:50 PM", BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void relatedLinksGo() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  "See also: Dams across the region face new checks",
                  BODY_2,
                  "READ ALSO: Council elections set for June",
                  "Related Articles"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void followAndClickPromptsGo() throws Exception {
      Article article =
          clean(
              page(
                  BODY_1,
                  BODY_2,
                  "Follow us on Twitter and Facebook",
                  "Click the bell icon to get alerts:"));

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aParagraphThatMentionsCommentsStays() throws Exception {
      String mentions = "Comments from residents will be heard at the next meeting in May.";
      Article article = clean(page(BODY_1, mentions, "Comments"));

      assertThat(texts(article)).containsExactly(BODY_1, mentions);
    }

    @Test
    void aSentenceThatOpensWithAWidgetWordStays() throws Exception {
      String sentence =
          "Share prices of the builders rose after the council approved the barrier on Tuesday.";
      Article article = clean(page(BODY_1, sentence));

      assertThat(texts(article)).containsExactly(BODY_1, sentence);
    }

    @Test
    void aParagraphThatStartsLikeAWidgetButIsLongStays() throws Exception {
      String longer =
          "Follow us on the river path, the mayor told visitors, pointing to the new gates and the"
              + " pumping station that will keep the old town dry when the spring rains arrive and"
              + " the water rises again as it did last year.";
      Article article = clean(page(BODY_1, longer));

      assertThat(texts(article)).containsExactly(BODY_1, longer);
    }
  }

  @Nested
  class OutletTags {
    @Test
    void theOutletNamingItselfGoes() throws Exception {
      ArticleMetadata hints =
          new ArticleMetadata(null, "River Times", null, null, null, null, null, null);

      Article article = clean(page(BODY_1, BODY_2, "(River Times)"), hints);
      Article named = clean(page(BODY_1, BODY_2, "River Times"), hints);

      assertThat(texts(article)).containsExactly(BODY_1, BODY_2);
      assertThat(texts(named)).containsExactly(BODY_1, BODY_2);
    }

    @Test
    void aBracketedRemarkIsNotAnOutletTag() throws Exception {
      String remark = "(includes permits, fees and inspections)";
      Article article = clean(page(BODY_1, remark, BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, remark, BODY_2);
    }

    @Test
    void aBracketedSentenceInTheBodyStays() throws Exception {
      String aside = "(The council has not said how the barrier will be paid for.)";
      Article article = clean(page(BODY_1, aside, BODY_2));

      assertThat(texts(article)).containsExactly(BODY_1, aside, BODY_2);
    }
  }
}
