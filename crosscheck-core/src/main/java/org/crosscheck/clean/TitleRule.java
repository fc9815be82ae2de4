package org.crosscheck.clean;

/**
 * Finds the headline at the top of the page, marks it {@link Role#TITLE} and records it.
 *
 * <ol>
 *   <li>When the source gives a title hint, the headline is the line near the top that matches it
 *       (the same words, or the hint plus a site suffix such as "Headline | Outlet").
 *   <li>Otherwise it is the headline-like line (three to {@value #MAX_WORDS} words, no closing full
 *       stop) right above the first paragraph of body text, with only metadata (byline, date,
 *       caption, widgets) and one- or two-word labels between them. This finds a headline below a
 *       site menu, whose entries also look like headlines.
 *   <li>Failing that, it is the first open line, if it reads like a headline and text follows.
 * </ol>
 *
 * An immediate repeat of the headline (page title, then on-page heading) is marked {@link
 * Role#REPEAT}.
 */
final class TitleRule implements PageRule {

  static final int MAX_WORDS = 30;
  private static final int MIN_WORDS = 3;

  /** The hint is looked for among this many open lines at the top, before the body starts. */
  private static final int TOP_LINES = 6;

  /** A sentence this long starts the body. */
  private static final int BODY_WORDS = 12;

  @Override
  public void apply(PageLines page) {
    int title = matchHint(page);
    if (title < 0) {
      title = headlineAboveBody(page);
    }
    if (title < 0) {
      title = firstHeadline(page);
    }
    if (title < 0) {
      return;
    }
    page.mark(title, Role.TITLE);
    page.foundTitle(page.text(title));
    int next = page.nextContent(title);
    if (next >= 0 && LineShape.key(page.text(next)).equals(LineShape.key(page.text(title)))) {
      page.mark(next, Role.REPEAT);
    }
  }

  private static int matchHint(PageLines page) {
    String hint = page.hints().title();
    if (hint == null || hint.isBlank()) {
      return -1;
    }
    String hintKey = LineShape.key(hint);
    int seen = 0;
    for (int i = 0; i < page.size() && seen < TOP_LINES; i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      seen++;
      String key = LineShape.key(page.text(i));
      if (!key.isEmpty()
          && (key.equals(hintKey)
              || key.startsWith(hintKey + " ")
              || hintKey.startsWith(key + " ") && LineShape.wordCount(page.text(i)) >= MIN_WORDS)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first open line that reads like a headline, passing over short labels above it ("World",
   * "Europe"), and stopping at the first sentence: below that the body has begun.
   */
  private static int firstHeadline(PageLines page) {
    int seen = 0;
    for (int i = 0; i < page.size() && seen < TOP_LINES; i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      seen++;
      String line = page.text(i);
      if (looksLikeHeadline(line)) {
        return page.nextContent(i) >= 0 ? i : -1;
      }
      if (LineShape.endsSentence(line) || LineShape.wordCount(line) >= MIN_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * Below a menu, the headline is the headline-like line nearest above the first paragraph of body
   * text, with only metadata (byline, date, caption) and short labels between them.
   */
  private static int headlineAboveBody(PageLines page) {
    int body = -1;
    for (int i = 0; i < page.size() && body < 0; i++) {
      if (page.isOpen(i)
          && LineShape.endsSentence(page.text(i))
          && LineShape.wordCount(page.text(i)) >= BODY_WORDS) {
        body = i;
      }
    }
    int seen = 0;
    for (int j = body - 1; j >= 0 && seen < TOP_LINES; j--) {
      if (!page.isOpen(j)) {
        continue;
      }
      seen++;
      String line = page.text(j);
      if (looksLikeHeadline(line)) {
        return j;
      }
      if (LineShape.endsSentence(line) || LineShape.wordCount(line) >= MIN_WORDS) {
        return -1;
      }
    }
    return -1;
  }

  static boolean looksLikeHeadline(String line) {
    int words = LineShape.wordCount(line);
    boolean question = line.strip().endsWith("?");
    return words >= MIN_WORDS
        && words <= MAX_WORDS
        && (!LineShape.endsSentence(line) || question)
        && !line.strip().endsWith(":");
  }

  @Override
  public String toString() {
    return "TitleRule";
  }
}
