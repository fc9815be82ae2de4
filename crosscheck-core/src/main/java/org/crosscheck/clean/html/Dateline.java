package org.crosscheck.clean.html;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter.FilterResult;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the dateline: the date a page shows its reader beside the headline ("March 3, 2024",
 * "Updated Dec 18, 2025 · 12 min read", "Published 3 March 2024").
 *
 * <p>Why it matters: the date a page declares for machines (JSON-LD, meta tags) is often the
 * first publication of a URL that has since been rewritten, or a date converted to UTC, or a
 * template's build time; the date printed under the headline is the one the outlet stands by and
 * the one readers cite. Dates further from the headline belong to other things (related posts,
 * comments, references) and are not taken: only dates within a short stretch of text before or
 * after the headline count.
 *
 * <p>When the headline area shows both a "Published" and an "Updated" date, the published one is
 * the dateline. When no date is shown near the headline, a line labelled "Published ..."
 * anywhere in the page is taken (some templates print it below the article).
 *
 * <p>Reads the document only; immutable and thread-safe.
 */
final class Dateline {

  /** How much visible text may separate the headline's end from a dateline after it. */
  static final int MAX_AFTER = 600;
  /** How much visible text may separate a dateline before the headline from its start. */
  static final int MAX_BEFORE = 200;

  /** The longest text that can be a dateline. */
  private static final int MAX_LINE = 60;

  private static final Set<String> INVISIBLE =
      Set.of("script", "style", "noscript", "template", "svg", "head", "select", "option");
  private static final Pattern PUBLISHED_LABEL =
      Pattern.compile("(?iu)publi|posted|released|veröffentlicht|publié|publicado|pubblicato");
  private static final Pattern UPDATED_LABEL =
      Pattern.compile("(?iu)updat|modif|revised|geändert|aktualisiert|actualiz|mis à jour|aggiornat");

  /**
   * A date shown in the page.
   *
   * @param published labelled as the publication date ("Published", "Posted on")
   * @param updated labelled as an update ("Last updated", "Modified")
   * @param distance characters of visible text between it and the headline
   * @param far outside the headline's neighbourhood; kept only when labelled as published
   * @param after below the headline rather than above it
   */
  record Candidate(
      LocalDate date, boolean published, boolean updated, int distance, boolean far,
      boolean after) {}

  private final PageDates dates;

  Dateline(PageDates dates) {
    this.dates = dates;
  }

  /**
   * The dateline of {@code doc}, or null: the nearest date to the headline, unless one labelled
   * as the publication date is also there; with none near, a far one labelled as published.
   *
   * @param hints dates the page gives elsewhere (URL, declared dates), to settle how an
   *     all-numeric date is read
   */
  Candidate find(Document doc, Set<LocalDate> hints) {
    Candidate nearest = null;
    Candidate published = null;
    Candidate farPublished = null;
    for (Candidate c : candidates(doc, hints)) {
      if (c.far()) {
        farPublished = farPublished == null ? c : farPublished;
        continue;
      }
      if (published == null && c.published() && !c.updated()) {
        published = c;
      }
      // At equal distance the date below the headline wins: a dateline sits under its headline,
      // while a date just above it often ends a list of teasers.
      if (nearest == null || c.distance() < nearest.distance()
          || (c.distance() == nearest.distance() && c.after() && !nearest.after())) {
        nearest = c;
      }
    }
    // A "Published" label settles which date is the publication date, unless it sits much
    // further from the headline than an unlabelled date (a teaser's "Published" line).
    if (published != null && published.distance() <= nearest.distance() + MAX_BEFORE) {
      return published;
    }
    return nearest != null ? nearest : farPublished;
  }

