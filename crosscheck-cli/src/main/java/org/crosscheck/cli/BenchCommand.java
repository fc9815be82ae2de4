package org.crosscheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.crosscheck.Corpus;
import org.crosscheck.bench.PipelineBenchmark;
import org.crosscheck.ingest.IngestOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code crosscheck bench}: benchmarks that print their figures. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Benchmarks that print their figures. Run one at a time on a quiet machine: the speed"
          + " figures are for one thread.",
      ""
    },
    subcommands = {BenchCommand.PipelineBench.class})
final class BenchCommand implements Runnable {
  @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Default location of the data beside the repository. */
  static Path shared(String relative) {
    String home = System.getProperty("crosscheck.home");
    Path repo = home != null ? Path.of(home) : Path.of(".");
    return repo.resolve("..").resolve("shared").resolve(relative).normalize();
  }

  static Path existing(Path dir, String what) {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(what + " not found at " + dir
          + " (give its folder with --data)");
    }
    return dir;
  }

  @Command(
      name = "pipeline",
      mixinStandardHelpOptions = true,
      description = {
        "Speed of the whole analysis on one thread: model load time, articles/s and tokens/s"
            + " after load, and peak heap, over a corpus repeated to at least --articles"
            + " articles. Targets: >= 5 articles/s, load <= 20 s, heap <= 3 GB."
      })
  static final class PipelineBench implements Callable<Integer> {
    @Option(names = "--data", paramLabel = "DIR", description = "Corpus folder (default:"
        + " ../shared/corpus/seeds).")
    Path data = shared("corpus/seeds");

    @Option(names = "--articles", paramLabel = "N", description = "At least this many articles"
        + " (default: ${DEFAULT-VALUE}).")
    int articles = 200;

    @Override
    public Integer call() {
      Corpus corpus = Corpus.read(List.of(existing(data, "corpus").toString()),
          IngestOptions.defaults(), (read, failed) -> {});
      System.out.println("corpus: " + corpus.summary());
      PipelineBenchmark.run(corpus.articles(), articles, System.out);
      return 0;
    }
  }
}
