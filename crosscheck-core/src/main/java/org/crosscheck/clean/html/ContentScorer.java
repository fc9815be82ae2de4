package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Picks the element that holds the article body out of a page's blocks.
 *
 * <p>The rule: a block is <em>body-like</em> when it is a long run of prose with few links. Each
 * element is scored by the body-like text inside it minus a share of the other text inside it;
 * the best element is the smallest one that takes in the article's paragraphs without taking in
 * the menus, lists of links and teasers around them. Elements declared or named as the article
 * body ({@code itemprop=articleBody}, {@code article-body}, {@code <article>}) get a bonus.
 * Before scoring, blocks inside furniture (see {@link Furniture}) are set aside, unless the
 * furniture element holds 60% or more of the page's body-like text (a wrapper named
 * "sidebar-layout" is not a sidebar). Teaser cards (a linked headline with a short or cut-short
 * blurb, perhaps a date) are furniture too, unless several of them side by side hold a large
 * share of the page's prose (a listing page); prose written around many links is body-like.
 *
 * <p>Stateless and thread-safe.
 */
final class ContentScorer {

  /** A block shorter than this is never body-like: menus, labels, bylines. */
  static final int MIN_BODY_CHARS = 70;
  private static final double MAX_BODY_LINK_DENSITY = 0.3;
  /** A shorter line found in the declared article body still counts as body text. */
  private static final int MIN_DECLARED_CHARS = 30;
  /** How much each character of other text costs an element, against one of body text. */
  private static final double OTHER_TEXT_COST = 0.35;
  private static final double CONTAINER_BONUS = 1.15;
  /** A linked line at least this dense with links is a headline link. */
  private static final double TEASER_LINK_DENSITY = 0.6;
  /** A teaser card holds less text than this, one linked headline and one blurb at most. */
  private static final int TEASER_MAX_CHARS = 400;
  /**
   * A card whose blurb is cut short ("...") or that carries a date may hold this much: a teaser
   * with its excerpt, not a listicle's entry (entries are neither dated nor cut).
   */
  private static final int EXCERPT_CARD_MAX_CHARS = 700;

  /**
   * Sibling teaser-shaped cards holding this share of the page's body-like text are a listing,
   * the page's content. On the WCXB pages the listings kept (events, clinics, craft projects,
   * webcams, dictionary examples) hold 30 to 39%; the largest box of related links, 28%, and
   * lowering the share to 20% drops articles' link boxes into their bodies.
   */
  private static final double LISTING_SHARE = 0.3;

  /** A listing has at least this many entries; two cards are a pair of related links. */
  private static final int LISTING_MIN_ENTRIES = 3;

  /** The shortest excerpt line taken for a teaser. */
  private static final int TEASER_LINE_MIN_CHARS = 150;

  private ContentScorer() {}

  /** The result: the chosen element and the blocks left after furniture was set aside. */
  record Choice(Element container, List<Block> blocks) {}

  static boolean bodyLike(Block b) {
    if (b.declared() && !b.heading() && b.text().length() >= MIN_DECLARED_CHARS) {
      return true;
    }
    if (b.heading() || b.text().length() < MIN_BODY_CHARS || teaserLine(b)) {
      return false;
    }
    return b.linkDensity() <= MAX_BODY_LINK_DENSITY || b.linkedProse();
  }

  /**
   * A linked headline and its excerpt cut short on one line: "Title Excerpt text...". Excerpts
   * are cut at a set length, a few sentences' worth; a shorter line trailing off ("courses on
   * business, law, science…") is a list entry.
   */
  private static boolean teaserLine(Block b) {
    return !b.declared() && b.linkChars() > 0 && b.cutShort()
        && b.text().length() >= TEASER_LINE_MIN_CHARS;
  }

  static Choice choose(Element root, List<Block> all) {
    Map<Element, double[]> sums = sums(all, root);
    double rootBody = sums.getOrDefault(root, new double[6])[0];
    Map<Element, Boolean> furniture = new IdentityHashMap<>();
    List<List<Element>> listings = markTeasers(all, root, sums, rootBody, furniture);
    List<Block> kept = unfurnished(all, root, sums, rootBody, furniture);
    if (kept.isEmpty()) {
      return new Choice(root, kept);
    }
    Element best = best(kept, root);
    // A listing the chosen element holds (or that holds it) is the page's content: its cards
    // come back and the choice is made again. One outside it is a box of teasers beside the
    // article, however much text its excerpts hold.
    boolean restored = false;
    for (List<Element> listing : listings) {
      Element list = listing.get(0).parent();
      if (list == best || isAncestor(best, list) || isAncestor(list, best)) {
        listing.forEach(furniture::remove);
        restored = true;
      }
    }
    if (restored) {
      kept = unfurnished(all, root, sums, rootBody, furniture);
      best = best(kept, root);
    }
    return new Choice(best, kept);
  }

