package org.crosscheck.clean;

import java.util.HashSet;
import java.util.Set;

/**
 * Handles lines that occur more than once on the page.
 *
 * <ul>
 *   <li>A line of {@value #MIN_CAPTION_WORDS} to {@value #MAX_CAPTION_WORDS} words without
 *       quotations that is immediately followed by itself (possibly with a photo credit added) is a
 *       photo caption shown twice, as the image's alt text and as its figure caption: both copies
 *       are marked {@link Role#CAPTION}.
 *   <li>Any other repeat of an earlier line (a pull quote that repeats the body, a line equal to
 *       the headline) is marked {@link Role#REPEAT}; the first occurrence stays.
 * </ul>
 *
 * Lines compare by {@link LineShape#key}, so quote style and spacing do not matter.
 */
final class RepeatRule implements PageRule {

  /** A caption is short; a longer doubled block is more likely a scraping slip in the body. */
  private static final int MAX_CAPTION_WORDS = 60;

  /** A doubled label of a few words is a menu entry or a heading, not a caption: keep one. */
  private static final int MIN_CAPTION_WORDS = 6;

  @Override
  public void apply(PageLines page) {
    markDoubledCaptions(page);
    Set<String> seen = new HashSet<>();
    int title = page.first(Role.TITLE);
    if (title >= 0) {
      seen.add(LineShape.key(page.text(title)));
    }
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      String key = LineShape.key(page.text(i));
      if (!seen.add(key)) {
        page.mark(i, Role.REPEAT);
      }
    }
  }

  private static void markDoubledCaptions(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i) && page.role(i) != Role.CAPTION) {
        continue;
      }
      int j = nextLine(page, i);
      if (j < 0 || !page.isOpen(j) && page.role(j) != Role.CAPTION) {
        continue;
      }
      String a = LineShape.key(CaptionRule.withoutCredit(page.text(i)));
      String b = LineShape.key(CaptionRule.withoutCredit(page.text(j)));
      boolean same = !a.isEmpty() && a.equals(b);
      int words = LineShape.wordCount(CaptionRule.withoutCredit(page.text(i)));
      if (same
          && words >= MIN_CAPTION_WORDS
          && words <= MAX_CAPTION_WORDS
          && !LineShape.hasQuotation(page.text(i))) {
        page.mark(i, Role.CAPTION);
        page.mark(j, Role.CAPTION);
      }
    }
  }

  /** The next line that is not furniture already decided on (share widgets sit between). */
  private static int nextLine(PageLines page, int i) {
    for (int j = i + 1; j < page.size(); j++) {
      if (page.role(j) != Role.FURNITURE) {
        return j;
      }
    }
    return -1;
  }

  @Override
  public String toString() {
    return "RepeatRule";
  }
}
