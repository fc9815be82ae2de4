package org.crosscheck.report;

import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.crosscheck.model.Article;
import org.crosscheck.model.Event;
import org.crosscheck.model.Evidence;
import org.crosscheck.model.Figure;
import org.crosscheck.model.Finding;
import org.crosscheck.model.Quote;
import org.crosscheck.model.Report;
import org.crosscheck.model.Story;

/**
 * Writes a {@link Report} as a Markdown document a journalist can read: stories and their
 * timelines, conflicts and agreements, figures side by side, who said what by outlet, then each
 * article with its quotes and figures.
 *
 * <p>Stateless and thread-safe.
 */
public final class MarkdownReport {

  public void write(Report report, Writer out) throws IOException {
    out.write(render(report));
  }

  /** The whole report as Markdown text. */
  public String render(Report report) {
    Map<String, Article> articles = new LinkedHashMap<>();
    report.articles().forEach(a -> articles.put(a.id(), a));
    StringBuilder md = new StringBuilder("# Crosscheck report\n\n");
    md.append(
        String.format(
            "%d articles, %d actors, %d quotes, %d figures, %d events, %d stories, %d conflicts.%n%n",
            report.articles().size(), report.actors().size(), report.quotes().size(),
            report.figures().size(), report.events().size(), report.stories().size(),
            report.conflicts().size()));
    if (!report.warnings().isEmpty()) {
      md.append("## Warnings\n\n");
      report.warnings().forEach(w -> md.append("- ").append(w).append('\n'));
      md.append('\n');
    }
    stories(md, report, articles);
    findings(md, "Conflicts", report.conflicts(), articles);
    findings(md, "Agreements", report.agreements(), articles);
    figuresByMeasure(md, report.figures(), articles);
    speakers(md, report.quotes(), articles);
    for (Article a : report.articles()) {
      article(md, a, report);
    }
    return md.toString();
  }

  private static void stories(StringBuilder md, Report report, Map<String, Article> articles) {
    if (report.stories().isEmpty()) {
      return;
    }
    md.append("## Stories\n\n");
    Map<String, Event> events = new LinkedHashMap<>();
    report.events().forEach(e -> events.put(e.id(), e));
    for (Story s : report.stories()) {
      md.append("### ").append(s.title()).append("\n\n");
      md.append(String.format("%s to %s; articles: %s%n%n", s.start(), s.end(),
          s.articles().stream().map(id -> outlet(articles.get(id))).collect(Collectors.joining(", "))));
      if (s.timeline().isEmpty()) {
        continue;
      }
      md.append("| date | event | who | to whom | where | reported by |\n");
      md.append("|---|---|---|---|---|---|\n");
      for (String id : s.timeline()) {
        Event e = events.get(id);
        if (e == null) {
          continue;
        }
        md.append(String.format("| %s | %s%s | %s | %s | %s | %s |%n",
            orDash(e.date()), e.type(), e.mode() == null ? "" : " (" + e.mode() + ")",
            cell(String.join("; ", e.source())), cell(String.join("; ", e.target())),
            cell(orDash(e.place())),
            e.articles().stream().map(x -> outlet(articles.get(x))).distinct()
                .collect(Collectors.joining(", "))));
      }
      md.append('\n');
    }
  }

  private static void findings(
      StringBuilder md, String title, List<Finding> findings, Map<String, Article> articles) {
    if (findings.isEmpty()) {
      return;
    }
    md.append("## ").append(title).append("\n\n");
    for (Finding f : findings) {
      md.append("- **").append(f.kind()).append("**: ").append(f.summary()).append('\n');
      for (Evidence ev : f.sources()) {
        md.append("  - ").append(outlet(articles.get(ev.article()))).append(": “")
            .append(ev.sentence().strip()).append("”\n");
      }
    }
    md.append('\n');
  }

