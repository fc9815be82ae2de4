package org.crosscheck.clean;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Cuts the tail of the page after the article ends. The comment section ("Leave a Reply",
 * "12 Comments") and the related-links block ("Related Articles", "You may also like") come
 * after the story on every site; what follows them is other people's comments, teasers of other
 * stories and the site footer, all {@link Role#FURNITURE} here.
 *
 * <p>A marker ends the article only when most of the page's body text lies above it, because a
 * "Related" box can also sit in the middle of a story. Lines already decided (credits found
 * after the marker) keep their role.
 */
final class EndOfArticleRule implements PageRule {

  /** Whole-line section labels that open the part of a page after the article (as keys). */
  private static final Set<String> END_MARKERS =
      Set.of(
          "leave a reply", "leave a comment", "comments", "post a comment", "add a comment",
          "show comments", "view comments", "load comments", "join the conversation",
          "related articles", "related stories", "related posts", "related news",
          "related content", "more stories", "you may also like", "you might also like",
          "recommended for you", "recommended stories", "most read", "most popular",
          "most viewed", "trending now", "read next", "about the author", "more from this author",
          "see more comments", "to view or add a comment sign in");
  private static final Pattern COUNTED_COMMENTS = Pattern.compile("^(?:\\d+ )*\\d+ comments?$");
  private static final Pattern MORE_BY = Pattern.compile("^more (?:articles|stories|posts) (?:by|from)\\b.*");

  /** Share of the body's words that must lie above a marker for it to end the article. */
  private static final double BODY_ABOVE = 0.6;

  @Override
  public void apply(PageLines page) {
    int total = bodyWords(page, page.size());
    if (total == 0) {
      return;
    }
    for (int i = 0; i < page.size(); i++) {
      if (isEndMarker(page.text(i)) && bodyWords(page, i) >= total * BODY_ABOVE) {
        for (int j = i; j < page.size(); j++) {
          if (page.isOpen(j) || j == i) {
            page.mark(j, Role.FURNITURE);
          }
        }
        return;
      }
    }
  }

  static boolean isEndMarker(String line) {
    String key = LineShape.key(line);
    return END_MARKERS.contains(key)
        || COUNTED_COMMENTS.matcher(key).matches()
        || MORE_BY.matcher(key).matches();
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
