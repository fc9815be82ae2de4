package org.crosscheck.model;

import java.util.Objects;

/**
 * One document as read from a source, before cleaning: the raw text or HTML and what the source
 * already knows about it.
 *
 * @param id stable identifier: the file name for file input, else a name derived from the URL or
 *     the position in a stream
 * @param location where it came from: a file path or a URL
 * @param format how {@code content} is to be read
 * @param content the text or HTML, already decoded to characters
 * @param hints metadata known from outside the document (manifest, feed, JSONL, HTTP headers)
 */
public record SourceDocument(
    String id, String location, Format format, String content, ArticleMetadata hints) {

  /** How the content of a source document is encoded. */
  public enum Format {
    /** Plain text, paragraphs separated by line breaks. */
    TEXT,
    /** An HTML page. */
    HTML
  }

  public SourceDocument {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(content, "content");
    hints = hints == null ? ArticleMetadata.EMPTY : hints;
  }
}
