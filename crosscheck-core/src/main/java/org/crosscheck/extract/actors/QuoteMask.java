package org.crosscheck.extract.actors;

/**
 * Marks which characters of a text lie inside double quotation marks (“…” or "…"). A paragraph
 * break closes an open quotation, since news style reopens quotes in each paragraph.
 */
final class QuoteMask {
  private QuoteMask() {}

  static boolean[] of(String text) {
    boolean[] inside = new boolean[text.length() + 1];
    boolean open = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“') {
        open = true;
      } else if (c == '”') {
        open = false;
      } else if (c == '"') {
        open = !open;
      } else if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        open = false;
      }
      inside[i] = open;
    }
    return inside;
  }
}
