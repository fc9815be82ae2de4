package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.crosscheck.model.Paragraph;
import org.jsoup.nodes.Element;

/**
 * The Readability4J baseline: Mozilla Readability's algorithm as ported to the JVM, its article
 * element split into paragraphs and headings. Used as the benchmark baseline and as the
 * fallback when our own scorer finds no body.
 *
 * <p>Stateless and thread-safe (Readability4J parses its own copy of the page each call).
 */
public final class ReadabilityExtractor {

  /** The body paragraphs Readability4J finds in {@code html}; empty when it finds none. */
  public List<Paragraph> paragraphs(String url, String html) {
    List<Paragraph> out = new ArrayList<>();
    for (Block b : blocks(url, html)) {
      out.add(b.heading() ? Paragraph.heading(b.text()) : Paragraph.body(b.text()));
    }
    return out;
  }

  /** Readability4J's article element as blocks; empty when it finds none. */
  List<Block> blocks(String url, String html) {
    Element content;
    try {
      Readability4J readability = new Readability4JExtended(url == null ? "" : url, html);
      content = readability.parse().getArticleContent();
    } catch (RuntimeException e) {
      // Readability4J fails on some page shapes (a candidate without a parent); no body then.
      return List.of();
    }
    return content == null ? List.of() : BlockCollector.collect(content);
  }
}
