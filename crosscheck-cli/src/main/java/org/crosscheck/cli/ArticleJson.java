package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;

/**
 * An article as an entry of the JSON report's {@code articles} list (ARCHITECTURE.md): {@code id,
 * file|url, outlet, title, byline, published, language, duplicate_of, paragraphs}, in that order,
 * unknown values as null. {@code file} is the path for an article read from a file; {@code url}
 * is its canonical URL, or the address it was fetched from. Stateless.
 */
final class ArticleJson {
  private ArticleJson() {}

  static Map<String, Object> of(Article article) {
    ArticleMetadata meta = article.metadata();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("id", article.id());
    boolean fetched = isUrl(article.location());
    if (!fetched) {
      json.put("file", article.location());
    }
    String url = meta.url() != null ? meta.url() : fetched ? article.location() : null;
    if (url != null || fetched) {
      json.put("url", url);
    }
    json.put("outlet", meta.outlet());
    json.put("title", meta.title());
    json.put("byline", meta.authors().isEmpty() ? null : String.join(", ", meta.authors()));
    json.put("published", meta.published() == null ? null : meta.published().toString());
    json.put("language", meta.language());
    json.put("duplicate_of", article.duplicateOf());
    List<String> paragraphs = new ArrayList<>();
    for (Paragraph p : article.paragraphs()) {
      paragraphs.add(p.text());
    }
    json.put("paragraphs", paragraphs);
    return json;
  }

  static boolean isUrl(String location) {
    String lower = location.toLowerCase(Locale.ROOT);
    return lower.startsWith("http://") || lower.startsWith("https://");
  }
}
