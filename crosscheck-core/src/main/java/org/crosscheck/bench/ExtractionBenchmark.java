package org.crosscheck.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.dankito.readability4j.Readability4J;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.crosscheck.bench.ExtractionPages.Page;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.html.HtmlCleaner;
import org.crosscheck.clean.html.ReadabilityExtractor;
import org.crosscheck.model.Article;
import org.crosscheck.model.Paragraph;
import org.crosscheck.model.SourceDocument;

/**
 * {@code crosscheck bench extraction}: scores article extraction on the article-extraction
 * benchmark (181 pages, shingle precision/recall/F1, exact accuracy, speed) and on the WCXB
 * article pages (711 pages, token F1, snippet rates, title/author/date accuracy), for our {@link
 * HtmlCleaner} and for Readability4J alone as the baseline.
 *
 * <p>Writes per-page scores to {@code <perPageDir>/extraction-<benchmark>-<extractor>.tsv} (the
 * folder is created if missing) so the worst pages can be read. Single-threaded by design: the speed figure is one core's.
 */
public final class ExtractionBenchmark {

  /** What an extractor returns for one page. */
  public record Extraction(String body, String title, List<String> authors, LocalDate published) {}

  /** An extractor under test. */
  @FunctionalInterface
  public interface PageExtractor {
    Extraction extract(Page page);
  }

  private final Path shared;
  private final Path perPageDir;

  /**
   * @param shared the {@code shared} folder holding {@code bench/article-extraction} and {@code
   *     bench/wcxb-articles}
   * @param perPageDir where the per-page score files go, or null for none
   */
  public ExtractionBenchmark(Path shared, Path perPageDir) {
    this.shared = shared;
    this.perPageDir = perPageDir;
  }

  /** Our cleaner as a benchmark extractor. */
  public static PageExtractor ours(HtmlCleaner cleaner) {
    return page -> {
      try {
        Article a =
            cleaner.clean(
                new SourceDocument(
                    page.id(), page.url() == null ? page.id() : page.url(),
                    SourceDocument.Format.HTML, page.html(), null));
        return new Extraction(
            body(a.paragraphs()), a.metadata().title(), a.metadata().authors(),
            a.metadata().published());
      } catch (CleanException e) {
        return new Extraction("", null, List.of(), null);
      }
    };
  }

  /** Readability4J alone: its article text, title and byline; it finds no dates. */
  public static PageExtractor readability() {
    ReadabilityExtractor extractor = new ReadabilityExtractor();
    return page -> {
      String body = body(extractor.paragraphs(page.url(), page.html()));
      try {
        Readability4J r =
            new Readability4JExtended(page.url() == null ? "" : page.url(), page.html());
        net.dankito.readability4j.Article a = r.parse();
        List<String> authors = a.getByline() == null ? List.of() : List.of(a.getByline().trim());
        return new Extraction(body, a.getTitle(), authors, null);
      } catch (RuntimeException e) {
        return new Extraction(body, null, List.of(), null);
      }
    };
  }

  /** Scores {@code extractor} on both benchmarks. */
  public ExtractionResult run(String name, PageExtractor extractor) throws IOException {
    List<Page> ae = ExtractionPages.articleExtraction(shared.resolve("bench/article-extraction"));
    ExtractionResult a = articleExtraction(name, extractor, ae, true);
    List<Page> wcxb = ExtractionPages.wcxb(shared.resolve("bench/wcxb-articles"));
    return wcxb(a, extractor, wcxb);
  }

