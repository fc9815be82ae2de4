package org.crosscheck.clean.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What marks an element as page furniture rather than article text: its tag ({@code <nav>},
 * {@code <aside>}), its ARIA role, or words in its class and id (comment, share, related,
 * newsletter, caption, byline, cookie, paywall, ...). Also the words that mark an article body
 * container (article-body, entry-content, itemprop=articleBody).
 *
 * <p>Hints are read from the element alone, never from its neighbours; the decision to drop an
 * element that holds most of the page's text anyway is the {@link ContentScorer}'s. Stateless
 * and thread-safe.
 */
final class Furniture {

  /** Tags whose content is never article text. */
  static final String REMOVED_TAGS =
      "script, style, noscript, template, svg, iframe, object, embed, canvas, button, input,"
          + " select, textarea, link, meta, video, audio, map, dialog, picture, img";

  /** Tags that usually hold furniture, dropped unless they hold the article. */
  private static final Set<String> FURNITURE_TAGS =
      Set.of("nav", "aside", "footer", "header", "figure", "figcaption", "form", "menu", "dialog");

  private static final Set<String> FURNITURE_ROLES =
      Set.of("navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog",
          "menu", "menubar", "toolbar", "search", "alert", "tablist");

  /**
   * A class or id word (words split at space, {@code -} and {@code _}) starting with one of
   * these marks furniture.
   */
  private static final Pattern NEGATIVE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:comment|share|sharing|sharedaddy|social|related|recommend|newsletter"
              + "|subscribe|subscription|promo|caption|byline|author|credit|cookie|consent|gdpr|paywall|sidebar"
              + "|breadcrumb|navbar|navigation|menu|footer|masthead|advert|sponsor|popup|modal"
              + "|overlay|widget|toolbar|signup|sign-up|login|pagination|pager|disqus|outbrain"
              + "|taboola|popular|trending|readmore|read-more|more-stories|next-article|skip"
              + "|banner|sr-only|visually-hidden|screen-reader|screen-reader-text|dateline|timestamp|meta"
              + "|tags|tag-list|taglist|keywords|categories|topics|follow|print|email|disclaimer"
              + "|copyright|rating|vote|reaction|bio|profile|teaser|crosslink|nav|ad|ads|adslot"
              + "|ad-slot|dfp|gpt|header|site-header|toc|jump|prev|next|category|feedback"
              + "|rss|podcast-promo|video-player|player|gallery|slideshow|carousel|lightbox"
              + "|thumbnail|thumb|card-list|listing|tooltip|notification|alert|survey|donate"
              + "|membership|inline-cta|cta|upsell|most-read|mostread|editor-picks|also-read"
              + "|see-also|further-reading|more-from|more-in|recirc|outbrain|zergnet|partner)"
              + "(?:$|[\\s_-]|s(?:$|[\\s_-]))");

  /** Words that mark the article body container. */
  private static final Pattern POSITIVE =
      Pattern.compile(
          "(?:^|[\\s_-])(?:article-?body|articlebody|article__body|article-?content"
              + "|article__content|article-?text|story-?body|storybody|story-?content|entry-content"
              + "|post-?content|post-?body|post-entry|blog-?post-?body|content-?body|body-?text"
              + "|main-?content|rich-?text|richtext|text-?body|article-?main|news-?text"
              + "|article-?detail)(?:$|[\\s_-])");

  private Furniture() {}

  /** The lower-case class and id words of {@code e}. */
  static String hints(Element e) {
    String cls = e.attr("class");
    String id = e.id();
    if (cls.isEmpty() && id.isEmpty()) {
      return "";
    }
    return (cls + " " + id).toLowerCase(Locale.ROOT);
  }

  /** True when tag, role, class or id marks {@code e} as furniture. */
  static boolean looksLikeFurniture(Element e) {
    String tag = e.normalName();
    if (FURNITURE_TAGS.contains(tag)) {
      return true;
    }
    String role = e.attr("role");
    if (!role.isEmpty() && FURNITURE_ROLES.contains(role.toLowerCase(Locale.ROOT))) {
      return true;
    }
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (!style.isEmpty()) {
      String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
      if (s.contains("display:none") || s.contains("visibility:hidden")) {
        return true;
      }
    }
    String hints = hints(e);
    return !hints.isEmpty() && NEGATIVE.matcher(hints).find() && !isBodyContainer(e);
  }

  /** True when {@code e} is declared or named as the article body. */
  static boolean isBodyContainer(Element e) {
    if ("articleBody".equalsIgnoreCase(e.attr("itemprop"))) {
      return true;
    }
    String hints = hints(e);
    return !hints.isEmpty() && POSITIVE.matcher(hints).find();
  }
}
