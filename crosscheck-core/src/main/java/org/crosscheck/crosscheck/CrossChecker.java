package org.crosscheck.crosscheck;

import java.util.ArrayList;
import java.util.List;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;

/**
 * The cross-check stage: lines up the quotes, figures and events of all articles and reports what
 * independent sources agree on and where they conflict, each finding naming its items and their
 * evidence.
 *
 * <pre>{@code
 * CrossCheck result = new CrossChecker().check(articles, quotes, figures, events);
 * result.agreements();  // same-quote, same-event, figure-agreement, figure-timeline
 * result.conflicts();   // speaker-mismatch, suspect-attribution, figure-outlier, figure-conflict
 * }</pre>
 *
 * <p>The checks, one class each: {@link SameQuoteCheck} (the same quote in several outlets, and the
 * same quote given to different speakers), {@link SuspectAttributionCheck} (a quote whose speaker
 * contradicts its passage), {@link FigureCheck} (figure timelines, agreements within qualifiers,
 * outliers) and {@link SameEventCheck} (one event, several outlets).
 *
 * <p>Articles give outlet names, syndication links ({@link Article#duplicateOf()}: a copy is not an
 * independent source) and the text around quotes. Stateless; thread-safe; never changes its input.
 */
public final class CrossChecker {

  /** Cross-checks everything extracted from {@code articles}. */
  public CrossCheck check(
      List<Article> articles, List<Quote> quotes, List<Figure> figures, List<Event> events) {
    Outlets outlets = new Outlets(articles);
    CrossCheck quoteResult = SameQuoteCheck.run(quotes, outlets);
    List<Finding> conflicts = new ArrayList<>(quoteResult.conflicts());
    conflicts.addAll(SuspectAttributionCheck.run(quotes, outlets));
    CrossCheck figureResult = FigureCheck.run(figures, outlets);
    List<Finding> agreements = new ArrayList<>(quoteResult.agreements());
    agreements.addAll(SameEventCheck.run(events, outlets));
    return new CrossCheck(agreements, conflicts).plus(figureResult);
  }

  @Override
  public String toString() {
    return "CrossChecker[SameQuoteCheck, SuspectAttributionCheck, FigureCheck, SameEventCheck]";
  }
}
