package org.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;

/**
 * An {@link IngestSink} that cleans each document as soon as it is read and keeps only the article,
 * so that a large web archive streams through ingest and cleaning without its raw pages piling up
 * in memory. A document the cleaner rejects (or fails on) becomes a problem with reason {@link
 * Reason#NO_ARTICLE}; the run goes on.
 *
 * <pre>{@code
 * CleaningSink sink = new CleaningSink(Cleaners.byFormat(), (read, failed) -> {});
 * Ingest.stream(inputs, options, sink);
 * List<Article> articles = new NearDuplicates().mark(sink.articles());
 * }</pre>
 *
 * <p>Not thread-safe: one per run, fed by one thread, as {@link Ingest#stream} does.
 *
 * @since 0.1
 */
public final class CleaningSink implements IngestSink {

  /** Told after every document or problem, e.g. to show progress on a long run. */
  @FunctionalInterface
  public interface Listener {
    void progress(int articles, int problems);
  }

  private final Cleaner cleaner;
  private final Listener listener;
  private final List<Article> articles = new ArrayList<>();
  private final List<IngestProblem> problems = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  public CleaningSink(Cleaner cleaner, Listener listener) {
    this.cleaner = cleaner;
    this.listener = listener;
  }

  @Override
  public void document(SourceDocument document) {
    try {
      articles.add(cleaner.clean(document));
    } catch (CleanException e) {
      problems.add(new IngestProblem(document.location(), Reason.NO_ARTICLE, e.getMessage()));
    } catch (RuntimeException e) {
      // A cleaner bug on one odd page must not end a run over thousands of pages.
      problems.add(
          new IngestProblem(document.location(), Reason.NO_ARTICLE, "the cleaner failed: " + e));
    }
    listener.progress(articles.size(), problems.size());
  }

  @Override
  public void problem(IngestProblem problem) {
    problems.add(problem);
    listener.progress(articles.size(), problems.size());
  }

  @Override
  public void warning(String source, String message) {
    warnings.add(source + ": " + message);
  }

  /** The articles so far, in input order. */
  public List<Article> articles() {
    return List.copyOf(articles);
  }

  /** The problems so far, reading and cleaning, in input order. */
  public List<IngestProblem> problems() {
    return List.copyOf(problems);
  }

  /** The warnings so far, as "source: message". */
  public List<String> warnings() {
    return List.copyOf(warnings);
  }
}
