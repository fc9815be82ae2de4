package org.crosscheck.clean;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Marks web UI lines as {@link Role#FURNITURE}: navigation, share and follow widgets, comment
 * forms, media players, promotions and "related" links.
 *
 * <p>The vocabulary below holds only generic web interface phrases, the words any site's template
 * uses ("Leave a Reply", "Skip to main content"), never phrases from a particular article. A phrase
 * matches a whole line (compared by {@link LineShape#key}); a prefix matches the start of a short
 * line, so "See also: Some headline" goes too. Besides the vocabulary:
 *
 * <ul>
 *   <li>a line with no letters at all ("0:00", "-- : --", "***") is a player or a separator, and a
 *       clock time alone ("5:50 PM"), a reading time ("4 min read") or a relative time ("Updated 3
 *       hours ago") a timestamp;
 *   <li>a line made only of share-widget words ("Send in e-mailSend in e-mail", "Share Tweet");
 *   <li>a call to action in capitals inside a mixed-case line without a full stop ("...: LISTEN to
 *       ...") is a promotion.
 * </ul>
 */
final class FurnitureRule implements PageRule {

  /** Whole lines that are web UI, compared as keys (lower case, letters and digits). */
  private static final Set<String> PHRASES =
      Set.of(
          "skip to main content",
          "skip to content",
          "skip to navigation",
          "skip navigation",
          "main menu",
          "menu",
          "search",
          "home",
          "close",
          "open",
          "toggle navigation",
          "leave a reply",
          "leave a comment",
          "post a comment",
          "add a comment",
          "comments",
          "comment",
          "show comments",
          "view comments",
          "load comments",
          "no comments",
          "cancel reply",
          "post comment",
          "submit",
          "reply",
          "subscribe",
          "unsubscribe",
          "sign up",
          "sign in",
          "log in",
          "login",
          "register",
          "newsletter",
          "share",
          "share this",
          "share this article",
          "share this story",
          "share article",
          "tweet",
          "email",
          "e mail",
          "print",
          "copy link",
          "link copied",
          "related",
          "related articles",
          "related stories",
          "related posts",
          "related news",
          "related content",
          "related topics",
          "more stories",
          "more news",
          "more on this story",
          "most read",
          "most popular",
          "most viewed",
          "trending",
          "trending now",
          "recommended",
          "recommended for you",
          "you may also like",
          "you might also like",
          "read more",
          "read next",
          "see also",
          "read also",
          "also read",
          "advertisement",
          "advertisements",
          "sponsored",
          "sponsored content",
          "ad",
          "listen",
          "listen to this article",
          "play",
          "pause",
          "mute",
          "unmute",
          "loading",
          "back to top",
          "next article",
          "previous article",
          "next post",
          "previous post",
          "follow us",
          "tags",
          "topics",
          "accept cookies",
          "cookie settings",
          "privacy policy",
          "terms of use",
          "contact us",
          "about us",
          "all rights reserved",
          "send in e mail",
          "whatsapp",
          "facebook",
          "twitter",
          "linkedin",
          "telegram",
          "instagram",
          "youtube",
          "tiktok",
          "pinterest",
          "reddit",
          "flipboard",
          "rss",
          "got a tip",
          "copy link url copied",
          "url copied");

  /** Starts of lines that are web UI, whatever follows ("See also: ...", "Follow us on ..."). */
  private static final List<String> PREFIXES =
      List.of(
          "see also",
          "read also",
          "also read",
          "read more",
          "read next",
          "related:",
          "more:",
          "watch:",
          "listen:",
          "listen to this",
          "follow us",
          "join our",
          "sign up for",
          "subscribe to",
          "subscribe for",
          "your email address will not be published",
          "required fields are marked",
          "you must be logged in",
          "click the ",
          "click here",
          "tap here",
          "download the",
          "copyright ©",
          "©",
          "all rights reserved",
          "this site uses cookies",
          "we use cookies",
          "share this",
          "share on ",
          "recommended:",
          "story continues below",
          "article continues below",
          "this website uses cookie",
          "thanks for signing up",
          "thank you for signing up",
          "get our ",
          "sign up to",
          "continue reading");

  /** Words a share bar is made of; a line of nothing else is a widget. */
  private static final Set<String> WIDGET_WORDS =
      Set.of(
          "share",
          "send",
          "in",
          "on",
          "via",
          "by",
          "e-mail",
          "email",
          "mail",
          "tweet",
          "x",
          "facebook",
          "twitter",
          "whatsapp",
          "linkedin",
          "telegram",
          "reddit",
          "pinterest",
          "messenger",
          "print",
          "copy",
          "link",
          "save",
          "gift",
          "article",
          "this",
          "comments",
          "comment",
          "flipboard",
          "bluesky",
          "threads");

  /** Calls to action that promotions write in capitals inside a mixed-case line. */
  private static final Pattern SHOUTED_CALL =
      Pattern.compile("\\b(LISTEN|WATCH|READ|SUBSCRIBE|CLICK|DOWNLOAD|SIGN UP|JOIN)\\b");

  /** A clock time alone on a line ("5:50 PM", "10.15 GMT"): a timestamp or a player. */
  private static final Pattern TIME_ONLY =
      Pattern.compile("(?i)^\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?\\s*(?:[a-z]{2,4})?$");

  /** "5 min read", "Updated 3 hours ago": reading time and relative timestamps. */
  private static final Pattern READING_OR_AGO =
      Pattern.compile(
          "(?i)^(?:\\d+\\s*(?:min|mins|minute|minutes)\\s+read"
              + "|(?:updated|published|posted)?:?\\s*\\d+\\s*(?:seconds?|minutes?|mins?|hours?|hrs?|h|"
              + "days?|weeks?|months?)\\s+ago)$");

  private static final Pattern CAMEL_JOIN = Pattern.compile("(?<=\\p{Ll})(?=\\p{Lu})");

  /** Prefixes only mark lines up to this long; a longer line is text that merely starts so. */
  private static final int MAX_PREFIXED_WORDS = 25;

  /** ... and a line that ends like a sentence only up to this long ("Follow us on X."). */
  private static final int MAX_PREFIXED_SENTENCE_WORDS = 12;

  @Override
  public void apply(PageLines page) {
    for (int i = 0; i < page.size(); i++) {
      if (page.isOpen(i) && isFurniture(page.text(i))) {
        page.mark(i, Role.FURNITURE);
      }
    }
  }

  static boolean isFurniture(String line) {
    if (!LineShape.hasLetter(line)
        || TIME_ONLY.matcher(line).matches()
        || READING_OR_AGO.matcher(line).matches()) {
      return true;
    }
    if (PHRASES.contains(LineShape.key(line))) {
      return true;
    }
    String lower = line.toLowerCase(Locale.ROOT);
    int words = LineShape.wordCount(line);
    // A long sentence that merely opens with a widget phrase is prose ("Follow us on the river
    // path, the mayor said, ...").
    if (words <= MAX_PREFIXED_WORDS
        && (words <= MAX_PREFIXED_SENTENCE_WORDS || !LineShape.endsSentence(line))) {
      for (String prefix : PREFIXES) {
        if (lower.startsWith(prefix)) {
          return true;
        }
      }
    }
    return isShareBar(line) || isShoutedPromotion(line);
  }

  private static boolean isShareBar(String line) {
    // Widgets glue their labels together when scraped ("e-mailSend"): split at case changes.
    List<String> words = LineShape.words(CAMEL_JOIN.matcher(line).replaceAll(" "));
    if (words.size() > 12) {
      return false;
    }
    for (String word : words) {
      String w = word.toLowerCase(Locale.ROOT).replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (!w.isEmpty() && !WIDGET_WORDS.contains(w)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isShoutedPromotion(String line) {
    boolean mixedCase = !line.equals(line.toUpperCase(Locale.ROOT));
    return mixedCase && !LineShape.endsSentence(line) && SHOUTED_CALL.matcher(line).find();
  }

  @Override
  public String toString() {
    return "FurnitureRule";
  }
}
