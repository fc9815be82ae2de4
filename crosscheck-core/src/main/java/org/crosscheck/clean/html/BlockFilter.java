package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The last clean-up of the chosen container's blocks: drops the short lines that sit inside
 * article bodies without being article text (the headline repeated, bylines, datelines, "Share
 * this", "Advertisement", photo credits, link lists) and the second copy of a passage the page
 * repeats.
 *
 * <p>Rules look at one block's own text and link density only, so they hold on any site; the
 * repeated-passage rule also looks at the lines before it.
 * Stateless and thread-safe.
 */
final class BlockFilter {

  /**
   * Lines shorter than this never make a repeated passage: day labels and headings ("Tuesday.
   * Intense Run:") recur in training plans and listings without being a copy.
   */
  private static final int REPEAT_MIN_CHARS = 40;
  private static final int COPY_MIN_LINES = 3;
  private static final int COPY_MIN_CHARS = 300;

  /** Lines shorter than this are checked against the boilerplate patterns. */
  private static final int SHORT = 120;

  private static final Pattern BOILERPLATE =
      Pattern.compile(
          "(?iu)^(advertisement|advertising|anzeige|publicité|sponsored( content)?|share( this)?"
              + "( article| story| on \\w+)?|share|tweet|email|print|comments?|\\d+ comments?"
              + "|read more|read next|read also|see also|related( articles| stories| content| news)?"
              + "|advert|don'?t miss|must read|leggi anche|lesen sie auch|lire aussi|see more.*|more:?"
              + "|more from .*|recommended( for you)?|follow us.*|sign up.*|subscribe.*"
              + "|newsletter.*|continue reading.*|click here.*|skip to .*|back to top|top"
              + "|loading( \\w+)?(\\.+|…)?|\\d+ min(ute)?s? read|listen( to this article)?.*|image|photo"
              + "|video|watch.*|getty images|all rights reserved.*|copyright.*|©.*|tags?:.*"
              + "|filed under.*|topics?:.*|categories:.*|posted in.*|previous( post| article)?"
              + "|next( post| article)?|log ?in.*|register.*|already a subscriber.*"
              + "|this (article|story) (was|is) .*(published|updated).*|updated:?.*"
              + "|published:?.*|last updated.*|cookies?.*|we use cookies.*|accept.*)$");
  private static final Pattern DECORATION =
      Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");
  private static final Pattern BYLINE =
      Pattern.compile("(?u)^(By|BY|by|Von|Par|Por|Di|Door|Written by|Words by|Story by)\\s*:?\\s+\\p{Lu}.*");
  private static final Pattern CREDIT =
      Pattern.compile(
          "(?iu)^[(\\[]?(photo|photograph|image|picture|illustration|credit|source: getty"
              + "|foto|bild|getty images|ap photo|reuters|afp)\\b.*");

  private static final Pattern COOKIES =
      Pattern.compile("(?i)\\bcookies?\\b.*\\b(use|uses|accept|consent|privacy|browsing|experience)\\b"
          + "|\\b(use|uses|accept|consent)\\b.*\\bcookies?\\b");
  private static final Pattern MARKUP = Pattern.compile("^<[a-zA-Z][^>]*>.*");
  private static final Pattern AGENCY_CREDIT =
      Pattern.compile("(?i).*\\b(getty images|shutterstock|istock|ap photo|afp|reuters|associated press"
          + "|epa|alamy|photo by|image by|courtesy)\\b.*");
  private static final Pattern META_LABEL =
      Pattern.compile("(?iu)\\b(published|posted|updated|publicado|publié|veröffentlicht|categor\\w*|tags"
          + "|written by|by|von|par|por|min read)\\b");

  /** Calls to action and notices: sign-ups, follow-us, app downloads, affiliate disclosures. */
  private static final Pattern CALL_TO_ACTION =
      Pattern.compile(
          "(?iu)\\b(sign up|subscribe|follow (us|him|her|me)|join our|newsletter|download (our|the)"
              + " app|get (the|our) app|click here|may (get|earn) a (share|commission)"
              + "|affiliate (links?|commission)|we may earn|earn a commission)\\b");
  /** A caption line, or one that ends with its picture credit: "... (Image: GETTY)". */
  private static final Pattern CAPTION =
      Pattern.compile("(?iu)\\((image|photo|picture|pic|credit|foto)s?( credit)?\\s*:[^)]*\\)\\s*$");
  /** Contributor lines, which go to the metadata's credits rather than the body. */
  private static final Pattern CONTRIBUTORS =
      Pattern.compile(
          "(?iu)(contributed (to )?(this )?(report|article|story)|additional reporting|reporting by"
              + "|editing by|writing by|compiled by)");

  /** The blocks kept as body, and the contributor lines taken out of it. */
  record Filtered(List<Block> body, List<String> credits) {}

  private BlockFilter() {}

  static Filtered apply(List<Block> blocks, String title) {
    String normalTitle = title == null ? null : normal(title);
    List<Block> out = new ArrayList<>();
    List<String> credits = new ArrayList<>();
    boolean[] copied = copiedPassages(blocks);
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      if (copied[i]) {
        continue;
      }
      if (b.text().length() < 300 && CONTRIBUTORS.matcher(b.text()).find()) {
        credits.add(b.text());
      } else if (!drop(b, normalTitle)) {
        out.add(b);
      }
    }
    return new Filtered(out, credits);
  }

  /**
   * Marks the lines of a passage the page repeats: {@link #COPY_MIN_LINES} or more lines in a
   * row, {@link #COPY_MIN_CHARS} or more in all, each line {@link #REPEAT_MIN_CHARS} or longer
   * and seen earlier in the page. Pages ship a second copy
   * of their text (a print or mobile version, a summary box echoing the article, an accordion
   * repeating its sections); a reader needs one. A line or a pair repeated on its own stays: the
   * same note under each entry of a listing, a meal and its recipe recurring in a week's plan.
   */
  private static boolean[] copiedPassages(List<Block> blocks) {
    int n = blocks.size();
    boolean[] repeated = new boolean[n];
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < n; i++) {
      String text = blocks.get(i).text();
      repeated[i] = text.length() >= REPEAT_MIN_CHARS && !seen.add(text);
    }
    boolean[] copied = new boolean[n];
    int i = 0;
    while (i < n) {
      int end = i;
      int chars = 0;
      while (end < n && repeated[end]) {
        chars += blocks.get(end).text().length();
        end++;
      }
      if (end - i >= COPY_MIN_LINES && chars >= COPY_MIN_CHARS) {
        Arrays.fill(copied, i, end, true);
      }
      i = Math.max(end, i + 1);
    }
    return copied;
  }

  private static boolean drop(Block b, String normalTitle) {
    String text = b.text();
    if (b.declared() && !b.heading()) {
      // The page itself declares this line article text (JSON-LD articleBody).
      return false;
    }
    // Linked lines go, but not prose around its links nor a numbered heading (a list article's
    // entry, linked to the thing it names).
    if (b.linkDensity() > 0.5 && text.length() < 300 && !b.linkedProse()
        && !(b.heading() && b.numbered())) {
      return true;
    }
    if (b.heading() && normalTitle != null && normal(text).equals(normalTitle)) {
      return true;
    }
    if (b.headingLevel() == 1) {
      return true;
    }

    if (text.length() < 250 && CALL_TO_ACTION.matcher(text).find()) {
      return true;
    }
    if (text.length() < 300 && CAPTION.matcher(text).find()) {
      return true;
    }
    if (text.length() < 400 && COOKIES.matcher(text).find()) {
      return true;
    }
    if (MARKUP.matcher(text).matches()) {
      return true;
    }
    if (text.length() < 200 && META_LABEL.matcher(text).find() && DateParsing.parse(text) != null
        && text.split("\\s+").length < 25) {
      return true;
    }
    if (text.length() < 100 && !text.endsWith(".") && AGENCY_CREDIT.matcher(text).matches()) {
      return true;
    }
    if (text.length() < SHORT) {
      if (BOILERPLATE.matcher(text).matches()
          || BOILERPLATE.matcher(undecorated(text)).matches()) {
        return true;
      }
      if (text.length() < 80 && BYLINE.matcher(text).matches()) {
        return true;
      }
      if (CREDIT.matcher(text).matches() && text.length() < 100) {
        return true;
      }
      if (onlyDate(text)) {
        return true;
      }
      // Lines with no letters at all: "|", "•", "1 / 12".
      if (!text.codePoints().anyMatch(Character::isLetter)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The line without the symbols widgets put around their labels ("0 Comments (+)", "» Read
   * more", "Share:"), so that the labels match whatever the decoration.
   */
  private static String undecorated(String text) {
    return DECORATION.matcher(text).replaceAll("");
  }

  /** A short line made of a date and a few words ("March 20, 2024 at 10:15 am"). */
  private static boolean onlyDate(String text) {
    // An embedded post's attribution ("— Jane Doe (@jane) March 20, 2024") is part of the quote.
    if (text.length() > 50 || text.indexOf('@') >= 0 || DateParsing.parse(text) == null) {
      return false;
    }
    return text.split("\\s+").length <= 8;
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("[\\W_]+", " ").trim();
  }
}
