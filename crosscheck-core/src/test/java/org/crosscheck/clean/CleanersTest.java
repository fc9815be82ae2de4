package org.crosscheck.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.junit.jupiter.api.Test;

/** Every format has a cleaner; cleaning by format keeps the hints the page does not override. */
class CleanersTest {

  private static final ArticleMetadata HINTS =
      new ArticleMetadata(
          null, "Harbour News", null, null, LocalDate.of(2024, 3, 21), null, "en", null, null);

  @Test
  void everyFormatHasACleaner() {
    for (Format format : Format.values()) {
      assertThat(Cleaners.forFormat(format)).isNotNull();
    }
  }

  @Test
  void htmlIsCleanedIntoParagraphsWithTheHintsAsMetadata() throws CleanException {
    String page =
        "<html><head><title>Talks go on</title></head><body><nav><p>Home</p></nav>"
            + "<article><h2>Geneva</h2><p>Officials from both delegations met on Thursday in a"
            + " hotel by the lake to discuss the ceasefire.</p><p>Talks continue on Friday, the"
            + " mediators said, and a statement is expected afterwards.</p></article>"
            + "</body></html>";

    Article article = Cleaners.clean(new SourceDocument("a", "a.html", Format.HTML, page, HINTS));

    assertThat(article.paragraphs())
        .containsExactly(
            Paragraph.heading("Geneva"),
            Paragraph.body("Officials from both delegations met on Thursday in a hotel by the lake"
                + " to discuss the ceasefire."),
            Paragraph.body("Talks continue on Friday, the mediators said, and a statement is"
                + " expected afterwards."));
    assertThat(article.metadata().title()).isEqualTo("Talks go on");
    assertThat(article.metadata().outlet()).isEqualTo("Harbour News");
    assertThat(article.metadata().published()).isEqualTo(LocalDate.of(2024, 3, 21));
  }

  @Test
  void textIsSplitAtBlankLines() throws CleanException {
    String text = "Officials met\nin Geneva.\n\nTalks continue.\n";

    Article article = Cleaners.clean(new SourceDocument("a", "a.txt", Format.TEXT, text, HINTS));

    assertThat(article.paragraphs())
        .extracting(Paragraph::text)
        .isEqualTo(List.of("Officials met in Geneva.", "Talks continue."));
  }

  @Test
  void aPageWithoutTextIsRejected() {
    SourceDocument empty =
        new SourceDocument("a", "a.html", Format.HTML, "<html><body><script>x()</script>", null);

    assertThatThrownBy(() -> Cleaners.clean(empty)).isInstanceOf(CleanException.class);
  }
}