  /**
   * The dates shown near the headline, in page order.
   *
   * @param hints dates the page gives elsewhere (URL, declared dates), to settle how an
   *     all-numeric date is read
   */
  List<Candidate> candidates(Document doc, Set<LocalDate> hints) {
    Element body = doc.body();
    Element headline = headline(doc);
    if (headline == null) {
      return List.of();
    }
    Element html = doc.selectFirst("html");
    String lang = html == null ? "" : html.attr("lang").toLowerCase(Locale.ROOT);
    boolean monthFirst = lang.equals("en-us");
    Walk walk = new Walk(headline);
    body.traverse(walk);
    List<Candidate> out = new ArrayList<>();
    walk.seen.sort(java.util.Comparator.comparingInt(Walk.Seen::start));
    for (Walk.Seen s : walk.seen) {
      int distance;
      boolean far;
      boolean after = s.start >= walk.headlineEnd;
      if (after) {
        distance = s.start - walk.headlineEnd;
        far = distance > MAX_AFTER;
      } else if (s.end <= walk.headlineStart) {
        distance = walk.headlineStart - s.end;
        far = distance > MAX_BEFORE;
      } else {
        continue;
      }
      // Most elements with digits show no date: read the date first, the label (which looks
      // at the text around the element) only for the few that do.
      LocalDate d = shownDate(s.element, monthFirst, hints);
      if (d == null) {
        continue;
      }
      String label = label(s.element);
      if (far && !PUBLISHED_LABEL.matcher(label).find()) {
        continue;
      }
      boolean updated = UPDATED_LABEL.matcher(label).find();
      boolean published = PUBLISHED_LABEL.matcher(label).find();
      if (far) {
        if (published && !updated) {
          out.add(new Candidate(d, true, false, distance, true, after));
        }
        continue;
      }
      if (!updated && !published) {
        // Class names label too ("post-date updated"), but less precisely than words: a theme
        // marks one date "published updated", which says it has been updated.
        String classes = (s.element.className() + " " + s.element.parent().className())
            .toLowerCase(Locale.ROOT);
        updated = UPDATED_LABEL.matcher(classes).find();
        published = !updated && PUBLISHED_LABEL.matcher(classes).find();
      }
      out.add(new Candidate(d, published && !updated, updated, distance, false, after));
    }
    return out;
  }

  /**
   * The headline: the {@code <h1>} that shares most words with the page's declared title (a
   * site's logo is often an {@code <h1>} too), or the first one when none shares any.
   */
  static Element headline(Document doc) {
    Element body = doc.body();
    if (body == null) {
      return null;
    }
    Element og = doc.selectFirst("meta[property=og:title]");
    Set<String> title = words(doc.title() + " " + (og == null ? "" : og.attr("content")));
    Element best = null;
    int bestShared = 0;
    for (Element h1 : body.getElementsByTag("h1")) {
      if (h1.text().trim().length() <= 5) {
        continue;
      }
      int shared = 0;
      for (String w : words(h1.text())) {
        shared += title.contains(w) ? 1 : 0;
      }
      if (best == null || shared > bestShared) {
        best = h1;
        bestShared = shared;
      }
    }
    return best;
  }

  private static Set<String> words(String s) {
    Set<String> out = new java.util.HashSet<>();
    for (String w : s.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (w.length() > 2) {
        out.add(w);
      }
    }
    return out;
  }

  /**
   * The date an element shows: its own short text when that is a date, else a {@code <time>}'s
   * machine-readable value. The text wins because it is the day the reader sees; the attribute
   * may be in another time zone.
   */
  private LocalDate shownDate(Element e, boolean monthFirst, Set<LocalDate> hints) {
    String own = e.ownText().trim();
    LocalDate shown = null;
    // A date with a short label ("Updated on", "12 min read"), not a sentence that mentions one.
    if (own.length() >= 6 && own.length() <= MAX_LINE) {
      shown = read(own, monthFirst, hints);
    }
    if (!e.normalName().equals("time")) {
      return shown;
    }
    if (shown == null && own.isEmpty() && e.text().length() <= MAX_LINE) {
      shown = read(e.text(), monthFirst, hints);
    }
    LocalDate machine = plausible(DateParsing.parse(e.attr("datetime")));
    // "8/1/2025" may be read the wrong way round; the datetime attribute settles it, unless the
    // two differ by the one day a time-zone conversion makes.
    if (machine == null || (shown != null && Math.abs(shown.toEpochDay() - machine.toEpochDay()) <= 1)) {
      return shown;
    }
    return machine;
  }

