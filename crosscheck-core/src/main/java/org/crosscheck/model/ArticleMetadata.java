package org.crosscheck.model;

import java.time.LocalDate;
import java.util.List;

/**
 * What is known about an article besides its text. Every field may be null (unknown); {@code
 * authors} and {@code credits} are never null.
 *
 * @param url canonical URL
 * @param outlet the publisher or site name
 * @param title the headline
 * @param authors bylines, one name each ("Nike Ching")
 * @param published publication date, the anchor for relative dates
 * @param updated last update date, when the page gives one
 * @param language ISO 639-1 code
 * @param credits credit lines ("VOA's Cindy Saine contributed to this report.")
 * @param syndicatedFrom the outlet this article is republished from ("Voice of America"), when a
 *     source says so (a manifest, a feed); lets near-duplicate detection pick the original
 */
public record ArticleMetadata(
    String url,
    String outlet,
    String title,
    List<String> authors,
    LocalDate published,
    LocalDate updated,
    String language,
    List<String> credits,
    String syndicatedFrom) {

  /** Nothing known. */
  public static final ArticleMetadata EMPTY =
      new ArticleMetadata(null, null, null, List.of(), null, null, null, List.of(), null);

  public ArticleMetadata {
    authors = authors == null ? List.of() : List.copyOf(authors);
    credits = credits == null ? List.of() : List.copyOf(credits);
  }

  /** The metadata without a syndication source; kept so earlier callers compile unchanged. */
  public ArticleMetadata(
      String url,
      String outlet,
      String title,
      List<String> authors,
      LocalDate published,
      LocalDate updated,
      String language,
      List<String> credits) {
    this(url, outlet, title, authors, published, updated, language, credits, null);
  }

  /**
   * Fills every unknown field of this metadata from {@code fallback}. Known fields win.
   *
   * @return a new record; neither input is changed
   */
  public ArticleMetadata orElse(ArticleMetadata fallback) {
    return new ArticleMetadata(
        url != null ? url : fallback.url,
        outlet != null ? outlet : fallback.outlet,
        title != null ? title : fallback.title,
        !authors.isEmpty() ? authors : fallback.authors,
        published != null ? published : fallback.published,
        updated != null ? updated : fallback.updated,
        language != null ? language : fallback.language,
        !credits.isEmpty() ? credits : fallback.credits,
        syndicatedFrom != null ? syndicatedFrom : fallback.syndicatedFrom);
  }

  public ArticleMetadata withTitle(String newTitle) {
    return new ArticleMetadata(
        url, outlet, newTitle, authors, published, updated, language, credits, syndicatedFrom);
  }

  public ArticleMetadata withPublished(LocalDate date) {
    return new ArticleMetadata(
        url, outlet, title, authors, date, updated, language, credits, syndicatedFrom);
  }
}
