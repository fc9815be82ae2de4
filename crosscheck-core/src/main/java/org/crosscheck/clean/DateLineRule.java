package org.crosscheck.clean;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the publication date the page states. A line that is only a date and its label ("Published:
 * March 21, 2024", "Updated 22 March 2024 10:15 GMT") is marked {@link Role#DATE} and read as the
 * published or the updated date; a bare date without a label between two paragraphs of body text is
 * a timeline heading and stays. A wire dateline at the start of the body ("JERUSALEM, March 21,
 * 2024 (AP) — ...") gives the publication date too, but stays in the text: it is part of the story.
 */
final class DateLineRule implements PageRule {

  private static final Pattern LABEL =
      Pattern.compile("(?i)\\b(?:published|posted|updated|modified|date)\\b");

  /** A sentence this long is a paragraph of body text. */
  private static final int BODY_WORDS = 12;

  /** A dateline: a place in capitals, then the date, before a dash, at the start of the body. */
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{Lu}"
              + " .,'’-]{2,40}[,(]?\\s*(.{6,40}?)\\)?\\s*(?:\\([^)]{1,20}\\)\\s*)?[—–-]{1,2}\\s");

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      String line = page.text(i);
      List<DateFinder.Found> dates = DateFinder.dateLine(line);
      // A bare date between two paragraphs is a timeline heading ("Oct. 7, 2023"), part of the
      // story; the page's own date sits above the body or carries a label ("Updated: ...").
      if (dates.isEmpty() || !LABEL.matcher(line).find() && betweenParagraphs(page, i)) {
        continue;
      }
      page.mark(i, Role.DATE);
      int from = 0;
      for (DateFinder.Found date : dates) {
        if (DateFinder.isUpdate(line, date, from)) {
          page.foundUpdated(date.date());
        } else {
          page.foundPublished(date.date());
        }
        from = date.end();
      }
    }
    readDateline(page);
  }

  private static boolean betweenParagraphs(PageLines page, int i) {
    int before = page.previousContent(i);
    int after = page.nextContent(i);
    return before >= 0
        && after >= 0
        && isParagraph(page.text(before))
        && isParagraph(page.text(after));
  }

  private static boolean isParagraph(String line) {
    return LineShape.endsSentence(line) && LineShape.wordCount(line) >= BODY_WORDS;
  }

  private static void readDateline(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.isOpen(i) && LineShape.endsSentence(page.text(i))) {
        Matcher m = DATELINE.matcher(page.text(i));
        if (m.find()) {
          DateFinder.first(m.group()).ifPresent(d -> page.foundPublished(d.date()));
        }
        return; // only the first body paragraph can open with a dateline
      }
    }
  }

  @Override
  public String toString() {
    return "DateLineRule";
  }
}
