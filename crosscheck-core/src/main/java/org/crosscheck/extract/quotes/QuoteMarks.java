package org.crosscheck.extract.quotes;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quoted passages of one paragraph by pairing quotation marks: curly and straight double
 * quotes, guillemets (« »), and single quotes (‘...’ and '...') told apart from apostrophes.
 *
 * <p>Single quotes inside a double-quoted passage belong to it (a quote within a quote) and are
 * not reported on their own. An opening double quote that is never closed runs to the end of the
 * paragraph, as news writing does for a quotation continued in the next paragraph: when it opens
 * the paragraph, or anywhere in it when the next paragraph opens with a quotation mark (“...
 * said: “These are criminals.” then “Other than ...”). Stateless and thread-safe.
 */
final class QuoteMarks {

  private QuoteMarks() {}

  /**
   * The quoted passages of {@code text}, a paragraph starting at article offset {@code base}.
   *
   * @return spans in text order, offsets in the article text; empty passages are dropped
   */
  static List<QuoteSpan> find(String text, int base, int paragraph) {
    return find(text, base, paragraph, false);
  }

  /**
   * As {@link #find(String, int, int)}, knowing whether the next paragraph opens with a quotation
   * mark, which is how news style shows that a quotation left open runs on.
   */
  static List<QuoteSpan> find(String text, int base, int paragraph, boolean nextOpensQuote) {
    List<QuoteSpan> out = new ArrayList<>();
    int openDouble = -1;
    int openSingle = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '“' || c == '«' || (c == '"' && openDouble < 0 && opensAfter(text, i))) {
        if (openDouble < 0) {
          openDouble = i;
          openSingle = -1;
        }
      } else if (c == '”' || c == '»' || (c == '"' && openDouble >= 0)
          || (openDouble >= 0 && isDoubledSingle(text, i))) {
        if (openDouble >= 0) {
          add(out, text, base, paragraph, openDouble, i, false, true);
          openDouble = -1;
        }
      } else if (openDouble < 0 && isSingleOpen(text, i)) {
        if (openSingle < 0) {
          openSingle = i;
        }
      } else if (openDouble < 0 && openSingle >= 0 && isSingleClose(text, i)) {
        add(out, text, base, paragraph, openSingle, i, true, true);
        openSingle = -1;
      }
    }
    // A quotation runs on unclosed (news style for one continued in the next paragraph) when it
    // opens its paragraph or the next paragraph reopens the quote; a stray mark elsewhere is a
    // typo or an inch sign.
    if (openDouble >= 0 && (text.substring(0, openDouble).isBlank() || nextOpensQuote)) {
      add(out, text, base, paragraph, openDouble, text.length(), false, false);
    }
    return out;
  }

  /**
   * Two closing single marks standing for one closing double mark (’’ or ''), as some wire copy
   * types it: “It was an attempt to mislead voters,’’ X told the BBC.
   */
  private static boolean isDoubledSingle(String text, int i) {
    char c = text.charAt(i);
    return (c == '’' || c == '\'') && i + 1 < text.length() && text.charAt(i + 1) == c;
  }

  /** True when {@code paragraph} starts with an opening double quotation mark. */
  static boolean opensWithQuote(String paragraph) {
    String t = paragraph.stripLeading();
    return !t.isEmpty() && "“\"«".indexOf(t.charAt(0)) >= 0;
  }

  /** A straight double quote opens only after a space, an opening bracket or dash (not 6'2"). */
  private static boolean opensAfter(String text, int i) {
    return i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-/:".indexOf(text.charAt(i - 1)) >= 0;
  }

  /** ‘ or ' opening a quotation: after a space or the paragraph start, before a word. */
  private static boolean isSingleOpen(String text, int i) {
    char c = text.charAt(i);
    if (c != '‘' && c != '\'') {
      return false;
    }
    boolean before = i == 0 || Character.isWhitespace(text.charAt(i - 1)) || "([—–-".indexOf(text.charAt(i - 1)) >= 0;
    boolean after = i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    return before && after;
  }

  /**
   * ’ or ' closing a quotation: not between two letters (that is an apostrophe, "it’s") and not
   * after a space.
   */
  private static boolean isSingleClose(String text, int i) {
    char c = text.charAt(i);
    if (c != '’' && c != '\'') {
      return false;
    }
    boolean afterWord = i > 0 && !Character.isWhitespace(text.charAt(i - 1));
    boolean beforeNonWord = i + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(i + 1));
    return afterWord && beforeNonWord;
  }

  private static void add(
      List<QuoteSpan> out,
      String text,
      int base,
      int paragraph,
      int open,
      int close,
      boolean single,
      boolean closed) {
    int s = open + 1;
    int e = close;
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    // A trailing comma or colon before the closing mark belongs to the attribution.
    while (e > s && (Character.isWhitespace(text.charAt(e - 1)) || ",;:".indexOf(text.charAt(e - 1)) >= 0)) {
      e--;
    }
    if (e > s) {
      out.add(new QuoteSpan(base + s, base + e, base + open, base + close, paragraph, single, closed));
    }
  }
}
