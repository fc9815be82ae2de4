package org.crosscheck.clean;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;

/**
 * Cleans scraped plain text ({@link SourceDocument.Format#TEXT}): takes the page furniture out
 * and keeps the article's paragraphs and section headings, moving the headline, bylines, credit
 * lines and dates into the {@link ArticleMetadata}.
 *
 * <p>Each non-blank line is a candidate paragraph (see {@link TextLines}). The rules then run in
 * this order, each deciding some of the lines the earlier ones left open:
 *
 * <ol>
 *   <li>{@link FurnitureRule}: navigation, widgets, players, comment forms, related links;
 *   <li>{@link OutletTagRule}: "(The Outlet)";
 *   <li>{@link BylineRule}, {@link CreditRule}, {@link DateLineRule}: metadata lines;
 *   <li>{@link EndOfArticleRule}: the comment section and related links after the story;
 *   <li>{@link CaptionRule}: photo captions and credits;
 *   <li>{@link TitleRule}: the headline;
 *   <li>{@link RepeatRule}: captions shown twice, repeated paragraphs (the first one stays);
 *   <li>{@link AuthorBoxRule}: a name and its bio;
 *   <li>{@link PullQuoteCreditRule}: a name alone after a pull quote;
 *   <li>{@link HeadingRule}: body, section headings, and stray labels for what is left.
 * </ol>
 *
 * <p>The metadata found in the text is merged with the document's hints; the hints win where
 * both know a field ({@link ArticleMetadata#orElse}). Paragraph text is the line with its
 * whitespace normalised ({@link TextLines#normalise}).
 *
 * <pre>{@code
 * Cleaner cleaner = new TextCleaner();
 * Article article = cleaner.clean(document);
 * article.metadata().authors();   // ["Nike Ching"]
 * }</pre>
 *
 * <p>Stateless: one instance is safe to share between threads. It never changes its input.
 *
 * @since 0.1.0
 */
public final class TextCleaner implements Cleaner {

  private final List<PageRule> rules =
      List.of(
          new FurnitureRule(),
          new OutletTagRule(),
          new BylineRule(),
          new CreditRule(),
          new DateLineRule(),
          new EndOfArticleRule(),
          new CaptionRule(),
          new TitleRule(),
          new RepeatRule(),
          new AuthorBoxRule(),
          new PullQuoteCreditRule(),
          new HeadingRule());

  @Override
  public Article clean(SourceDocument document) throws CleanException {
    if (document.content().isBlank()) {
      throw new CleanException("Document " + document.id() + " has no text: it is empty.");
    }
    PageLines page = classify(document);
    List<Paragraph> paragraphs = new ArrayList<>();
    for (int i = 0; i < page.size(); i++) {
      if (page.role(i) == Role.BODY) {
        paragraphs.add(Paragraph.body(page.text(i)));
      } else if (page.role(i) == Role.HEADING) {
        paragraphs.add(Paragraph.heading(page.text(i)));
      }
    }
    if (paragraphs.stream().allMatch(Paragraph::heading)) {
      throw new CleanException(
          "Document " + document.id() + " has no article text left once page furniture"
              + " (navigation, widgets, captions, bylines) is removed.");
    }
    ArticleMetadata metadata = document.hints().orElse(page.foundMetadata());
    return new Article(document.id(), document.location(), metadata, paragraphs, null);
  }

  /** The page's lines with the role each rule gave them; for tests and diagnostics. */
  PageLines classify(SourceDocument document) {
    PageLines page = new PageLines(TextLines.split(document.content()), document.hints());
    for (PageRule rule : rules) {
      rule.apply(page);
    }
    return page;
  }

  @Override
  public String toString() {
    return "TextCleaner" + rules;
  }
}