  private static List<Block> unfurnished(
      List<Block> all, Element root, Map<Element, double[]> sums, double rootBody,
      Map<Element, Boolean> furniture) {
    List<Block> kept = new ArrayList<>();
    for (Block b : all) {
      if (!insideFurniture(b, root, sums, rootBody, furniture)) {
        kept.add(b);
      }
    }
    return kept;
  }

  /** The element whose body-like text, less a share of its other text, is largest. */
  private static Element best(List<Block> kept, Element root) {
    Map<Element, double[]> keptSums = sums(kept, root);
    Element best = root;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (Map.Entry<Element, double[]> e : keptSums.entrySet()) {
      double body = e.getValue()[0];
      double other = e.getValue()[1] - body;
      double score = body - OTHER_TEXT_COST * other;
      if (body > 0 && isContainer(e.getKey())) {
        score *= CONTAINER_BONUS;
      }
      // On a tie the deeper element wins: it is the same text with less around it.
      if (score > bestScore || (score == bestScore && isAncestor(best, e.getKey()))) {
        bestScore = score;
        best = e.getKey();
      }
    }
    return best;
  }

  private static boolean linkedHeadline(Block b) {
    String t = b.text();
    if (b.declared() || t.length() < 15 || b.linkedProse()) {
      return false;
    }
    if (t.indexOf(' ') < 0 || t.startsWith("http") || t.startsWith("www.")) {
      // A bare address ("http://amzn.to/2x") is a reference in the text, not a headline.
      return false;
    }
    if (b.numbered()) {
      // "3. Sony A7 IV": a numbered entry of a list article, linked to what it names.
      return false;
    }
    return b.linkDensity() >= TEASER_LINK_DENSITY || teaserLine(b);
  }

  /** A block that ends in an ellipsis: an excerpt cut short, as teaser cards show. */
  private static boolean excerpt(Block b) {
    String t = b.text();
    return !b.declared() && t.length() >= MIN_BODY_CHARS && b.cutShort();
  }

  /** A short line holding a {@code <time>} element: a teaser's date. */
  private static boolean dated(Block b) {
    if (b.text().length() > 60) {
      return false;
    }
    Element owner = b.owner();
    if (owner.normalName().equals("time")) {
      return true;
    }
    for (Element child : owner.children()) {
      if (child.normalName().equals("time")
          || (child.childrenSize() == 1 && child.child(0).normalName().equals("time"))) {
        return true;
      }
    }
    return false;
  }

  /** True when link text is half or more of an element's text, or it holds no prose at all. */
  private static boolean mostlyLinks(double[] sums) {
    return sums == null || sums[0] == 0 || sums[5] >= 0.5 * sums[1];
  }

  /** Little text, one linked headline at most and one paragraph of prose at most. */
  private static boolean cardLike(double[] sums) {
    double limit = sums[4] >= 1 && sums[4] <= 2 ? EXCERPT_CARD_MAX_CHARS : TEASER_MAX_CHARS;
    return sums[1] < limit && sums[2] <= 1 && sums[3] <= 1;
  }

  /**
   * Whether teaser-shaped cards are entries of a listing rather than a feed of the site's own
   * stories. A feed marks each entry up as an {@code <article>} (a story of its own), or shows
   * most entries as excerpts or dated while linking within the site ("More in Sports"). A
   * listing's entries describe things in full (clinics, projects, example sentences, webcams),
   * or lead off the site (events run by others, whose blurbs may be cut short and dated).
   */
  private static boolean isListing(List<Element> entries, Map<Element, double[]> sums,
      String site) {
    int excerpts = 0;
    int offSite = 0;
    for (Element card : entries) {
      if (card.normalName().equals("article") || card.selectFirst("article") != null) {
        return false;
      }
      excerpts += sums.get(card)[4] > 0 ? 1 : 0;
      Element link = card.selectFirst("a[href]");
      String target = link == null ? "" : host(link.absUrl("href"));
      offSite += !site.isEmpty() && !target.isEmpty() && !sameSite(site, target) ? 1 : 0;
    }
    return 2 * excerpts < entries.size() || 2 * offSite >= entries.size();
  }

