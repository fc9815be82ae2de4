package org.crosscheck;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.crosscheck.annotate.Annotator;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.annotate.EnglishText;
import org.crosscheck.crosscheck.CrossCheck;
import org.crosscheck.crosscheck.CrossChecker;
import org.crosscheck.extract.actors.ActorKnowledge;
import org.crosscheck.extract.actors.ActorMerger;
import org.crosscheck.extract.actors.ActorResolver;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.extract.actors.MergedActors;
import org.crosscheck.extract.actors.RuleActorResolver;
import org.crosscheck.extract.events.EventExtractor;
import org.crosscheck.extract.events.EventMerger;
import org.crosscheck.extract.events.RuleEventExtractor;
import org.crosscheck.extract.figures.FigureExtractor;
import org.crosscheck.extract.figures.RuleFigureExtractor;
import org.crosscheck.extract.quotes.QuoteExtractor;
import org.crosscheck.extract.quotes.RuleQuoteExtractor;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Story;
import org.crosscheck.stories.ArticleFeatures;
import org.crosscheck.stories.ArticleFeaturizer;
import org.crosscheck.stories.StoryClusterer;
import org.crosscheck.stories.StoryOptions;

/**
 * The whole analysis: clean articles in, a cross-checked {@link Report} out.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.load();          // loads the models once: slow
 * Report report = pipeline.analyze(articles, System.err::println);
 * }</pre>
 *
 * <p>Per article: annotate, resolve its actors, extract quotes, figures and events. Then across
 * articles: merge actors into canonical ones, merge events told more than once, group articles
 * into stories, cross-check. A pipeline is thread-safe: every stage is.
 */
public final class Pipeline {
  private final Annotator annotator;
  private final ActorResolver actors;
  private final QuoteExtractor quotes;
  private final FigureExtractor figures;
  private final EventExtractor events;
  private final ActorMerger actorMerger = new ActorMerger();
  private final EventMerger eventMerger = new EventMerger();
  private final ArticleFeaturizer featurizer = new ArticleFeaturizer();
  private final CrossChecker crossChecker = new CrossChecker();

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
    ActorKnowledge knowledge = ActorKnowledge.load();
    return new Pipeline(
        annotator, new RuleActorResolver(knowledge), new RuleQuoteExtractor(),
        new RuleFigureExtractor(), RuleEventExtractor.standard());
  }

  /** What one article yields before the cross-article steps. */
  private record Extracted(
      AnnotatedArticle annotated,
      ArticleActors actors,
      List<Quote> quotes,
      List<Figure> figures,
      List<Event> events) {}

  /**
   * Analyses the articles.
   *
   * @param articles clean articles; their ids must be unique
   * @param progress told about each article as it is done (for a progress display)
   */
  public Report analyze(List<Article> articles, Consumer<String> progress) {
    List<String> warnings = new ArrayList<>();
    List<Extracted> extracted = new ArrayList<>();
    int done = 0;
    for (Article article : articles) {
      done++;
      String foreign = EnglishText.foreignLanguage(article);
      if (foreign != null) {
        // Our models read English only: tagging another language yields noise, not findings.
        warnings.add(article.id() + ": written in '" + foreign + "', not English; listed but not"
            + " analysed");
        progress.accept("skipped " + done + "/" + articles.size() + ": " + article.id()
            + " (not English)");
        continue;
      }
      if (article.metadata().published() == null) {
        warnings.add(
            article.id() + ": publication date unknown; relative dates are left unresolved");
      }
      extracted.add(extract(article));
      progress.accept("analysed " + done + "/" + articles.size() + ": " + article.id());
    }
    MergedActors merged = actorMerger.merge(extracted.stream().map(Extracted::actors).toList());
    Canonical canonical = new Canonical(merged, extracted.stream().map(Extracted::actors).toList());
    List<Quote> allQuotes = new ArrayList<>();
    List<Figure> allFigures = new ArrayList<>();
    List<Event> allEvents = new ArrayList<>();
    List<ArticleFeatures> features = new ArrayList<>();
    for (Extracted x : extracted) {
      x.quotes().forEach(q -> allQuotes.add(canonical.quote(q)));
      allFigures.addAll(x.figures());
      List<Event> articleEvents = x.events().stream().map(canonical::event).toList();
      allEvents.addAll(articleEvents);
      features.add(featurizer.features(x.annotated(), x.actors(), articleEvents));
    }
    List<Event> mergedEvents = eventMerger.merge(allEvents);
    List<Story> stories = StoryClusterer.cluster(features, mergedEvents, StoryOptions.defaults());
    CrossCheck check = crossChecker.check(articles, allQuotes, allFigures, mergedEvents);
    return new Report(
        articles, merged.actors(), allQuotes, allFigures, mergedEvents, stories,
        check.agreements(), check.conflicts(), warnings);
  }

  private Extracted extract(Article article) {
    AnnotatedArticle annotated = annotator.annotate(article);
    ArticleActors found = actors.resolve(annotated);
    return new Extracted(
        annotated,
        found,
        quotes.extract(annotated, found),
        figures.extract(annotated, found),
        events.extract(annotated, found));
  }

  @Override
  public String toString() {
    return "Pipeline[" + annotator.getClass().getSimpleName() + " > " + actors + " > quotes,"
        + " figures, events > merge > stories > crosscheck]";
  }
}
