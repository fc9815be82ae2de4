package org.crosscheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.clean.Cleaners;
import org.crosscheck.clean.dedup.NearDuplicates;
import org.crosscheck.ingest.Ingest;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProblem;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.IngestSink;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;

/**
 * Clean articles read from the user's inputs: ingest, then clean, then near-duplicate marking.
 * What cannot be read or cleaned becomes a problem naming its source; the rest goes on.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.read(List.of("articles/"), IngestOptions.defaults(), System.err::println);
 * corpus.articles().forEach(...);
 * System.err.println(corpus.summary());
 * }</pre>
 *
 * @param articles clean articles in input order, syndicated copies marked with {@code
 *     duplicateOf}
 * @param problems documents that could not be read or left no article text
 * @param warnings what the user should know that did not stop the read
 */
public record Corpus(List<Article> articles, List<IngestProblem> problems, List<String> warnings) {

  public Corpus {
    articles = List.copyOf(articles);
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
  }

  /**
   * Reads and cleans every input.
   *
   * @param progress told about each document as it is read
   */
  public static Corpus read(List<String> inputs, IngestOptions options, Consumer<String> progress) {
    Cleaner cleaner = Cleaners.byFormat();
    List<Article> articles = new ArrayList<>();
    List<IngestProblem> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    Ingest.stream(inputs, options, new IngestSink() {
      @Override
      public void document(SourceDocument document) {
        try {
          Article article = cleaner.clean(document);
          if (!ids.add(article.id())) {
            article = article.withId(uniqueId(article.id(), ids));
          }
          articles.add(article);
          progress.accept("read " + articles.size() + ": " + article.id());
        } catch (CleanException e) {
          problems.add(new IngestProblem(document.location(), IngestProblem.Reason.NO_ARTICLE,
              e.getMessage()));
        }
      }

      @Override
      public void problem(IngestProblem problem) {
        problems.add(problem);
      }

      @Override
      public void warning(String source, String message) {
        warnings.add(source + ": " + message);
      }
    });
    return new Corpus(new NearDuplicates().mark(articles), problems, warnings);
  }

  /** "read 5 articles; 1 failed (binary 1)". */
  public String summary() {
    return IngestResult.summarize(articles.size(), "article", problems);
  }

  private static String uniqueId(String id, Set<String> taken) {
    for (int i = 2; ; i++) {
      String candidate = id + "~" + i;
      if (taken.add(candidate)) {
        return candidate;
      }
    }
  }
}
