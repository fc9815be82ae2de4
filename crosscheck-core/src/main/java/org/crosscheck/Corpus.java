package org.crosscheck;

import java.util.List;
import org.crosscheck.clean.Cleaners;
import org.crosscheck.clean.dedup.NearDuplicates;
import org.crosscheck.ingest.CleaningSink;
import org.crosscheck.ingest.Ingest;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProblem;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.model.Article;

/**
 * Clean articles read from the user's inputs: ingest, then clean (each document by its format).
 * What cannot be read or cleaned becomes a problem naming its source; the rest goes on.
 *
 * <pre>{@code
 * Corpus corpus = Corpus.read(List.of("articles/"), IngestOptions.defaults(), (n, failed) -> {})
 *     .withDuplicatesMarked();
 * corpus.articles().forEach(...);
 * System.err.println(corpus.summary());
 * }</pre>
 *
 * @param articles clean articles in input order, ids unique
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
   * @param progress told after each document (articles so far, problems so far)
   */
  public static Corpus read(
      List<String> inputs, IngestOptions options, CleaningSink.Listener progress) {
    CleaningSink sink = new CleaningSink(Cleaners.byFormat(), progress);
    Ingest.stream(inputs, options, sink);
    return new Corpus(sink.articles(), sink.problems(), sink.warnings());
  }

  /** This corpus with syndicated copies marked ({@link Article#duplicateOf()}). */
  public Corpus withDuplicatesMarked() {
    return new Corpus(new NearDuplicates().mark(articles), problems, warnings);
  }

  /** "read 5 articles; 1 failed (binary 1)". */
  public String summary() {
    return IngestResult.summarize(articles.size(), "article", problems);
  }
}
