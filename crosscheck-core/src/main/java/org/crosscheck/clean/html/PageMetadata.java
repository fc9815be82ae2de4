package org.crosscheck.clean.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.crosscheck.model.ArticleMetadata;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Reads an article's metadata from its page: title, authors, dates, outlet, language and
 * canonical URL, each from the most trusted source that has it (JSON-LD, then meta tags, then the
 * visible page).
 *
 * <p>Reads the document only; safe to share between threads.
 */
final class PageMetadata {

  private static final Set<String> ORGANIZATION_TYPES =
      Set.of("organization", "newsmediaorganization", "website", "corporation");
  /** Separators between a headline and the site name in {@code <title>}. */
  private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s+[|\\-–—:·•»]\\s+[^|\\-–—·•»]{2,60}$");
  private static final Pattern BY_PREFIX =
      Pattern.compile("(?iu)^\\s*(by|von|par|por|di|door|from)\\s*:?\\s+");
  private static final Pattern NOT_A_NAME =
      Pattern.compile("(?i)^(https?://|www\\.)|@|\\d{3,}|^(admin|administrator|staff|editor|guest)$");

  private static final Pattern NAME =
      Pattern.compile("(?u)\\p{Lu}[\\p{L}.'’-]*(\\s+((de|da|van|von|der|den|la|le|di|du|bin|al)\\s+)*\\p{Lu}[\\p{L}.'’-]*)+");

  private final PageDates dates;

  PageMetadata(PageDates dates) {
    this.dates = dates;
  }

  ArticleMetadata read(Document doc, JsonLd jsonLd, String location) {
    MetaTags metas = new MetaTags(doc);
    JsonNode article = jsonLd.article();
    String url = canonicalUrl(doc, metas, article, location);
    LocalDate published =
        dates.published(doc, metas, article, jsonLd, url != null ? url : location);
    if (published == null && location != null && !location.equals(url)) {
      published = dates.fromUrl(location);
    }
    LocalDate updated = dates.updated(doc, metas, article, jsonLd);
    if (published == null) {
      // A page that declares only when it was last changed was published no later than that;
      // the closest estimate there is, and a usable anchor for the page's relative dates.
      published = updated;
    }
    return new ArticleMetadata(
        url,
        outlet(metas, jsonLd, article),
        title(doc, metas, article),
        authors(doc, metas, article),
        published,
        updated,
        language(doc, metas, article),
        List.of());
  }

  private static String canonicalUrl(
      Document doc, MetaTags metas, JsonNode article, String location) {
    String href = doc.select("link[rel=canonical]").attr("abs:href");
    if (href.isEmpty()) {
      href = metas.first("og:url");
    }
    if (href == null || href.isEmpty()) {
      href = JsonLd.text(article, "url");
    }
    if (href == null || !href.startsWith("http")) {
      return location != null && location.startsWith("http") ? location : null;
    }
    return href;
  }

  /**
   * The headline. The visible {@code <h1>} is what a reader sees as the title, so it wins when it
   * agrees with the declared title; otherwise the declared title (JSON-LD headline, og:title),
   * and last the {@code <title>} without its site-name suffix.
   */
  private static String title(Document doc, MetaTags metas, JsonNode article) {
    String t = chooseTitle(doc, metas, article);
    if (t == null) {
      return null;
    }
    // A bar is no punctuation inside a headline: what follows it is a site or section name, or
    // a tail written for search engines ("Best Movers in NYC 2025 | Top 19 Companies").
    int bar = t.indexOf(" | ");
    return bar >= 10 ? t.substring(0, bar).trim() : t;
  }

  private static String chooseTitle(Document doc, MetaTags metas, JsonNode article) {
    String declared = JsonLd.text(article, "headline");
    if (declared == null) {
      declared = metas.first("og:title");
    }
    if (declared == null) {
      declared = metas.first("twitter:title");
    }
    String pageTitle = clean(doc.title());
    Element h1 = doc.body() == null ? null : doc.body().selectFirst("h1");
    String heading = h1 == null ? null : clean(h1.text());
    String reference = declared != null ? declared : pageTitle;
    if (heading != null && heading.length() > 5 && reference != null
        && normal(reference).contains(normal(heading))) {
      return heading;
    }
    // A visible headline of headline length is what the reader sees as the title, even when
    // the declared title is worded for search engines.
    if (heading != null && heading.length() >= 15 && heading.length() <= 200
        && (reference == null || sharesWords(heading, reference))) {
      return heading;
    }
    if (declared != null) {
      return clean(stripSuffix(declared));
    }
    if (pageTitle != null && !pageTitle.isEmpty()) {
      return clean(stripSuffix(pageTitle));
    }
    return heading;
  }

  /** True when at least half the words of {@code a} occur in {@code b}. */
  private static boolean sharesWords(String a, String b) {
    Set<String> words = new java.util.HashSet<>(List.of(normal(b).split(" ")));
    String[] mine = normal(a).split(" ");
    int shared = 0;
    for (String w : mine) {
      shared += words.contains(w) ? 1 : 0;
    }
    return shared * 2 >= mine.length;
  }

