package org.crosscheck.clean.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in its {@code <script type="application/ld+json">}
 * blocks, flattened out of arrays and {@code @graph} lists, with the article object picked out.
 *
 * <p>A block that is not valid JSON is skipped (pages often carry a trailing comma or an HTML
 * comment); the page is still cleaned. Instances are immutable.
 */
final class JsonLd {

  /** The schema.org types whose object describes the article itself. */
  private static final Set<String> ARTICLE_TYPES =
      Set.of(
          "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle",
          "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "blogposting",
          "liveblogposting", "socialmediaposting", "techarticle", "scholarlyarticle", "report",
          "review", "medicalwebpage", "creativework", "posting", "discussionforumposting");

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  /** Reads every JSON-LD block of {@code doc}. */
  static JsonLd of(Document doc, ObjectMapper mapper) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : doc.select("script[type=application/ld+json]")) {
      String json = script.data().trim();
      if (json.startsWith("<!--")) {
        json = json.substring(4).replace("-->", "");
      }
      try {
        flatten(mapper.readTree(json), objects, 0);
      } catch (JsonProcessingException | RuntimeException e) {
        // Broken JSON-LD is common and carries no article text; the other sources still count.
      }
    }
    return new JsonLd(objects);
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > 3) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode n : node) {
        flatten(n, out, depth + 1);
      }
    } else if (node.isObject()) {
      out.add(node);
      if (node.has("@graph")) {
        flatten(node.get("@graph"), out, depth + 1);
      }
      // A WebPage often nests the article as its mainEntity.
      if (node.has("mainEntity") && node.get("mainEntity").isObject()) {
        flatten(node.get("mainEntity"), out, depth + 1);
      }
    }
  }

  /** The first object typed as an article, blog post or the like, or null. */
  JsonNode article() {
    for (JsonNode n : objects) {
      if (hasType(n, ARTICLE_TYPES)) {
        return n;
      }
    }
    return null;
  }

  /** The first object of one of {@code types} (lower case), or null. */
  JsonNode first(Set<String> types) {
    for (JsonNode n : objects) {
      if (hasType(n, types)) {
        return n;
      }
    }
    return null;
  }

  List<JsonNode> objects() {
    return objects;
  }

  static boolean hasType(JsonNode node, Set<String> types) {
    JsonNode type = node.get("@type");
    if (type == null) {
      return false;
    }
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (types.contains(t.asText().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
      return false;
    }
    return types.contains(type.asText().toLowerCase(Locale.ROOT));
  }

  /** The text of {@code field}: a string, the first of an array, or an object's name; or null. */
  static String text(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.isArray()) {
      v = v.size() > 0 ? v.get(0) : null;
    }
    if (v == null) {
      return null;
    }
    if (v.isObject()) {
      JsonNode name = v.has("name") ? v.get("name") : v.get("@id");
      return name == null || !name.isValueNode() ? null : blankToNull(name.asText());
    }
    return v.isValueNode() ? blankToNull(v.asText()) : null;
  }

  /** The names in {@code field}: strings, or objects with a name, single or in an array. */
  static List<String> names(JsonNode node, String field) {
    List<String> out = new ArrayList<>();
    if (node == null || node.get(field) == null) {
      return out;
    }
    JsonNode v = node.get(field);
    List<JsonNode> items = new ArrayList<>();
    if (v.isArray()) {
      v.forEach(items::add);
    } else {
      items.add(v);
    }
    for (JsonNode item : items) {
      String name = item.isObject() ? text(item, "name") : item.isValueNode() ? item.asText() : null;
      if (name != null && !name.isBlank()) {
        out.add(name.trim());
      }
    }
    return out;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.trim();
  }
}
