package org.crosscheck.cli;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;

/** Articles as plain text for reading in a terminal: a header per article, then its paragraphs. */
final class ArticleText {
  private ArticleText() {}

  static String of(List<Article> articles) {
    StringBuilder out = new StringBuilder();
    for (Article article : articles) {
      ArticleMetadata meta = article.metadata();
      List<String> about = new ArrayList<>();
      if (meta.outlet() != null) {
        about.add(meta.outlet());
      }
      if (meta.published() != null) {
        about.add(meta.published().toString());
      }
      out.append("=== ").append(article.id());
      if (!about.isEmpty()) {
        out.append(" (").append(String.join(", ", about)).append(')');
      }
      out.append('\n');
      line(out, "Title", meta.title());
      line(out, "By", meta.authors().isEmpty() ? null : String.join(", ", meta.authors()));
      line(out, "From", article.location());
      line(out, "Duplicate of", article.duplicateOf());
      for (Paragraph p : article.paragraphs()) {
        out.append('\n').append(p.heading() ? "## " : "").append(p.text()).append('\n');
      }
      out.append('\n');
    }
    return out.toString();
  }

  private static void line(StringBuilder out, String label, String value) {
    if (value != null) {
      out.append(label).append(": ").append(value).append('\n');
    }
  }
}