  /** The host of an absolute URL, lower case, without "www."; empty when there is none. */
  static String host(String url) {
    int start = url.indexOf("://");
    if (start < 0) {
      return "";
    }
    start += 3;
    int end = start;
    while (end < url.length() && "/?#:".indexOf(url.charAt(end)) < 0) {
      end++;
    }
    String h = url.substring(start, end).toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  /** True for the same host or one a subdomain of the other (news.example.com, example.com). */
  private static boolean sameSite(String a, String b) {
    return a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a);
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  private static boolean isContainer(Element e) {
    String tag = e.normalName();
    return tag.equals("article") || tag.equals("main") || Furniture.isBodyContainer(e);
  }

  /**
   * For each element: [body-like characters inside, all characters inside, linked headlines
   * inside, body-like blocks inside, excerpts cut short or dated lines inside, link characters
   * inside].
   */
  private static Map<Element, double[]> sums(List<Block> blocks, Element root) {
    Map<Element, double[]> own = new IdentityHashMap<>();
    for (Block b : blocks) {
      int len = b.text().length();
      double[] s = own.computeIfAbsent(b.owner(), k -> new double[6]);
      s[0] += bodyLike(b) ? len : 0;
      s[1] += len;
      s[2] += linkedHeadline(b) ? 1 : 0;
      s[3] += bodyLike(b) ? 1 : 0;
      s[4] += excerpt(b) || dated(b) ? 1 : 0;
      s[5] += b.linkChars();
    }
    // One post-order pass: each element adds its total into its parent's, so every element is
    // touched once however deep the page is.
    Map<Element, double[]> sums = new IdentityHashMap<>();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {}

          @Override
          public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
              return;
            }
            double[] o = own.get(e);
            double[] s = sums.get(e);
            if (o != null) {
              if (s == null) {
                s = new double[6];
                sums.put(e, s);
              }
              add(s, o);
            }
            if (s != null && e != root && e.parent() != null) {
              add(sums.computeIfAbsent(e.parent(), k -> new double[6]), s);
            }
          }
        },
        root);
    return sums;
  }

  private static void add(double[] into, double[] from) {
    into[0] += from[0];
    into[1] += from[1];
    into[2] += from[2];
    into[3] += from[3];
    into[4] += from[4];
    into[5] += from[5];
  }

  private static boolean insideFurniture(
      Block b, Element root, Map<Element, double[]> sums, double rootBody,
      Map<Element, Boolean> cache) {
    for (Element e = b.owner(); e != null && e != root; e = e.parent()) {
      Boolean f = cache.get(e);
      if (f == null) {
        Furniture.Mark mark = Furniture.mark(e);
        double body = sums.getOrDefault(e, new double[6])[0];
        // Protect wrappers whose names mention furniture but that hold the article. Not at half:
        // a footer's long customer-service notice can weigh as much as a short news item.
        f = mark == Furniture.Mark.HARD
            || (mark == Furniture.Mark.SOFT && (rootBody == 0 || body < 0.6 * rootBody))
            || (mark == Furniture.Mark.LINKS && mostlyLinks(sums.get(e)));
        cache.put(e, f);
      }
      if (f) {
        return true;
      }
    }
    return false;
  }

  /**
   * Marks teaser cards as furniture: a linked headline with its blurb, byline and date, in a
   * small box of its own ("More from ...", "Related", next-article lists). The card is the
   * largest ancestor of the linked line that still holds little text, no other linked line and
   * at most one paragraph of prose (a listicle's entry, a linked name over several paragraphs,
   * is content).
   *
   * <p>Cards side by side under one parent that together hold {@link #LISTING_SHARE} or more of
   * the page's body-like text are kept: they are the page itself, a listing of events, clinics,
   * dictionary examples or craft projects whose entries are shaped like teasers. A box of
   * related links beside an article holds a small share of the page's prose.
   */
  private static List<List<Element>> markTeasers(
      List<Block> all, Element root, Map<Element, double[]> sums, double rootBody,
      Map<Element, Boolean> furniture) {
    Map<Element, Boolean> seen = new IdentityHashMap<>();
    Map<Element, Double> listBody = new IdentityHashMap<>();
    Map<Element, List<Element>> lists = new IdentityHashMap<>();
    for (Block b : all) {
      if (!linkedHeadline(b) || b.owner() == root) {
        continue;
      }
      Element card = b.owner();
      double[] own = sums.get(card);
      if (own[3] >= 2 || own[0] >= TEASER_MAX_CHARS) {
        // The linked line shares its element with paragraphs of prose: a listicle's entry
        // written between line breaks, not a card.
        continue;
      }
      while (card.parent() != null && card.parent() != root
          && cardLike(sums.get(card.parent()))) {
        card = card.parent();
      }
      if (card != root && sums.get(card)[0] < 0.5 * rootBody && seen.put(card, true) == null) {
        furniture.put(card, true);
        listBody.merge(card.parent(), sums.get(card)[0], Double::sum);
        lists.computeIfAbsent(card.parent(), k -> new ArrayList<>()).add(card);
      }
    }
    List<List<Element>> listings = new ArrayList<>();
    String site = host(root.ownerDocument() == null ? "" : root.ownerDocument().location());
    for (Map.Entry<Element, List<Element>> e : lists.entrySet()) {
      List<Element> entries = e.getValue();
      if (entries.size() >= LISTING_MIN_ENTRIES
          && listBody.get(e.getKey()) >= LISTING_SHARE * rootBody
          && isListing(entries, sums, site)) {
        listings.add(entries);
      }
    }
    return listings;
  }
}
