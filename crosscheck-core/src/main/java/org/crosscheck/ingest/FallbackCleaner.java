package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;
import org.crosscheck.model.SourceDocument.Format;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A minimal cleaner so that ingest can be run end to end before the real cleaners exist: plain text
 * is split into paragraphs at blank lines (or at line breaks when there are none); HTML keeps the
 * text of paragraphs, headings, list items and quotations, after dropping scripts, navigation,
 * headers, footers, asides and forms. No boilerplate removal beyond that. The hints are the
 * metadata; the page's {@code <title>} fills a missing title.
 *
 * <p>Stateless and safe to share between threads; never changes its input.
 *
 * @since 0.1
 */
public final class FallbackCleaner implements Cleaner {

  private static final String DROPPED =
      "script, style, noscript, nav, header, footer, aside, form, iframe, svg, template";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  @Override
  public Article clean(SourceDocument document) throws CleanException {
    ArticleMetadata metadata = document.hints();
    List<Paragraph> paragraphs;
    if (document.format() == Format.HTML) {
      Document page = Jsoup.parse(document.content(), document.location());
      if (metadata.title() == null && !page.title().isBlank()) {
        metadata = metadata.withTitle(page.title().strip());
      }
      paragraphs = htmlParagraphs(page);
    } else {
      paragraphs = textParagraphs(document.content());
    }
    if (paragraphs.isEmpty()) {
      throw new CleanException("no text left after cleaning");
    }
    return new Article(document.id(), document.location(), metadata, paragraphs, null);
  }

  private static List<Paragraph> htmlParagraphs(Document page) {
    page.select(DROPPED).remove();
    Element root = page.selectFirst("article");
    if (root == null) {
      root = page.body();
    }
    List<Paragraph> out = new ArrayList<>();
    for (Element block : root.select(BLOCKS)) {
      if (block.select(BLOCKS).size() > 1) {
        continue; // a container of blocks (select counts the block itself): take its children
      }
      String text = block.text().strip();
      if (!text.isEmpty()) {
        out.add(new Paragraph(text, block.normalName().matches("h[1-6]")));
      }
    }
    if (out.isEmpty()) {
      out.addAll(textParagraphs(root.wholeText()));
    }
    return out;
  }

  private static List<Paragraph> textParagraphs(String text) {
    String normalized = text.replace("\r\n", "\n").replace('\r', '\n');
    // Blank lines separate paragraphs when the text uses them; otherwise every line is one.
    String separator = normalized.strip().contains("\n\n") ? "\\n\\s*\\n" : "\\n";
    List<Paragraph> out = new ArrayList<>();
    for (String part : normalized.split(separator)) {
      String clean = part.strip().replaceAll("\\s+", " ");
      if (!clean.isEmpty()) {
        out.add(Paragraph.body(clean));
      }
    }
    return out;
  }
}
