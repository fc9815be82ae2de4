package org.crosscheck.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.crosscheck.Corpus;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;

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

  /**
   * The clean seed articles by number, read the way users read them: the folder with its
   * manifest, through ingest, the text cleaner and near-duplicate marking.
   */
  public static Map<String, Article> articles() {
    Corpus corpus =
        Corpus.read(List.of(Shared.seeds().toString()), IngestOptions.defaults(), (n, failed) -> {})
            .withDuplicatesMarked();
    if (!corpus.problems().isEmpty()) {
      throw new IllegalStateException("seeds did not read cleanly: " + corpus.problems());
    }
    Map<String, Article> out = new LinkedHashMap<>();
    for (Article a : corpus.articles()) {
      out.put(a.id().substring(0, 3), a);
    }
    return out;
  }

  private static Map<String, AnnotatedArticle> annotateAll() {
    Map<String, AnnotatedArticle> out = new LinkedHashMap<>();
    articles().forEach((n, a) -> out.put(n, SharedAnnotator.get().annotate(a)));
    return out;
  }
}