  private static String stripSuffix(String title) {
    String stripped = TITLE_SUFFIX.matcher(title).replaceFirst("");
    return stripped.length() >= 10 ? stripped : title;
  }

  private static List<String> authors(Document doc, MetaTags metas, JsonNode article) {
    Set<String> names = new LinkedHashSet<>();
    for (String n : JsonLd.names(article, "author")) {
      addName(names, n);
    }
    if (names.isEmpty()) {
      for (String key : List.of("author", "parsely-author", "sailthru.author", "dc.creator",
          "dcterms.creator", "article:author", "citation_author", "byl")) {
        for (String content : metas.all(key)) {
          addName(names, content);
        }
        if (!names.isEmpty()) {
          break;
        }
      }
    }
    if (names.isEmpty() && doc.body() != null) {
      for (Element e : doc.body().select("[itemprop=author], [rel=author], .author-name, .byline__name, .author a")) {
        Element name = e.selectFirst("[itemprop=name]");
        String text = name != null ? name.text() : e.text();
        // The name out of a printed byline ("Written by Jane Doe Tech Reporter"); what names
        // no person ("Newsdesk", "Silverback Strategies") is kept as it is, unless it credits
        // someone else ("Updated by") or is a bare label ("Written By").
        List<String> read = Byline.names(text);
        if (!read.isEmpty()) {
          read.forEach(n -> addName(names, n));
        } else if (!Byline.creditsOther(text)) {
          addName(names, text);
        }
        if (names.size() >= 3) {
          break;
        }
      }
    }
    if (names.isEmpty() && doc.body() != null) {
      visibleByline(doc.body(), names);
    }
    if (names.isEmpty() && doc.body() != null) {
      // A byline marked by nothing but its words: "By Jane Doe · March 3, 2024".
      Byline.find(doc.body(), 5).forEach(n -> addName(names, n));
    }
    return new ArrayList<>(names);
  }

  /**
   * The name in the page's visible byline: the first element whose class or id says author or
   * byline and whose text (or link text) reads as a person's name.
   */
  private static void visibleByline(Element body, Set<String> names) {
    int seen = 0;
    for (Element e : body.select("[class*=author], [class*=byline], [id*=author], [id*=byline]")) {
      if (++seen > 30) {
        return;
      }
      for (Element a : e.getElementsByTag("a")) {
        if (looksLikeName(a.text())) {
          addName(names, a.text());
          return;
        }
      }
      List<String> read = Byline.names(e.text());
      if (!read.isEmpty()) {
        read.forEach(n -> addName(names, n));
        return;
      }
      String text = BY_PREFIX.matcher(e.text()).replaceFirst("");
      if (looksLikeName(text) && !Byline.creditsOther(e.text())) {
        addName(names, text);
        return;
      }
    }
  }

  /** Two to five capitalised words, no digits: "Jane Doe", "Jean-Luc de la Tour". */
  static boolean looksLikeName(String text) {
    String t = text == null ? "" : text.trim();
    if (t.length() < 4 || t.length() > 50 || !NAME.matcher(t).matches()) {
      return false;
    }
    int words = t.split("\\s+").length;
    return words >= 2 && words <= 5;
  }

  private static void addName(Set<String> names, String raw) {
    if (raw == null) {
      return;
    }
    String n = clean(BY_PREFIX.matcher(raw).replaceFirst(""));
    if (n == null || n.length() < 3 || n.length() > 100 || NOT_A_NAME.matcher(n).find()) {
      return;
    }
    names.add(n);
  }

  private static String outlet(MetaTags metas, JsonLd jsonLd, JsonNode article) {
    String site = metas.first("og:site_name");
    if (site == null && article != null) {
      site = JsonLd.text(article, "publisher");
    }
    if (site == null) {
      JsonNode org = jsonLd.first(ORGANIZATION_TYPES);
      site = JsonLd.text(org, "name");
    }
    if (site == null) {
      site = metas.first("application-name");
    }
    return clean(site);
  }

  private static String language(Document doc, MetaTags metas, JsonNode article) {
    String lang = doc.selectFirst("html") == null ? "" : doc.selectFirst("html").attr("lang");
    if (lang.isEmpty()) {
      String s = metas.first("content-language");
      lang = s == null ? "" : s;
    }
    if (lang.isEmpty()) {
      String s = JsonLd.text(article, "inLanguage");
      lang = s == null ? "" : s;
    }
    if (lang.isEmpty()) {
      String s = metas.first("og:locale");
      lang = s == null ? "" : s;
    }
    String code = lang.trim().toLowerCase(Locale.ROOT).split("[-_,; ]")[0];
    return code.matches("[a-z]{2,3}") ? code : null;
  }

  static String host(String url) {
    try {
      return url == null ? null : URI.create(url).getHost();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").trim();
  }

  /** Entities decoded (JSON-LD and meta values often carry "&amp;"), white space collapsed. */
  private static String clean(String s) {
    if (s == null) {
      return null;
    }
    String t = s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").trim();
    if (t.length() > 2 && t.startsWith("\"") && t.endsWith("\"")) {
      t = t.substring(1, t.length() - 1).trim();
    }
    return t.isEmpty() ? null : t;
  }
}
