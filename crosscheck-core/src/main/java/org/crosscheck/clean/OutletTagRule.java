package org.crosscheck.clean;

import java.util.regex.Pattern;

/**
 * Marks the outlet naming itself as {@link Role#OUTLET_TAG}: a short line wholly in brackets
 * ("(The Palestine Chronicle)", "(Reuters)") or a line that is just the outlet's name from the
 * hints.
 */
final class OutletTagRule implements PageRule {

  private static final Pattern BRACKETED = Pattern.compile("^[(\\[][^()\\[\\]]{2,60}[)\\]]\\.?$");
  private static final int MAX_WORDS = 6;

  @Override
  public void apply(PageLines page) {
    String outlet = page.hints().outlet();
    String outletKey = outlet == null ? null : LineShape.key(outlet);
    for (int i = 0; i < page.size(); i++) {
      if (!page.isOpen(i)) {
        continue;
      }
      String line = page.text(i);
      boolean bracketed = BRACKETED.matcher(line).matches() && LineShape.wordCount(line) <= MAX_WORDS;
      boolean outletName = outletKey != null && !outletKey.isEmpty()
          && LineShape.key(line).equals(outletKey);
      if (bracketed || outletName) {
        page.mark(i, Role.OUTLET_TAG);
      }
    }
  }

  @Override
  public String toString() {
    return "OutletTagRule";
  }
}
