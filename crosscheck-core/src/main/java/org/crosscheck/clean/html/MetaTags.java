package org.crosscheck.clean.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags read once: each tag's content under its lower-cased {@code
 * property}, {@code name}, {@code itemprop} and {@code http-equiv}, in page order. Reading them
 * once keeps the many look-ups of the metadata readers cheap.
 *
 * <p>Immutable after construction.
 */
final class MetaTags {

  private final Map<String, List<String>> contents = new HashMap<>();

  MetaTags(Document doc) {
    for (Element meta : doc.getElementsByTag("meta")) {
      String content = meta.attr("content").trim();
      if (content.isEmpty()) {
        continue;
      }
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        String key = meta.attr(attr);
        if (!key.isEmpty()) {
          contents.computeIfAbsent(key.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(content);
        }
      }
    }
  }

  /** The content of the first tag with this key (lower case), or null. */
  String first(String key) {
    List<String> values = contents.get(key);
    return values == null ? null : values.get(0);
  }

  /** Every content given under this key (lower case), in page order. */
  List<String> all(String key) {
    return contents.getOrDefault(key, List.of());
  }
}
