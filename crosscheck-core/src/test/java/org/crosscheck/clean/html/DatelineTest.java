package org.crosscheck.clean.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.crosscheck.clean.html.HtmlCleanerTest.article;
import static org.crosscheck.clean.html.PageMetadataTest.meta;

import java.time.LocalDate;
import org.crosscheck.model.ArticleMetadata;
import org.junit.jupiter.api.Test;

/**
 * The dateline shown beside the headline, and how it ranks against the dates a page declares.
 * "Today" is 2024-06-01.
 */
class DatelineTest {

  private static final String URL = "https://news.example.com/town/bridge";

  private static String ld(String fields) {
    return "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"headline\":"
        + "\"Bridge opens to cyclists\"," + fields + "}</script>";
  }

  private static final String DECLARED_2022 =
      ld("\"datePublished\":\"2022-01-10T09:00:00Z\",\"dateModified\":\"2024-03-20T09:00:00Z\"");

  /** Enough article text to put anything after it far from the headline. */
  private static final String LONG_ARTICLE = article("") + article("") + article("");

  @Test
  void theDateShownUnderTheHeadlineWinsOverTheDeclaredOne() throws Exception {
    ArticleMetadata m = meta(DECLARED_2022,
        "<h1>Bridge opens to cyclists</h1><p class=byline>By Jane Doe · March 20, 2024</p>"
            + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void anUpdateDatelineYieldsToAPublicationDateInTheMetaTags() throws Exception {
    ArticleMetadata m = meta(DECLARED_2022
            + "<meta property='article:published_time' content='2022-01-10T09:00:00Z'>",
        "<h1>Bridge opens to cyclists</h1><p>Last updated: <span>March 20, 2024</span></p>"
            + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void anUpdateDatelineBeatsAPublicationDateDeclaredOnlyInJsonLd() throws Exception {
    ArticleMetadata m = meta(DECLARED_2022,
        "<h1>Bridge opens to cyclists</h1><p>Last updated: <span>March 20, 2024</span></p>"
            + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void anUpdateDatelineIsTakenWhenNothingIsDeclared() throws Exception {
    ArticleMetadata m = meta("",
        "<h1>Bridge opens to cyclists</h1><p>Updated on March 20, 2024</p>" + article("")
            + "<ul class=related><li><time datetime='2023-05-05'>May 5, 2023</time></li></ul>",
        URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void aPublishedLabelBeatsAnUpdatedOneBesideIt() throws Exception {
    ArticleMetadata m = meta("",
        "<h1>Bridge opens to cyclists</h1><p><span>Updated Apr 2, 2024</span> "
            + "<span>Published Feb 1, 2023</span></p>" + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2023, 2, 1));
  }

  @Test
  void aDateFarFromTheHeadlineIsNoDateline() throws Exception {
    ArticleMetadata m = meta(ld("\"datePublished\":\"2022-01-10\""),
        "<h1>Bridge opens to cyclists</h1>" + LONG_ARTICLE
            + "<div class=teaser><span>March 20, 2024</span></div>", URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void aSentenceThatMentionsADateIsNoDateline() throws Exception {
    ArticleMetadata m = meta(ld("\"datePublished\":\"2022-01-10\""),
        "<h1>Bridge opens to cyclists</h1><p>The council first met about the bridge on"
            + " March 20, 2021, and again a year later.</p>" + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2022, 1, 10));
  }

  @Test
  void theSiteLogoHeadingIsNotTheHeadline() throws Exception {
    ArticleMetadata m = meta("<title>Bridge opens to cyclists | Town Post</title>",
        "<h1 class=logo>Town Post</h1><div class=promo>Winter sale ends January 5, 2024</div>"
            + "<h1>Bridge opens to cyclists</h1><p>Posted on March 20, 2024</p>" + article(""),
        URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void aTimeElementsAttributeSettlesAnAmbiguousNumericDate() throws Exception {
    ArticleMetadata m = meta("",
        "<h1>Bridge opens to cyclists</h1><time datetime='2024-03-01T10:00:00-05:00'>3/1/2024"
            + "</time>" + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void theUrlSettlesAnAmbiguousNumericDate() throws Exception {
    String body = "<h1>Bridge opens to cyclists</h1><p>04.03.2024</p>" + article("");
    assertThat(meta("", body, "https://news.example.com/2024/04/03/bridge").published())
        .isEqualTo(LocalDate.of(2024, 4, 3));
    // Without another date to agree with, a page that does not say it is American is read day
    // first.
    assertThat(meta("", body, URL).published()).isEqualTo(LocalDate.of(2024, 3, 4));
  }

  @Test
  void aOneDayGapIsATimeZoneAndThePrintedDayWins() throws Exception {
    ArticleMetadata m = meta(ld("\"datePublished\":\"2024-03-21T02:30:00+00:00\""),
        "<h1>Bridge opens to cyclists</h1><p>Updated: March 20, 2024</p>" + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void aDatelineADayFromTheMetaTagsTimestampYieldsToIt() throws Exception {
    String body = "<h1>Bridge opens to cyclists</h1><p>By Jane Doe · March 20, 2024</p>" + article("");
    assertThat(meta("<meta property='article:published_time' content='2024-03-21T02:30:00+00:00'>",
        body, URL).published()).isEqualTo(LocalDate.of(2024, 3, 21));
    // Two days apart they are two dates, and the one shown wins.
    assertThat(meta("<meta property='article:published_time' content='2024-03-22T02:30:00+00:00'>",
        body, URL).published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void atEqualDistanceTheDateBelowTheHeadlineWins() throws Exception {
    ArticleMetadata m = meta("",
        "<ul class=news><li>Council elects a new mayor <span>12/04/2023</span></li></ul>"
            + "<h1>Bridge opens to cyclists</h1><time datetime='2024-03-01'>03/01/2024</time>"
            + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 1));
  }

  @Test
  void aDateRightAboveTheHeadlineBeatsOneFurtherBelow() throws Exception {
    ArticleMetadata m = meta("",
        "<p class=kicker>March 20, 2024</p><h1>Bridge opens to cyclists</h1>"
            + "<p>By Jane Doe</p><p>Photo: the new bridge at dawn, May 5, 2023</p>" + article(""),
        URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void aPublishedLineAnywhereWhenNoneIsNearTheHeadline() throws Exception {
    ArticleMetadata m = meta(ld("\"datePublished\":\"2024-05-29\""),
        "<h1>Bridge opens to cyclists</h1>" + LONG_ARTICLE + "<p>Published March 20, 2024</p>",
        URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2024, 3, 20));
  }

  @Test
  void aFutureDatelineIsIgnored() throws Exception {
    ArticleMetadata m = meta(ld("\"datePublished\":\"2022-01-10\""),
        "<h1>Bridge opens to cyclists</h1><p>March 20, 2031</p>" + article(""), URL);
    assertThat(m.published()).isEqualTo(LocalDate.of(2022, 1, 10));
  }
}
