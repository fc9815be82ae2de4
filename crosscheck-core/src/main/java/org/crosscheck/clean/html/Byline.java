package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the authors' names out of a byline as pages print it: "By Jane Doe · March 3, 2024",
 * "Written by: Jane Doe and John Roe", "ByJane Doe", "Author Jane Doe", "Jane Doe Tech Reporter".
 * The name is the run of capitalised words after the label; it ends at a separator, a date, a
 * number, a job title or the first word that is not part of a name.
 *
 * <p>Example: {@code Byline.names("By Jane Doe • March 3, 2024")} is {@code [Jane Doe]}.
 *
 * <p>Stateless and thread-safe.
 */
final class Byline {

  /** The label before the names; "By" may be glued to the name ("ByJane Doe"). */
  private static final Pattern LABEL =
      Pattern.compile(
          "^\\s*(?iu:(?:(?:article|story|post|posted|written|authored|words)\\s+by|by|authors?"
              + "|contributors?|written by)\\s*:?)(?:\\s+|(?=\\p{Lu})|$)");
  /** Credits that name someone other than the author. */
  private static final Pattern OTHER_CREDIT =
      Pattern.compile(
          "(?iu)^\\s*(?:updated|reviewed|edited|fact[- ]checked|medically reviewed|photos?"
              + "|illustrations?|images?|video|graphics?)\\b.{0,20}\\bby\\b");
  /** Words that end a name: job titles and the words around a byline's date. */
  private static final Set<String> STOP_WORDS =
      Set.of(
          "writer", "reporter", "editor", "author", "contributor", "correspondent", "staff",
          "founder", "co-founder", "cofounder", "ceo", "senior", "chief", "head", "managing",
          "former", "content", "tech", "lead", "director", "manager", "consultant", "expert",
          "analyst", "review", "updated", "published", "posted", "last", "read", "view",
          "follow", "share", "the", "in", "on", "at", "as", "is", "was", "for", "from", "with");
  private static final Set<String> PARTICLES =
      Set.of("de", "da", "van", "von", "der", "den", "la", "le", "di", "du", "bin", "al", "del");
  private static final Pattern WORD = Pattern.compile("(?u)\\p{Lu}[\\p{L}'’-]*\\p{Ll}[\\p{L}'’-]*|\\p{Lu}\\p{Ll}?");
  private static final Pattern INITIAL = Pattern.compile("(?u)\\p{Lu}\\.");
  private static final Set<String> MONTHS_AND_DAYS =
      Set.of(
          "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
          "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
          "nov", "november", "dec", "december", "monday", "tuesday", "wednesday", "thursday",
          "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun");
  /** Elements never holding a visible byline. */
  private static final Set<String> INVISIBLE =
      Set.of("script", "style", "noscript", "template", "svg", "select", "option");

  /** How many text nodes {@link #find} reads before it gives up. */
  private static final int MAX_TEXTS = 3000;

  private Byline() {}

  /**
   * The names in one byline's text, or an empty list when it names no person (or credits
   * someone else, as "Updated by" or "Photo by" do).
   */
  static List<String> names(String text) {
    List<String> out = new ArrayList<>();
    if (text == null || OTHER_CREDIT.matcher(text).find()) {
      return out;
    }
    Matcher label = LABEL.matcher(text);
    String rest = label.find() ? text.substring(label.end()) : text;
    List<String> name = new ArrayList<>();
    for (String raw : rest.trim().split("\\s+")) {
      boolean endsName = raw.endsWith(",");
      String w = endsName ? raw.substring(0, raw.length() - 1) : raw;
      if ((w.equals("and") || w.equals("&")) && name.size() >= 2) {
        add(out, name);
        name = new ArrayList<>();
        continue;
      }
      String glued = gluedTail(w);
      if (glued != null) {
        // "Jane DoeFounder": a job title glued on by markup that had no space between them.
        endsName = true;
        w = glued;
      }
      // A word seen already starts the name over ("Jane Doe Jane Doe", a repeated caption).
      if (!isNameWord(w, name.isEmpty()) || name.size() == 4 || name.contains(w)) {
        break;
      }
      name.add(w);
      if (endsName) {
        break;
      }
    }
    add(out, name);
    return out;
  }

