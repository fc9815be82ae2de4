package org.crosscheck.model;

import java.util.List;
import java.util.Objects;

/**
 * A clean article: its paragraphs without page furniture, and its metadata.
 *
 * <p>All character offsets elsewhere in the model ({@link Evidence}, token and sentence spans)
 * refer to {@link #text()}: the paragraphs joined by a blank line ({@value #PARAGRAPH_SEPARATOR}).
 *
 * @param id unique within a run: the file name for file input
 * @param location the file path or URL it was read from
 * @param metadata title, byline, outlet, dates
 * @param paragraphs the body, in order; never empty
 * @param duplicateOf the id of an earlier article this one copies (syndication), else null
 */
public record Article(
    String id,
    String location,
    ArticleMetadata metadata,
    List<Paragraph> paragraphs,
    String duplicateOf) {

  /** Joins paragraphs in {@link #text()}. */
  public static final String PARAGRAPH_SEPARATOR = "\n\n";

  public Article {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(location, "location");
    metadata = metadata == null ? ArticleMetadata.EMPTY : metadata;
    paragraphs = List.copyOf(paragraphs);
  }

  /** The clean text that all offsets refer to. */
  public String text() {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (sb.length() > 0) {
        sb.append(PARAGRAPH_SEPARATOR);
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  /** Start offset of paragraph {@code index} in {@link #text()}. */
  public int paragraphStart(int index) {
    int offset = 0;
    for (int i = 0; i < index; i++) {
      offset += paragraphs.get(i).text().length() + PARAGRAPH_SEPARATOR.length();
    }
    return offset;
  }

  public Article withId(String newId) {
    return new Article(newId, location, metadata, paragraphs, duplicateOf);
  }

  public Article withDuplicateOf(String originalId) {
    return new Article(id, location, metadata, paragraphs, originalId);
  }

  public Article withMetadata(ArticleMetadata newMetadata) {
    return new Article(id, location, newMetadata, paragraphs, duplicateOf);
  }
}
