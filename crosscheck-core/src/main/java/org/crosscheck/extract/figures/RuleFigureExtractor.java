package org.crosscheck.extract.figures;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.crosscheck.extract.actors.ArticleActors;
import org.crosscheck.model.AnnotatedArticle;
import org.crosscheck.model.Dependency;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Sentence;

/**
 * A {@link FigureExtractor} built from small rules over the annotation: {@link Quantities} finds
 * the numbers and rejects those that are not counts, {@link Qualifiers} reads how exact each is,
 * {@link Measures} what it counts, {@link Subjects} of whom, {@link Sources} who reported it and
 * {@link AsOfDates} as of when.
 *
 * <p>Which numbers become figures:
 *
 * <ul>
 *   <li>a number with a measure the rules recognise ("killed", "displaced", "tons of aid", "food
 *       insecure");
 *   <li>a number nested in another by "including" ("198 ..., including 58 children") with no
 *       measure of its own takes the measure of the figure it is part of;
 *   <li>a number written in digits that counts a noun but has no known measure ("500 trucks")
 *       is kept with the noun as its measure: a specific count is news;
 *   <li>the low end of a range ("10 to 15 people", "between 40 and 80 percent") counts what the
 *       high end counts; the ends are "at least" and "at most" unless words before say otherwise;
 *   <li>a small number written as a word with no known measure ("two leaders", "three things",
 *       "four remaining battalions") is narrative, not a reported figure, and is dropped.
 * </ul>
 *
 * A count of zero with no known measure ("0 Comments") is page furniture and dropped. A sentence
 * that repeats a figure ("100% ..., 100%") yields it once; two figures of the same value that
 * differ in qualifier or subject ("1,200 ... and nearly 1,200 ...") are both kept. Headings are
 * read like any other sentence ("Close to 32,000 Killed").
 *
 * <p>Example: {@code new RuleFigureExtractor().extract(annotated, actors)}. Stateless,
 * thread-safe; never changes its input.
 */
public final class RuleFigureExtractor implements FigureExtractor {

  @Override
  public List<Figure> extract(AnnotatedArticle article, ArticleActors actors) {
    LocalDate published = article.article().metadata().published();
    List<Figure> out = new ArrayList<>();
    for (Sentence s : article.sentences()) {
      List<Figure> inSentence = new ArrayList<>();
      Set<String> seen = new HashSet<>();
      List<Quantity> found = Quantities.find(s);
      for (int i = 0; i < found.size(); i++) {
        Quantity q = found.get(i);
        Quantity basis = i + 1 < found.size() && lowEnd(s, q, found.get(i + 1))
            ? found.get(i + 1) : q;
        if (basis != q) {
          q = new Quantity(q.start(), q.end(), q.head(), q.value(), basis.percent());
        }
        Figure f = figure(article.id(), s, q, basis, actors, published, inSentence, out.size());
        if (f != null && seen.add(f.value() + "|" + f.measure() + "|" + f.qualifier() + "|" + f.subject())) {
          inSentence.add(f);
          out.add(f);
        }
      }
    }
    return List.copyOf(out);
  }

  private static Figure figure(
      String articleId,
      Sentence s,
      Quantity q,
      Quantity basis,
      ArticleActors actors,
      LocalDate published,
      List<Figure> before,
      int index) {
    Measures.Counted counted = Measures.of(s, basis);
    String measure = counted.measure();
    Figure previous = before.isEmpty() ? null : before.get(before.size() - 1);
    if (measure == null && previous != null && nested(s, q, counted.noun())) {
      measure = previous.measure();
    }
    // "0 Comments" is page furniture: a count of none of an unknown thing is not news.
    if (measure == null && counted.noun() >= 0 && q.value() > 0
        && Character.isDigit(s.token(q.start()).word().charAt(0))) {
      measure = s.token(counted.noun()).word().toLowerCase(Locale.ROOT);
    }
    if (measure == null) {
      return null;
    }
    Qualifiers.Result qualifier = Qualifiers.of(s, q);
    String subject = Subjects.of(s, basis, counted.noun(), counted.predicate());
    if (subject == null && previous != null) {
      subject = previous.subject();
    }
    int anchor = counted.predicate() >= 0 ? counted.predicate()
        : counted.noun() >= 0 ? counted.noun() : q.head();
    Sources.Attribution source = Sources.of(s, basis, anchor, actors);
    // Last, the verb whose object is the count: "the company had 12,500 employees on June 30".
    int clause = counted.noun() >= 0 && Parse.relation(s, counted.noun()).equals("obj")
        ? Parse.head(s, counted.noun()) : -1;
    LocalDate asOf = AsOfDates.of(
        s, new int[] {counted.predicate(), counted.noun(), source.verb(), clause}, published);
    int start = s.token(qualifier.start()).start();
    int end = s.token(q.end() - 1).end();
    return new Figure(
        articleId + "#figure-" + (index + 1),
        articleId,
        q.value(),
        qualifier.qualifier(),
        measure,
        subject,
        source.name(),
        asOf,
        new Evidence(articleId, s.text(), start, end));
  }

  /**
   * True when {@code low} opens a range that {@code high} closes ("10 to 15 people", "40 to 80
   * percent"): the low end counts what the high end counts.
   */
  private static boolean lowEnd(Sentence s, Quantity low, Quantity high) {
    return high.start() == low.end() + 1 && Quantities.joinsRange(s, low.start(), low.end());
  }

  /** True when the number hangs on "including" or "among them": part of a larger figure. */
  private static boolean nested(Sentence s, Quantity q, int noun) {
    int x = noun >= 0 ? noun : q.head();
    for (Dependency d : Parse.parents(s, x)) {
      if (d.relation().endsWith(":including") || d.relation().endsWith(":among")) {
        return true;
      }
    }
    return x > 0 && Parse.word(s, x - 1).equals("including")
        || q.start() > 0 && Parse.word(s, q.start() - 1).equals("including");
  }

  @Override
  public String toString() {
    return "RuleFigureExtractor[Quantities, Qualifiers, Measures, Subjects, Sources, AsOfDates]";
  }
}