  /**
   * True when {@code text} credits someone other than the author ("Updated by", "Photo by") or
   * is only a byline label ("Written By").
   */
  static boolean creditsOther(String text) {
    if (text == null || OTHER_CREDIT.matcher(text).find()) {
      return true;
    }
    Matcher label = LABEL.matcher(text + " ");
    return label.find() && text.substring(Math.min(text.length(), label.end())).isBlank();
  }

  /**
   * The names of the first line in {@code body} that starts with a byline label ("By", "Written
   * by", "Author:") and names someone; for pages that mark their byline with no class or
   * schema. Looks at the first {@code limit} such lines only.
   */
  static List<String> find(Element body, int limit) {
    List<String> found = new ArrayList<>();
    int[] tried = {0};
    int[] texts = {0};
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof Element e && INVISIBLE.contains(e.normalName())) {
            return FilterResult.SKIP_ENTIRELY;
          }
          // A byline sits in the page's first part; a long page is not read to its end.
          if (node instanceof TextNode && ++texts[0] > MAX_TEXTS) {
            return FilterResult.STOP;
          }
          if (node instanceof TextNode t && startsLikeALabel(t.getWholeText())
              && LABEL.matcher(t.text()).find()) {
            found.addAll(names(line(t)));
            if (!found.isEmpty() || ++tried[0] >= limit) {
              return FilterResult.STOP;
            }
          }
          return FilterResult.CONTINUE;
        },
        body);
    return found;
  }

  /**
   * A cheap test run on every text node before the label pattern: whether its first letter can
   * start a label. Most text nodes fail it, and the page is read in a fraction of the time.
   */
  private static boolean startsLikeALabel(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c) && c != '\u00a0') {
        return "bBwWaApPsScC".indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** The byline a label starts: its own text, or its short parent's when the name is a link. */
  private static String line(TextNode label) {
    Node parent = label.parent();
    String own = label.text().trim();
    if (parent instanceof Element e) {
      // "<span>By</span> <a>Jane Doe</a>": climb until the name is in the text.
      for (int up = 0; up < 2 && e.text().length() <= own.length() + 1 && e.parent() != null; up++) {
        e = e.parent();
      }
      String text = e.text();
      int at = text.indexOf(own);
      if (at >= 0 && text.length() - at <= 150) {
        return text.substring(at);
      }
    }
    return own;
  }

  /** The name part of a word with a stop word glued to its end ("DoeFounder"), or null. */
  private static String gluedTail(String w) {
    for (int i = w.length() - 1; i > 1; i--) {
      if (Character.isUpperCase(w.charAt(i)) && Character.isLowerCase(w.charAt(i - 1))) {
        String tail = w.substring(i).toLowerCase(Locale.ROOT);
        return STOP_WORDS.contains(tail) || MONTHS_AND_DAYS.contains(tail) ? w.substring(0, i) : null;
      }
    }
    return null;
  }

  private static boolean isNameWord(String w, boolean first) {
    if (INITIAL.matcher(w).matches()) {
      return true;
    }
    String lower = w.toLowerCase(Locale.ROOT);
    if (!first && PARTICLES.contains(lower)) {
      return true;
    }
    if (lower.endsWith("'s") || lower.endsWith("’s")) {
      return false; // "Let's", "Jane's": the sentence after the byline has begun
    }
    return WORD.matcher(w).matches() && !STOP_WORDS.contains(lower)
        && !MONTHS_AND_DAYS.contains(lower.replace(".", ""));
  }

  private static void add(List<String> out, List<String> name) {
    // A trailing particle or initial is not the end of a name.
    while (!name.isEmpty() && PARTICLES.contains(name.get(name.size() - 1))) {
      name.remove(name.size() - 1);
    }
    String n = String.join(" ", name);
    if (PageMetadata.looksLikeName(n) && !out.contains(n)) {
      out.add(n);
    }
  }
}
