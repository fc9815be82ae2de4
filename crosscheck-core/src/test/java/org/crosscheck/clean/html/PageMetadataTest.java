package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.html.HtmlCleanerTest.article;
import static org.crosscheck.clean.html.HtmlCleanerTest.page;

import java.time.LocalDate;
import org.crosscheck.clean.CleanException;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.SourceDocument;
import org.junit.jupiter.api.Test;

/** Where each metadata field comes from, and which source wins. "Today" is 2024-06-01. */
class PageMetadataTest {

  static ArticleMetadata meta(String head, String body, String url) throws CleanException {
    return new HtmlCleaner(HtmlCleanerTest.JUNE_2024, false)
        .clean(new SourceDocument("m1", url, SourceDocument.Format.HTML, page(head, body), null))
        .metadata();
  }

  static ArticleMetadata meta(String head) throws CleanException {
    return meta(head, article(""), "https://news.example.com/town/bridge");
  }

  static final String JSON_LD =
      "<script type='application/ld+json'>{\"@context\":\"https://schema.org\",\"@graph\":["
          + "{\"@type\":\"WebSite\",\"name\":\"Town Post\"},"
          + "{\"@type\":\"NewsArticle\",\"headline\":\"Bridge opens to cyclists\","
          + "\"datePublished\":\"2024-03-20T23:30:00-05:00\",\"dateModified\":\"2024-03-22\","
          + "\"author\":[{\"@type\":\"Person\",\"name\":\"Jane Doe\"},{\"@type\":\"Person\","
          + "\"name\":\"John Roe\"}],\"publisher\":{\"@type\":\"Organization\",\"name\":\"Town"
          + " Post\"},\"inLanguage\":\"en-GB\"}]}</script>";

  @Test
  void jsonLdGivesTitleAuthorsDatesOutletAndLanguage() throws Exception {
    ArticleMetadata m = meta(JSON_LD);
    assertThat(m.title()).isEqualTo("Bridge opens to cyclists");
    assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
    // The day the outlet printed, not the UTC day (which is March 21).
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(m.updated()).isEqualTo(LocalDate.of(2024, 3, 22));
    assertThat(m.outlet()).isEqualTo("Town Post");
    assertThat(m.language()).isEqualTo("en");
  }

