package org.crosscheck.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.ArticleMetadata;
import org.crosscheck.model.Paragraph;

/**
 * The five seed articles, cleaned and annotated once per test JVM. Keys are the gold files'
 * article numbers ("000".."004").
 */
public final class Seeds {
  private Seeds() {}

  private static final class Holder {
    static final Map<String, AnnotatedArticle> ANNOTATED = annotateAll();
  }

  /** Annotated seeds by number. */
  public static Map<String, AnnotatedArticle> annotated() {
    return Holder.ANNOTATED;
  }

  public static AnnotatedArticle annotated(String number) {
    return Holder.ANNOTATED.get(number);
  }

  /** The clean seed articles by number. */
  public static Map<String, Article> articles() {
    try {
      JsonNode manifest = new ObjectMapper().readTree(Shared.seeds().resolve("manifest.json").toFile());
      Map<String, Article> out = new LinkedHashMap<>();
      for (JsonNode a : manifest.get("articles")) {
        String file = a.get("file").asText();
        Path path = Shared.seeds().resolve(file);
        ArticleMetadata meta =
            new ArticleMetadata(
                null,
                text(a, "outlet"),
                text(a, "title"),
                List.of(),
                a.hasNonNull("published") ? LocalDate.parse(a.get("published").asText()) : null,
                null,
                text(a, "language"),
                List.of());
        out.put(file.substring(0, 3), clean(file, path, meta));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Cleans a seed file. Until the text cleaner lands this keeps every non-blank line as a
   * paragraph, so extractors are tested on noisy text too.
   */
  private static Article clean(String id, Path path, ArticleMetadata meta) throws IOException {
    List<Paragraph> ps = new ArrayList<>();
    for (String line : Files.readAllLines(path)) {
      if (!line.isBlank()) {
        ps.add(Paragraph.body(line.strip()));
      }
    }
    return new Article(id, path.toString(), meta, ps, null);
  }

  private static Map<String, AnnotatedArticle> annotateAll() {
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    articles().forEach((n, a) -> out.put(n, SharedAnnotator.get().annotate(a)));
    return out;
  }

  private static String text(JsonNode n, String field) {
    return n.hasNonNull(field) ? n.get(field).asText() : null;
  }
}
