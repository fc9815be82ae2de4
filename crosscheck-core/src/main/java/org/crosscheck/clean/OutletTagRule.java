package org.crosscheck.clean;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Marks the outlet naming itself as {@link Role#OUTLET_TAG}: a short name wholly in brackets on its
 * own line ("(The Palestine Chronicle)", "(Reuters)"), or a line that is just the outlet's name
 * from the hints. A bracketed remark ("(includes permits, fees)") is not a name: it has lower-case
 * words or punctuation.
 */
final class OutletTagRule implements PageRule {

  private static final Pattern BRACKETED_NAME =
      Pattern.compile("^[(\\[]([\\p{L}\\p{N} .&'’-]{2,60})[)\\]]$");
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
      Matcher m = BRACKETED_NAME.matcher(line);
      boolean bracketed =
          m.matches()
              && LineShape.wordCount(line) <= MAX_WORDS
              && LineShape.capitalisedRatio(m.group(1)) == 1.0
              && !m.group(1).strip().endsWith(".");
      boolean outletName =
          outletKey != null && !outletKey.isEmpty() && LineShape.key(line).equals(outletKey);
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
