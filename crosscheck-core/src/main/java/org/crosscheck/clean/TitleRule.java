package org.crosscheck.clean;

/**
 * Finds the headline at the top of the page, marks it {@link Role#TITLE} and records it.
 *
 * <p>When the source gives a title hint, the headline is the line before the body that matches
 * it (the same words, or the hint plus a site suffix such as "Headline | Outlet"). Otherwise,
 * or when no line matches, it is the first line left open that reads like a headline (three to
 * {@value #MAX_WORDS} words, no closing full stop, followed by more text), passing over one- and
 * two-word section labels above it. An
 * immediate repeat of the headline (page title then on-page heading) is marked {@link
 * Role#REPEAT}.
 */
final class TitleRule implements PageRule {

  static final int MAX_WORDS = 30;
  private static final int MIN_WORDS = 3;
  /** The hint is looked for among this many open lines at the top, before the body starts. */
  private static final int TOP_LINES = 6;

  @Override
  public void apply(PageLines page) {
    int title = matchHint(page);
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
      if (!key.isEmpty() && (key.equals(hintKey) || key.startsWith(hintKey + " ")
          || hintKey.startsWith(key + " ") && LineShape.wordCount(page.text(i)) >= MIN_WORDS)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first open line that reads like a headline, passing over short labels above it
   * ("World", "Europe"), and stopping at the first sentence: below that the body has begun.
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