  @Test
  void brokenJsonLdIsSkipped() throws Exception {
    ArticleMetadata m = meta("<script type='application/ld+json'>{\"@type\": \"NewsArticle\",}"
        + "</script><meta property='article:published_time' content='2024-02-02'>");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 2, 2));
  }

  @Test
  void jsonLdWinsOverMetaTags() throws Exception {
    ArticleMetadata m = meta(JSON_LD + "<meta property='article:published_time' content='2024-01-01'>");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void openGraphAndArticleMetaTags() throws Exception {
    ArticleMetadata m = meta("<meta property='og:title' content='Bridge opens to cyclists'>"
        + "<meta property='og:site_name' content='Town Post'>"
        + "<meta property='article:published_time' content='2024-03-20T08:00:00Z'>"
        + "<meta property='article:modified_time' content='2024-03-21T08:00:00Z'>"
        + "<meta property='og:url' content='https://news.example.com/bridge'>"
        + "<meta name='author' content='By Jane Doe'>");
    assertThat(m.title()).isEqualTo("Bridge opens to cyclists");
    assertThat(m.outlet()).isEqualTo("Town Post");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
    assertThat(m.updated()).isEqualTo(LocalDate.of(2024, 3, 21));
    assertThat(m.url()).isEqualTo("https://news.example.com/bridge");
    assertThat(m.authors()).containsExactly("Jane Doe");
  }

  @Test
  void dublinCoreDate() throws Exception {
    assertThat(meta("<meta name='DC.date.issued' content='2024-03-19'>").published())
        .isEqualTo(LocalDate.of(2024, 3, 19));
  }

  @Test
  void parselyDateAndAuthor() throws Exception {
    ArticleMetadata m = meta("<meta name='parsely-pub-date' content='2024-03-18T10:00:00Z'>"
        + "<meta name='parsely-author' content='Jane Doe'>");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 18));
    assertThat(m.authors()).containsExactly("Jane Doe");
  }

  @Test
  void timeElementWhenNoMetaTagGivesADate() throws Exception {
    ArticleMetadata m = meta("", "<p class=dateline><time datetime='2024-03-17T09:00'>Sunday</time>"
        + "</p>" + article(""), "https://news.example.com/town/bridge");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 17));
  }

  @Test
  void urlDateAsLastResort() throws Exception {
    ArticleMetadata m = meta("", article(""), "https://news.example.com/2024/03/16/bridge.html");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 16));
  }

  @Test
  void visibleDatelineUnderTheHeadline() throws Exception {
    ArticleMetadata m = meta("", "<h1>Bridge</h1><span>March 15, 2024</span>" + article(""),
        "https://news.example.com/town/bridge");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 15));
  }

  @Test
  void aFutureDateIsRejectedAndTheNextSourceAsked() throws Exception {
    ArticleMetadata m = meta("<meta property='article:published_time' content='2031-01-01'>"
        + "<meta name='DC.date.issued' content='2024-03-19'>");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 19));
  }

  @Test
  void aDateBefore1995IsRejected() throws Exception {
    ArticleMetadata m = meta("<meta property='article:published_time' content='1970-01-01'>");
    assertThat(m.published()).isNull();
  }

  @Test
  void canonicalLinkAndHtmlLang() throws Exception {
    ArticleMetadata m = new HtmlCleaner(HtmlCleanerTest.JUNE_2024, false)
        .clean(new SourceDocument("m1", "https://news.example.com/a?utm=x",
            SourceDocument.Format.HTML,
            "<html lang='de-AT'><head><link rel=canonical href='https://news.example.com/a'>"
                + "</head><body>" + article("") + "</body></html>", null))
        .metadata();
    assertThat(m.url()).isEqualTo("https://news.example.com/a");
    assertThat(m.language()).isEqualTo("de");
  }

  @Test
  void titleTagLosesItsSiteNameSuffix() throws Exception {
    assertThat(meta("<title>Bridge opens to cyclists | Town Post</title>").title())
        .isEqualTo("Bridge opens to cyclists");
  }

  @Test
  void aHeadlineLosesWhatFollowsABar() throws Exception {
    String url = "https://news.example.com/movers";
    assertThat(meta("", "<h1>Best Movers in New York 2025 | Top 19 Companies</h1>" + article(""),
        url).title()).isEqualTo("Best Movers in New York 2025");
    // A dash can be the headline's own punctuation, and stays.
    assertThat(meta("", "<h1>Best Bread Machines – My Favorites!</h1>" + article(""), url)
        .title()).isEqualTo("Best Bread Machines – My Favorites!");
  }

  @Test
  void hintsFromTheSourceWinOverThePage() throws Exception {
    ArticleMetadata hints = ArticleMetadata.EMPTY.withTitle("Given title");
    ArticleMetadata m = new HtmlCleaner(HtmlCleanerTest.JUNE_2024, false)
        .clean(new SourceDocument("m1", "x", SourceDocument.Format.HTML,
            page(JSON_LD, article("")), hints))
        .metadata();
    assertThat(m.title()).isEqualTo("Given title");
    assertThat(m.authors()).containsExactly("Jane Doe", "John Roe");
  }

  @Test
  void aDateInAComponentsJsonAttribute() throws Exception {
    ArticleMetadata m = meta("", "<div data-props='{\"title\":\"Bridge\",\"datePublished\":"
        + "\"2024-03-14T09:00:00Z\"}'></div>" + article(""), "https://news.example.com/town/bridge");
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 14));
  }

  @Test
  void theModificationDateWhenNoPublicationDateIsGiven() throws Exception {
    assertThat(meta("<meta property='article:modified_time' content='2024-03-13T10:00:00Z'>")
        .published()).isEqualTo(LocalDate.of(2024, 3, 13));
    assertThat(meta("").published()).isNull();
  }
}
