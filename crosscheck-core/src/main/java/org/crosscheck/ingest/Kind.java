package org.crosscheck.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * What a stream of bytes holds, told from its name, its HTTP content type and its first bytes. The
 * content wins over the name when it is unambiguous ("WARC/1.1", "<rss"), so a file with a wrong or
 * missing extension, or standard input, is still read correctly.
 */
enum Kind {
  HTML,
  TEXT,
  FEED,
  WARC,
  JSONL;

  /**
   * File name endings that a folder walk treats as articles; anything else there is skipped, except
   * files without an ending, which are sniffed (see {@link #hasNoEnding}).
   */
  static boolean isArticleFileName(String fileName) {
    String name = stripGz(fileName.toLowerCase(Locale.ROOT));
    return name.endsWith(".html")
        || name.endsWith(".htm")
        || name.endsWith(".xhtml")
        || name.endsWith(".txt")
        || name.endsWith(".text")
        || name.endsWith(".warc")
        || name.endsWith(".jsonl")
        || name.endsWith(".ndjson")
        || name.endsWith(".rss")
        || name.endsWith(".atom")
        || name.endsWith(".xml");
  }

  /** A name like "index" or "story-42": a saved page or a LICENSE; only its content can tell. */
  static boolean hasNoEnding(String fileName) {
    return !fileName.contains(".");
  }

  static String stripGz(String name) {
    return name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
  }

  /**
   * Tells the kind of a stream.
   *
   * @param name the file name or URL path, without a ".gz" ending; may be empty
   * @param contentType the HTTP Content-Type, or null
   * @param head the first bytes, already gunzipped
   */
  static Kind detect(String name, String contentType, byte[] head) {
    String lower = name.toLowerCase(Locale.ROOT);
    String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
    String text = leadingText(head);
    if (text.startsWith("warc/") || lower.endsWith(".warc") || type.contains("application/warc")) {
      return WARC;
    }
    if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson") || type.contains("ndjson")) {
      return JSONL;
    }
    if (looksLikeFeed(text) || type.contains("rss") || type.contains("atom")) {
      return FEED;
    }
    if (looksLikeHtml(text) || type.contains("html")) {
      return HTML;
    }
    if (type.startsWith("text/plain") || lower.endsWith(".txt") || lower.endsWith(".text")) {
      return TEXT;
    }
    if (lower.endsWith(".htm") || lower.endsWith(".html") || lower.endsWith(".xhtml")) {
      return HTML;
    }
    if (lower.endsWith(".rss") || lower.endsWith(".atom") || type.contains("xml")) {
      return FEED;
    }
    if (text.startsWith("{")) {
      return JSONL;
    }
    // No extension and no strong signal: markup with closing tags is HTML, the rest is text.
    return text.startsWith("<") && text.contains("</") ? HTML : TEXT;
  }

  private static boolean looksLikeFeed(String text) {
    if (text.startsWith("<rss") || text.startsWith("<feed") || text.startsWith("<rdf:rdf")) {
      return true;
    }
    return text.startsWith("<?xml")
        && (text.contains("<rss") || text.contains("<feed") || text.contains("<rdf:rdf"))
        && !text.contains("<html");
  }

  private static boolean looksLikeHtml(String text) {
    return text.startsWith("<!doctype html")
        || text.startsWith("<html")
        || text.startsWith("<head")
        || text.startsWith("<body")
        || (text.startsWith("<?xml") || text.startsWith("<!--")) && text.contains("<html");
  }

  /** The first bytes as lower-case text, without a byte-order mark or leading white space. */
  private static String leadingText(byte[] head) {
    int from = head.length >= 3 && (head[0] & 0xff) == 0xef ? 3 : 0;
    String text =
        new String(head, from, Math.max(0, head.length - from), StandardCharsets.ISO_8859_1);
    return text.strip().toLowerCase(Locale.ROOT);
  }
}