  /** The article-extraction figures only (the WCXB fields are 0). */
  public ExtractionResult articleExtraction(
      String name, PageExtractor extractor, List<Page> pages, boolean timed) throws IOException {
    List<ExtractionScorer.Match> matches = new ArrayList<>();
    int exact = 0;
    List<String> lines = new ArrayList<>();
    for (Page p : pages) {
      String predicted = extractor.extract(p).body();
      ExtractionScorer.Match m = ExtractionScorer.match(p.body(), predicted);
      matches.add(m);
      boolean same = ExtractionScorer.exact(p.body(), predicted);
      exact += same ? 1 : 0;
      double pr = m.perfect() ? 1 : m.tp() / Math.max(1e-9, m.tp() + m.fp());
      double re = m.perfect() ? 1 : m.tp() / Math.max(1e-9, m.tp() + m.fn());
      lines.add(String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f\t%s\t%s",
          ExtractionScorer.f1(pr, re), pr, re, p.id(), p.url()));
    }
    double[] speed = {0, 0};
    if (timed) {
      speed = pagesPerSecond(extractor, pages);
    }
    write("article-extraction-" + name, "f1\tprecision\trecall\tid\turl", lines);
    double precision = ExtractionScorer.precision(matches);
    double recall = ExtractionScorer.recall(matches);
    return new ExtractionResult(name, pages.size(), precision, recall,
        ExtractionScorer.f1(precision, recall), (double) exact / pages.size(), speed[0], speed[1],
        0, 0, 0, 0, 0, 0, 0, 0, 0);
  }

  /**
   * Two untimed warm-up passes (JIT), then one timed pass. Returns {pages per second of this
   * thread's CPU time, pages per second of wall time}: on a shared machine the CPU-time figure
   * is the one-core speed, the wall figure also counts time the thread waited for a core.
   */
  private static double[] pagesPerSecond(PageExtractor extractor, List<Page> pages) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long sink = 0;
    for (int pass = 0; pass < 2; pass++) {
      for (Page p : pages) {
        sink += extractor.extract(p).body().length();
      }
    }
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    for (Page p : pages) {
      sink += extractor.extract(p).body().length();
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu) / 1e9;
    if (sink == 0) {
      return new double[] {0, 0};
    }
    return new double[] {pages.size() / cpuSeconds, pages.size() / wall};
  }

  /** The WCXB figures only (the article-extraction fields are 0). */
  public ExtractionResult wcxb(String name, PageExtractor extractor, List<Page> pages)
      throws IOException {
    ExtractionResult none =
        new ExtractionResult(name, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    return wcxb(none, extractor, pages);
  }

  private ExtractionResult wcxb(ExtractionResult a, PageExtractor extractor, List<Page> pages)
      throws IOException {
    double f1 = 0, precision = 0, recall = 0;
    int with = 0, withFound = 0, without = 0, withoutKept = 0;
    int titles = 0, titleOk = 0, authors = 0, authorOk = 0, dates = 0, dateOk = 0;
    List<String> lines = new ArrayList<>();
    for (Page p : pages) {
      Extraction x = extractor.extract(p);
      ExtractionWcxbScorer.PageScore s = ExtractionWcxbScorer.score(p.body(), x.body());
      f1 += s.f1();
      precision += s.precision();
      recall += s.recall();
      for (String snippet : p.with()) {
        with++;
        withFound += ExtractionWcxbScorer.contains(x.body(), snippet) ? 1 : 0;
      }
      for (String snippet : p.without()) {
        without++;
        withoutKept += ExtractionWcxbScorer.contains(x.body(), snippet) ? 0 : 1;
      }
      String author = joinAuthors(x.authors());
      String date = x.published() == null ? null : x.published().toString();
      boolean tOk = same(p.title(), x.title());
      boolean aOk = same(p.author(), author);
      boolean dOk = same(p.published(), date);
      if (p.title() != null) {
        titles++;
        titleOk += tOk ? 1 : 0;
      }
      if (p.author() != null) {
        authors++;
        authorOk += aOk ? 1 : 0;
      }
      if (p.published() != null) {
        dates++;
        dateOk += dOk ? 1 : 0;
      }
      lines.add(String.format(Locale.ROOT, "%.4f\t%.4f\t%.4f\t%s\t%s|%s\t%s|%s\t%s|%s\t%s",
          s.f1(), s.precision(), s.recall(), p.id(), mark(tOk, p.title()), x.title(),
          mark(aOk, p.author()), author, mark(dOk, p.published()), date, p.url()));
    }
    write("wcxb-" + a.extractor(), "f1\tprecision\trecall\tid\ttitle\tauthor\tdate\turl", lines);
    int n = pages.size();
    return new ExtractionResult(a.extractor(), a.pages(), a.precision(), a.recall(), a.f1(),
        a.accuracy(), a.pagesPerSecond(), a.pagesPerSecondWall(), n, f1 / n, precision / n, recall / n,
        ratio(withFound, with), ratio(withoutKept, without), ratio(titleOk, titles),
        ratio(authorOk, authors), ratio(dateOk, dates));
  }

  private static String mark(boolean ok, String truth) {
    return (ok ? "OK " : "XX ") + truth;
  }

  /**
   * Authors as WCXB writes them: one name alone, two joined by "and", more by commas.
   */
  static String joinAuthors(List<String> names) {
    if (names.isEmpty()) {
      return null;
    }
    if (names.size() == 2) {
      return names.get(0) + " and " + names.get(1);
    }
    return String.join(", ", names);
  }

  private static boolean same(String truth, String predicted) {
    return truth != null && predicted != null && truth.trim().equals(predicted.trim());
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }

  private static String body(List<Paragraph> paragraphs) {
    StringBuilder sb = new StringBuilder();
    for (Paragraph p : paragraphs) {
      if (sb.length() > 0) {
        sb.append("\n\n");
      }
      sb.append(p.text());
    }
    return sb.toString();
  }

  private void write(String name, String header, List<String> lines) throws IOException {
    if (perPageDir == null) {
      return;
    }
    // A folder that does not exist yet (a fresh /tmp/x) is made, not reported as a bare
    // NoSuchFileException after a minute of scoring with the figures never printed.
    Files.createDirectories(perPageDir);
    try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(
        perPageDir.resolve("extraction-" + name + ".tsv")))) {
      w.println(header);
      lines.stream().sorted().forEach(w::println);
    }
  }

  /**
   * Prints our figures and the Readability4J baseline's. Arguments: the shared folder (default
   * {@code ../shared}); {@code --ours-only} skips the baseline.
   */
  public static void main(String[] args) throws IOException {
    Path shared = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "../shared");
    boolean oursOnly = List.of(args).contains("--ours-only");
    ExtractionBenchmark bench = new ExtractionBenchmark(shared, Path.of(System.getProperty("java.io.tmpdir")));
    System.out.println(bench.run("crosscheck", ours(new HtmlCleaner())).format());
    if (!oursOnly) {
      System.out.println(bench.run("readability4j", readability()).format());
    }
  }
}
