package org.crosscheck.extract.actors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.type.CollectionType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.testing.Seeds;
import org.crosscheck.testing.SharedAnnotator;

/**
 * Dev helper, not a test: the annotated seeds, cached as JSON in a temporary directory so that
 * {@link ActorProbe} can iterate on the rules without reloading CoreNLP. Tests use {@link Seeds}.
 */
final class SeedCache {
  private SeedCache() {}

  static Map<String, AnnotatedArticle> load(Path dir) {
    try {
      ObjectMapper json = new ObjectMapper()
          .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
      CollectionType type =
          json.getTypeFactory().constructCollectionType(List.class, Sentence.class);
      Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
      Files.createDirectories(dir);
      for (Map.Entry<String, Article> e : Seeds.articles().entrySet()) {
        Path file = dir.resolve(e.getKey() + ".json");
        AnnotatedArticle annotated;
        if (Files.exists(file)) {
          List<Sentence> sentences = json.readValue(file.toFile(), type);
          annotated = new AnnotatedArticle(e.getValue(), sentences);
        } else {
          annotated = SharedAnnotator.get().annotate(e.getValue());
          json.writeValue(file.toFile(), annotated.sentences());
        }
        out.put(e.getKey(), annotated);
      }
      return out;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