  /**
   * The date in a short text. "09.10.2024" can be read two ways; the reading the page's other
   * dates (URL, declared dates) agree with wins, else the page language's custom.
   */
  private LocalDate read(String text, boolean monthFirst, Set<LocalDate> hints) {
    LocalDate usual = plausible(DateParsing.parse(text, monthFirst));
    LocalDate other = plausible(DateParsing.parse(text, !monthFirst));
    if (other != null && !other.equals(usual) && hints.contains(other) && !hints.contains(usual)) {
      return other;
    }
    return usual;
  }

  private LocalDate plausible(LocalDate d) {
    return dates.plausible(d) ? d : null;
  }

  /**
   * The words that say what a date is: its own text and class, and the text just before it
   * inside its short enclosing line ("Updated on" in {@code <p>Updated on <span>May 2</span>}).
   * Only the text before the date counts, so in "Published May 2 · Updated June 9" each date
   * gets its own label.
   */
  private static String label(Element e) {
    String own = e.text();
    StringBuilder before = new StringBuilder();
    Element child = e;
    for (int up = 0; up < 2 && child.parent() != null; up++) {
      Element parent = child.parent();
      if (longerThan(parent, 150)) {
        break;
      }
      StringBuilder preceding = new StringBuilder();
      for (Node n : parent.childNodes()) {
        if (n == child) {
          break;
        }
        preceding.append(n instanceof Element el ? el.text() : n instanceof TextNode t ? t.text() : "")
            .append(' ');
      }
      before.insert(0, preceding);
      child = parent;
    }
    // The label of this date is what follows the previous date (or number) on the line.
    String b = before.toString().replaceFirst("^.*\\d", "").trim();
    b = b.length() > 30 ? b.substring(b.length() - 30) : b;
    return (b + " " + (own.length() > 60 ? own.substring(0, 60) : own)).toLowerCase(Locale.ROOT);
  }

  /**
   * Whether {@code e.text()} is longer than {@code limit}, without building the text of a large
   * element: visible characters beyond the limit answer yes early; only a short element's text
   * is built and measured exactly.
   */
  private static boolean longerThan(Element e, int limit) {
    int[] visible = {0};
    NodeTraversor.filter(
        (node, depth) -> {
          if (node instanceof TextNode t) {
            String text = t.getWholeText();
            for (int i = 0; i < text.length(); i++) {
              // What text() may collapse (runs of spaces, no-break spaces) is not counted.
              char c = text.charAt(i);
              visible[0] += Character.isWhitespace(c) || c == '\u00a0' ? 0 : 1;
            }
          }
          return visible[0] > limit ? FilterResult.STOP : FilterResult.CONTINUE;
        },
        e);
    return visible[0] > limit || e.text().length() > limit;
  }

  /** Walks the body once, measuring each element's position in the visible text. */
  private static final class Walk implements NodeVisitor {
    record Seen(Element element, int start, int end) {}

    private final Element headline;
    private final List<Seen> seen = new ArrayList<>();
    private final List<Integer> open = new ArrayList<>();
    private int offset;
    private int hidden;
    private int headlineStart = -1;
    private int headlineEnd = -1;

    Walk(Element headline) {
      this.headline = headline;
    }

    @Override
    public void head(Node node, int depth) {
      if (node instanceof TextNode t) {
        if (hidden == 0) {
          offset += t.text().trim().length();
        }
      } else if (node instanceof Element e) {
        if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")) {
          hidden++;
        }
        if (e == headline) {
          headlineStart = offset;
        }
        open.add(offset);
      }
    }

    @Override
    public void tail(Node node, int depth) {
      if (node instanceof Element e) {
        int start = open.remove(open.size() - 1);
        if (INVISIBLE.contains(e.normalName()) || e.hasAttr("hidden")) {
          hidden--;
          return;
        }
        if (e == headline) {
          headlineEnd = offset;
        } else if (hidden == 0 && (e.normalName().equals("time") || hasDigitOwnText(e))) {
          seen.add(new Seen(e, start, offset));
        }
      }
    }

    private static boolean hasDigitOwnText(Element e) {
      for (TextNode t : e.textNodes()) {
        String s = t.getWholeText(); // digits are the same before whitespace normalising
        for (int i = 0; i < s.length(); i++) {
          if (Character.isDigit(s.charAt(i))) {
            return true;
          }
        }
      }
      return false;
    }
  }
}
