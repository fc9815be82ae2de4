package org.crosscheck.clean.html;

import org.jsoup.nodes.Element;

/**
 * One run of text between block boundaries of a page: a paragraph, heading, list item, table
 * cell or the text of a {@code <div>} between two {@code <br>}s.
 *
 * @param text the text, white space collapsed and trimmed, never empty
 * @param owner the nearest block-level element the text sits in
 * @param linkChars how many of its characters are link text
 * @param heading true when the text is inside {@code <h1>}..{@code <h6>}
 * @param headingLevel 1 to 6 for a heading, else 0
 */
record Block(String text, Element owner, int linkChars, boolean heading, int headingLevel) {

  /** Share of the text that is link text, 0 to 1. */
  double linkDensity() {
    return text.isEmpty() ? 0 : Math.min(1.0, (double) linkChars / text.length());
  }

  /** True when {@code ancestor} is this block's owner or one of the owner's ancestors. */
  boolean isInside(Element ancestor) {
    for (Element e = owner; e != null; e = e.parent()) {
      if (e == ancestor) {
        return true;
      }
    }
    return false;
  }
}
