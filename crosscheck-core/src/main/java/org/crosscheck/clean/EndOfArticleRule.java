package org.crosscheck.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the tail of the page after the article ends. The comment section ("Leave a Reply", "12
 * Comments") and the related-links block ("Related Articles", "You may also like") come after the
 * story on every site; what follows them is other people's comments, teasers of other stories and
 * the site footer, all {@link Role#FURNITURE} here.
 *
 * <p>A marker ends the article only when most of the page's body text lies above it. A
 * related-links marker must also not be followed by the story resuming (three paragraphs of {@value
 * #LONG_PARAGRAPH_WORDS}+ words in a row), because a "Related" box can sit in the middle of a
 * story; there only the link lines right under the label go. Lines already decided (credits found
 * after the marker) keep their role.
 */
final class EndOfArticleRule implements PageRule {

  /** Whole-line labels that open a comment section (as keys). */
  private static final Set<String> COMMENT_MARKERS =
      Set.of(
          "leave a reply",
          "leave a comment",
          "comments",
          "post a comment",
          "add a comment",
          "show comments",
          "view comments",
          "load comments",
          "join the conversation",
          "see more comments",
          "to view or add a comment sign in");

  /** Whole-line labels that open a block of links to other pages (as keys). */
  private static final Set<String> RELATED_MARKERS =
      Set.of(
          "related articles",
          "related stories",
          "related posts",
          "related news",
          "related content",
          "more stories",
          "you may also like",
          "you might also like",
          "recommended for you",
          "recommended stories",
          "most read",
          "most popular",
          "most viewed",
          "trending now",
          "read next",
          "about the author",
          "more from this author");

  private static final Pattern COUNTED_COMMENTS = Pattern.compile("^(?:\\d+ )*\\d+ comments?$");
  private static final Pattern MORE_BY =
      Pattern.compile("^more (?:articles|stories|posts) (?:by|from)\\b.*");

  /** Share of the body's words that must lie above a marker for it to end the article. */
  private static final double BODY_ABOVE = 0.6;

  static final int LONG_PARAGRAPH_WORDS = 20;

  @Override
  public void apply(PageLines page) {
    int total = bodyWords(page, page.size());
    if (total == 0) {
      return;
    }
    for (int i = 0; i < page.size(); i++) {
      boolean comments = isCommentMarker(page.text(i));
      boolean related = !comments && isRelatedMarker(page.text(i));
      if ((comments || related && !storyResumes(page, i))
          && bodyWords(page, i) >= total * BODY_ABOVE) {
        for (int j = i; j < page.size(); j++) {
          if (page.isOpen(j) || j == i) {
            page.mark(j, Role.FURNITURE);
          }
        }
        return;
      }
      if (related) {
        markLinksUnder(page, i);
      }
    }
  }

  /**
   * A related-links box inside the story: the headline-like lines right under its label are links
   * to other stories, up to the first sentence of the story resuming.
   */
  private static void markLinksUnder(PageLines page, int marker) {
    for (int j = marker + 1; j < page.size(); j++) {
      String line = page.text(j);
      if (LineShape.endsSentence(line) || LineShape.wordCount(line) > TitleRule.MAX_WORDS) {
        return;
      }
      if (page.isOpen(j)) {
        page.mark(j, Role.FURNITURE);
      }
    }
  }

  static boolean isCommentMarker(String line) {
    String key = LineShape.key(line);
    return COMMENT_MARKERS.contains(key) || COUNTED_COMMENTS.matcher(key).matches();
  }

  static boolean isRelatedMarker(String line) {
    String key = LineShape.key(line);
    return RELATED_MARKERS.contains(key) || MORE_BY.matcher(key).matches();
  }

  /** True when three long sentence paragraphs follow each other after {@code marker}. */
  private static boolean storyResumes(PageLines page, int marker) {
    int run = 0;
    for (int j = marker + 1; j < page.size(); j++) {
      String line = page.text(j);
      if (isCommentMarker(line) || isRelatedMarker(line)) {
        return false;
      }
      if (!page.isOpen(j)) {
        continue;
      }
      boolean longParagraph =
          LineShape.endsSentence(line) && LineShape.wordCount(line) >= LONG_PARAGRAPH_WORDS;
      run = longParagraph ? run + 1 : 0;
      if (run >= 3) {
        return true;
      }
    }
    return false;
  }

  /** Words in open lines above {@code end} that read as body text (sentences). */
  private static int bodyWords(PageLines page, int end) {
    int words = 0;
    for (int i = 0; i < end; i++) {
      if (page.isOpen(i) && LineShape.endsSentence(page.text(i))) {
        words += LineShape.wordCount(page.text(i));
      }
    }
    return words;
  }

  @Override
  public String toString() {
    return "EndOfArticleRule";
  }
}