  private static void figuresByMeasure(
      StringBuilder md, List<Figure> figures, Map<String, Article> articles) {
    if (figures.isEmpty()) {
      return;
    }
    md.append("## Figures by measure\n\n");
    Map<String, List<Figure>> byMeasure =
        figures.stream().collect(Collectors.groupingBy(Figure::measure, TreeMap::new, Collectors.toList()));
    for (Map.Entry<String, List<Figure>> e : byMeasure.entrySet()) {
      md.append("### ").append(e.getKey()).append("\n\n");
      md.append("| as of | value | of whom | source | outlet |\n|---|---|---|---|---|\n");
      e.getValue().stream()
          .sorted((x, y) -> String.valueOf(x.asOf()).compareTo(String.valueOf(y.asOf())))
          .forEach(f -> md.append(String.format("| %s | %s | %s | %s | %s |%n",
              f.asOf() == null ? "-" : f.asOf(), value(f), cell(orDash(f.subject())),
              cell(orDash(f.source())), outlet(articles.get(f.article())))));
      md.append('\n');
    }
  }

  private static void speakers(StringBuilder md, List<Quote> quotes, Map<String, Article> articles) {
    if (quotes.isEmpty()) {
      return;
    }
    md.append("## Who said what\n\n");
    Map<String, List<Quote>> bySpeaker = new TreeMap<>();
    for (Quote q : quotes) {
      bySpeaker.computeIfAbsent(q.speaker() == null ? "(no speaker named)" : q.speaker(),
          k -> new java.util.ArrayList<>()).add(q);
    }
    for (Map.Entry<String, List<Quote>> e : bySpeaker.entrySet()) {
      md.append("### ").append(e.getKey()).append("\n\n");
      Map<String, List<Quote>> byOutlet = e.getValue().stream().collect(
          Collectors.groupingBy(q -> outlet(articles.get(q.article())), TreeMap::new, Collectors.toList()));
      byOutlet.forEach((outlet, qs) -> {
        md.append("- ").append(outlet).append(":\n");
        qs.forEach(q -> md.append("  - “").append(q.text()).append("”\n"));
      });
      md.append('\n');
    }
  }

  private static void article(StringBuilder md, Article a, Report report) {
    md.append("## Article ").append(a.id()).append("\n\n");
    var m = a.metadata();
    md.append("- title: ").append(orDash(m.title())).append('\n');
    md.append("- outlet: ").append(orDash(m.outlet())).append('\n');
    md.append("- byline: ").append(m.authors().isEmpty() ? "-" : String.join(", ", m.authors())).append('\n');
    md.append("- published: ").append(m.published() == null ? "unknown (relative dates unresolved)" : m.published().toString()).append('\n');
    md.append("- source: ").append(a.location()).append('\n');
    if (a.duplicateOf() != null) {
      md.append("- near-duplicate of: ").append(a.duplicateOf()).append('\n');
    }
    md.append('\n');
    List<Quote> qs = report.quotes().stream().filter(q -> q.article().equals(a.id())).toList();
    if (!qs.isEmpty()) {
      md.append("Who said what:\n\n");
      qs.forEach(q -> md.append("- ").append(q.speaker() == null ? "(no speaker named)" : q.speaker())
          .append(": “").append(q.text()).append("”\n"));
      md.append('\n');
    }
    List<Figure> fs = report.figures().stream().filter(f -> f.article().equals(a.id())).toList();
    if (!fs.isEmpty()) {
      md.append("Figures:\n\n");
      fs.forEach(f -> md.append("- ").append(value(f)).append(' ').append(f.measure())
          .append(f.subject() == null ? "" : " (" + f.subject() + ")")
          .append(f.source() == null ? "" : ", according to " + f.source())
          .append(f.asOf() == null ? "" : ", as of " + f.asOf()).append('\n'));
      md.append('\n');
    }
  }

  private static String value(Figure f) {
    String v = f.value() == Math.rint(f.value())
        ? String.format("%,d", (long) f.value()) : String.valueOf(f.value());
    switch (f.qualifier()) {
      case EXACT:
        return v;
      case PERCENT:
        return v + "%";
      default:
        return f.qualifier().label() + " " + v;
    }
  }

  static String outlet(Article a) {
    if (a == null) {
      return "?";
    }
    return a.metadata().outlet() != null ? a.metadata().outlet() + " (" + a.id() + ")" : a.id();
  }

  private static String orDash(String s) {
    return s == null || s.isBlank() ? "-" : s;
  }

  private static String cell(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
