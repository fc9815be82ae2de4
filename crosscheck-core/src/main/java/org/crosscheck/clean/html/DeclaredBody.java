package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;

/**
 * The article text a page declares in its JSON-LD {@code articleBody}, used as a signal: a block
 * whose words appear in it is article text, whatever its length or links. The declared text is
 * not used as the body itself: it is often cut short (paywalls) or flattened into one paragraph.
 *
 * <p>Immutable.
 */
final class DeclaredBody {

  /** Declared bodies shorter than this are summaries, not the article. */
  private static final int MIN_CHARS = 400;
  /** Lines shorter than this are too common to be matched meaningfully ("Advertisement"). */
  private static final int MIN_LINE_CHARS = 30;

  private static final DeclaredBody NONE = new DeclaredBody(null);

  private final String normalized;

  private DeclaredBody(String normalized) {
    this.normalized = normalized;
  }

  /** The signal from a JSON-LD articleBody value, which may carry markup; none for null. */
  static DeclaredBody of(String articleBody) {
    if (articleBody == null || articleBody.length() < MIN_CHARS) {
      return NONE;
    }
    String text = articleBody.indexOf('<') >= 0 ? Jsoup.parse(articleBody).text() : articleBody;
    return new DeclaredBody(normalize(text));
  }

  /** The blocks, those found in the declared body marked as such. */
  List<Block> mark(List<Block> blocks) {
    if (normalized == null) {
      return blocks;
    }
    List<Block> out = new ArrayList<>(blocks.size());
    for (Block b : blocks) {
      boolean found = b.text().length() >= MIN_LINE_CHARS
          && normalized.contains(normalize(b.text()));
      out.add(found ? b.asDeclared() : b);
    }
    return out;
  }

  /** Lower case, every run of non-letters-or-digits one space, so markup and quotes don't count. */
  static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean space = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        if (space && out.length() > 0) {
          out.append(' ');
        }
        out.append(Character.toLowerCase(c));
        space = false;
      } else {
        space = true;
      }
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }
}
