package org.crosscheck.clean;

/**
 * Decides every line still open: body text, a section heading, or a stray label.
 *
 * <ul>
 *   <li>A line that ends like a sentence, or is longer than {@value #MAX_HEADING_WORDS} words, is
 *       {@link Role#BODY}.
 *   <li>A short line without a closing full stop, followed by body text, is a {@link Role#HEADING}
 *       when it reads like one (title case, in quotes, or only a few words), else body. Followed by
 *       a heading that opens body text, it is a heading only if title-cased: two headings in a row
 *       are a heading and its subheading, a longer chain is a menu.
 *   <li>A run of such short lines with body text above and below is a list inside the article
 *       (scraping lost its bullets): its lines are body.
 *   <li>A short line without a closing full stop that nothing of the body follows (the last line of
 *       the page, or a label among widgets) or that sits above the headline is {@link
 *       Role#FURNITURE}: a heading with nothing under it is not part of the article.
 * </ul>
 *
 * Lines are decided from the bottom up, so each one sees what the lines after it became.
 */
final class HeadingRule implements PageRule {

  static final int MAX_HEADING_WORDS = 12;
  private static final int MAX_HEADING_CHARS = 100;
  private static final int FEW_WORDS = 8;
  private static final double TITLE_CASE = 0.5;

  @Override
  public void apply(PageLines page) {
    int title = page.first(Role.TITLE);
    for (int i = page.size() - 1; i >= 0; i--) {
      if (page.isOpen(i)) {
        page.mark(i, decide(page, i, title));
      }
    }
  }

  private static Role decide(PageLines page, int i, int title) {
    String line = page.text(i);
    if (LineShape.endsSentence(line) || isListItem(line) || !isShort(line)) {
      return Role.BODY;
    }
    if (i < title) {
      return Role.FURNITURE;
    }
    int next = page.nextContent(i);
    Role after = next < 0 ? null : page.role(next);
    if (after == Role.BODY) {
      if (line.endsWith(":")) {
        return Role.BODY; // a lead-in to what follows ("The three demands:")
      }
      return readsLikeHeading(line) ? Role.HEADING : Role.BODY;
    }
    if (after == Role.HEADING
        && LineShape.capitalisedRatio(line) >= TITLE_CASE
        && opensBody(page, next)) {
      return Role.HEADING; // a heading and its subheading; a longer chain is a menu
    }
    return insideBody(page, i) ? Role.BODY : Role.FURNITURE;
  }

  /**
   * True when the run of short lines around {@code i} has body text both above and below it: a list
   * inside the article (its bullets lost in scraping), not a menu at the top or bottom.
   */
  private static boolean insideBody(PageLines page, int i) {
    int below = page.nextContent(i);
    while (below >= 0 && page.role(below) != Role.BODY && isShortLabel(page.text(below))) {
      below = page.nextContent(below);
    }
    if (below < 0 || page.role(below) != Role.BODY) {
      return false;
    }
    int above = page.previousContent(i);
    while (above >= 0 && isShortLabel(page.text(above))) {
      above = page.previousContent(above);
    }
    return above >= 0 && LineShape.endsSentence(page.text(above));
  }

  private static boolean isShortLabel(String line) {
    return isShort(line) && !LineShape.endsSentence(line);
  }

  private static boolean opensBody(PageLines page, int heading) {
    int next = page.nextContent(heading);
    return next >= 0 && page.role(next) == Role.BODY;
  }

  private static boolean isShort(String line) {
    return LineShape.wordCount(line) <= MAX_HEADING_WORDS && line.length() <= MAX_HEADING_CHARS;
  }

  private static boolean readsLikeHeading(String line) {
    return LineShape.capitalisedRatio(line) >= TITLE_CASE
        || LineShape.isWrappedInQuotes(line)
        || LineShape.wordCount(line) <= FEW_WORDS;
  }

  private static boolean isListItem(String line) {
    return line.matches("^(?:[-*•·–]|\\d{1,2}[.)])\\s+\\S.*");
  }

  @Override
  public String toString() {
    return "HeadingRule";
  }
}
