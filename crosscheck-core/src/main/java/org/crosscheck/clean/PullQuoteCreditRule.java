package org.crosscheck.clean;

/**
 * Marks a pull-quote credit as {@link Role#PULL_QUOTE_CREDIT}: a person's name alone on a line
 * ("Antony Blinken", "— Matthew Miller") right after a paragraph that is nothing but a quotation,
 * when the article names that person elsewhere.
 *
 * <p>All three conditions are needed: a name after a quotation that ends in its own attribution
 * ("..., he added.") is a section heading, and a two-word heading after a pure quotation
 * ("Humanitarian Aid") rarely names someone the article mentions elsewhere.
 */
final class PullQuoteCreditRule implements PageRule {

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      String name = page.text(i).replaceFirst("^[—–-]+\\s*", "");
      int quote = page.previousContent(i);
      if (quote < 0
          || !LineShape.isNameLike(name)
          || !LineShape.isPureQuotation(page.text(quote))
          || !mentionedElsewhere(page, i, LineShape.surname(name))) {
        continue;
      }
      page.mark(i, Role.PULL_QUOTE_CREDIT);
    }
  }

  private static boolean mentionedElsewhere(PageLines page, int nameLine, String surname) {
    for (int j = 0; j < page.size(); j++) {
      if (j != nameLine
          && page.role(j) != Role.PULL_QUOTE_CREDIT
          && LineShape.containsWord(page.text(j), surname)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return "PullQuoteCreditRule";
  }
}
