package org.crosscheck.model;

import java.util.Objects;

/**
 * A block of an article's clean text: a paragraph of body text or a section heading.
 *
 * @param text the text, trimmed, never blank
 * @param heading true for a section heading ("Humanitarian Aid")
 */
public record Paragraph(String text, boolean heading) {
  public Paragraph {
    Objects.requireNonNull(text, "text");
    if (text.isBlank()) {
      throw new IllegalArgumentException("paragraph text is blank");
    }
  }

  public static Paragraph body(String text) {
    return new Paragraph(text, false);
  }

  public static Paragraph heading(String text) {
    return new Paragraph(text, true);
  }
}
