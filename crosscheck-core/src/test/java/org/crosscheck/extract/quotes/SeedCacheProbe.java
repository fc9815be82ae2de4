package org.crosscheck.extract.quotes;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Sentence;
import org.crosscheck.testing.Seeds;

/**
 * Dev probe, not a test: annotates the seeds once and writes them as JSON to a scratch folder
 * (outside the repository) so the quote rules can be iterated on without reloading CoreNLP.
 */
public final class SeedCacheProbe {
  static final File DIR = new File(System.getProperty("quotes.cache", "/tmp/quotes-cache"));

  public static void main(String[] args) throws Exception {
    DIR.mkdirs();
    ObjectMapper om = new ObjectMapper();
    for (Map.Entry<String, AnnotatedArticle> e : Seeds.annotated().entrySet()) {
      om.writeValue(new File(DIR, e.getKey() + ".json"), e.getValue().sentences());
    }
  }

  static Map<String, AnnotatedArticle> load() throws Exception {
    ObjectMapper om =
        new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    for (Map.Entry<String, Article> e : Seeds.articles().entrySet()) {
      List<Sentence> sentences =
          om.readValue(
              new File(DIR, e.getKey() + ".json"), new TypeReference<List<Sentence>>() {});
      out.put(e.getKey(), new AnnotatedArticle(e.getValue(), sentences));
    }
    return out;
  }
}
