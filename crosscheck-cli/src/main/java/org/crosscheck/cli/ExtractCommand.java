package org.crosscheck.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.crosscheck.clean.CleanException;
import org.crosscheck.clean.Cleaner;
import org.crosscheck.clean.Cleaners;
import org.crosscheck.clean.dedup.NearDuplicates;
import org.crosscheck.ingest.Ingest;
import org.crosscheck.ingest.IngestOptions;
import org.crosscheck.ingest.IngestProblem;
import org.crosscheck.ingest.IngestProblem.Reason;
import org.crosscheck.ingest.IngestResult;
import org.crosscheck.ingest.IngestSink;
import org.crosscheck.model.Article;
import org.crosscheck.model.SourceDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck extract}: reads sources, cleans each document into an article, marks
 * syndicated copies, and prints the articles alone, without analysis. Problems go to stderr with
 * a summary; the exit code is non-zero only when no article at all could be read.
 */
@Command(
    name = "extract",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    usageHelpAutoWidth = true,
    description = {
      "Read news articles from files, folders, feeds, web archives, JSON Lines or URLs and print"
          + " their clean text and metadata, without analysing them.",
      "",
      "Use it to check what Crosscheck reads before running an analysis, or to turn a crawl into"
          + " clean JSON for other tools. A copy of another article in the input (the same report"
          + " syndicated by another outlet) is marked with duplicate_of.",
      ""
    },
    footer = {
      "",
      "SOURCE can be:",
      "  a file         story.txt, page.html, page.html.gz (HTML is also told by content)",
      "  a folder       every article file below it, in path order; a manifest.json",
      "                 in it gives outlet, title and date per file",
      "  a feed         feed.rss, feed.xml or its URL; items that carry only a teaser",
      "                 have their page fetched",
      "  a web archive  crawl.warc or crawl.warc.gz (its HTML responses)",
      "  JSON Lines     articles.jsonl: one {\"url\", \"outlet\", \"title\", \"published\",",
      "                 \"text\"} per line (or \"html\" instead of \"text\")",
      "  a URL          https://... (local and private addresses need --allow-private)",
      "  -              standard input, holding any of the above",
      "",
      "Examples:",
      "  crosscheck extract ../shared/corpus/seeds",
      "  crosscheck extract --format text story.html",
      "  crosscheck extract --format jsonl --output articles.jsonl crawl.warc.gz",
      "  curl -s https://example.org/feed.xml | crosscheck extract -",
      "",
      "Exit status: 0 when at least one article was read, 1 when none could be,",
      "2 for a usage error. Problems are listed on stderr and never stop the run."
    })
public final class ExtractCommand implements Callable<Integer> {

  enum OutputFormat {
    json,
    jsonl,
    text
  }

  @Parameters(
      paramLabel = "SOURCE",
      arity = "0..*",
      description = "Files, folders, feeds, WARC files, JSON Lines files, URLs, or - for stdin.")
  List<String> sources = new ArrayList<>();

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  OutputFormat format = OutputFormat.json;

  @Option(
      names = "--manifest",
      paramLabel = "FILE",
      description = "A manifest.json giving outlet, title and date per file; its files are read"
          + " too.")
  Path manifest;

  @Option(
      names = "--allow-private",
      description = "Allow fetching from local and private network addresses (off by default,"
          + " so a feed cannot make Crosscheck probe your network).")
  boolean allowPrivate;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Write the articles to FILE instead of standard output.")
  Path output;

  @Option(
      names = "--max-size",
      paramLabel = "BYTES",
      description = "Skip any page, file or archive record larger than this (default:"
          + " ${DEFAULT-VALUE}).")
  long maxBytes = IngestOptions.DEFAULT_MAX_BYTES;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Give up on a URL after this many seconds (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds = 30;

  @Option(names = "--keep-duplicates", description = "Do not look for syndicated copies.")
  boolean keepDuplicates;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (sources.isEmpty() && manifest == null) {
      throw new ParameterException(spec.commandLine(), "Give at least one SOURCE, or --manifest.");
    }
    if (maxBytes <= 0 || timeoutSeconds <= 0) {
      throw new ParameterException(
          spec.commandLine(), "--max-size and --timeout must be positive.");
    }
    PrintWriter err = spec.commandLine().getErr();
    IngestOptions options =
        IngestOptions.builder()
            .manifest(manifest)
            .allowPrivateAddresses(allowPrivate)
            .maxBytes(maxBytes)
            .readTimeout(Duration.ofSeconds(timeoutSeconds))
            .build();
    CleaningSink sink = new CleaningSink(Cleaners.byFormat(), new Progress(err));
    Ingest.stream(sources, options, sink);
    List<Article> articles =
        keepDuplicates ? sink.articles : new NearDuplicates().mark(sink.articles);
    for (String warning : sink.warnings) {
      err.println("note: " + warning);
    }
    for (IngestProblem problem : sink.problems) {
      err.println("skipped " + problem);
    }
    err.println("extract: " + IngestResult.summarize(articles.size(), "article", sink.problems));
    err.flush();
    try {
      write(articles);
    } catch (IOException e) {
      err.println("extract: cannot write " + (output == null ? "the output" : output) + ": " + e);
      return 1;
    }
    return articles.isEmpty() ? 1 : 0;
  }

  private void write(List<Article> articles) throws IOException {
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      render(articles, out);
      out.flush();
      return;
    }
    Path parent = output.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (OutputStream stream = Files.newOutputStream(output);
        Writer writer = new OutputStreamWriter(stream, StandardCharsets.UTF_8)) {
      render(articles, writer);
    }
  }

  private void render(List<Article> articles, Writer out) throws IOException {
    ObjectMapper json = new ObjectMapper();
    switch (format) {
      case json -> {
        String doc =
            json.enable(SerializationFeature.INDENT_OUTPUT)
                .writeValueAsString(Map.of("articles", articles.stream().map(ArticleJson::of).toList()));
        out.write(doc);
        out.write(System.lineSeparator());
      }
      case jsonl -> {
        for (Article a : articles) {
          out.write(json.writeValueAsString(ArticleJson.of(a)));
          out.write("\n");
        }
      }
      case text -> out.write(ArticleText.of(articles));
    }
  }

  /** Cleans each document as it arrives, so that a large archive streams. */
  private static final class CleaningSink implements IngestSink {
    private final Cleaner cleaner;
    private final Progress progress;
    final List<Article> articles = new ArrayList<>();
    final List<IngestProblem> problems = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    CleaningSink(Cleaner cleaner, Progress progress) {
      this.cleaner = cleaner;
      this.progress = progress;
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
            new IngestProblem(
                document.location(), Reason.NO_ARTICLE, "the cleaner failed: " + e));
      }
      progress.tick(articles.size(), problems.size());
    }

    @Override
    public void problem(IngestProblem problem) {
      problems.add(problem);
      progress.tick(articles.size(), problems.size());
    }

    @Override
    public void warning(String source, String message) {
      warnings.add(source + ": " + message);
    }
  }

  /** Prints a progress line on stderr at most every few seconds, and only for long runs. */
  private static final class Progress {
    private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();
    private final PrintWriter err;
    private long last = System.nanoTime();

    Progress(PrintWriter err) {
      this.err = err;
    }

    void tick(int read, int failed) {
      long now = System.nanoTime();
      if (now - last >= INTERVAL_NANOS) {
        last = now;
        err.println("extract: " + read + " articles so far, " + failed + " skipped...");
        err.flush();
      }
    }
  }
}
