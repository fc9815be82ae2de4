package org.crosscheck.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import org.crosscheck.Pipeline;
import org.crosscheck.annotate.CoreNlpAnnotator;
import org.crosscheck.model.Article;

/**
 * Measures the analysis pipeline: model load time, then articles/s and tokens/s over a corpus
 * repeated to at least {@code minArticles} articles on one thread, and the peak heap.
 *
 * <p>Besides wall time it reports the analysing thread's CPU time: on a machine shared with
 * other jobs, articles per CPU-second is the honest one-core figure.
 *
 * <p>Targets (issue 2): at least 5 articles/s on one core, load at most 20 s, heap at most 3 GB.
 */
public final class PipelineBenchmark {

  /** What one run measured. */
  public record Result(
      double loadSeconds,
      int articles,
      long tokens,
      double seconds,
      double articlesPerSecond,
      double tokensPerSecond,
      long peakHeapBytes,
      double cpuSeconds,
      double articlesPerCpuSecond) {}

  private PipelineBenchmark() {}

  /**
   * Runs the benchmark over {@code corpus}, repeated until at least {@code minArticles} articles
   * are analysed, after one warm-up pass.
   */
  public static Result run(List<Article> corpus, int minArticles, PrintStream out) {
    if (corpus.isEmpty()) {
      throw new IllegalArgumentException("the benchmark corpus is empty");
    }
    resetPeaks();
    long t0 = System.nanoTime();
    Pipeline pipeline = Pipeline.withAnnotator(CoreNlpAnnotator.load());
    double load = (System.nanoTime() - t0) / 1e9;
    out.printf("model load: %.1f s%n", load);
    pipeline.analyze(corpus, p -> {});
    List<Article> batch = new ArrayList<>();
    while (batch.size() < minArticles) {
      for (Article a : corpus) {
        batch.add(a.withId(a.id() + "#" + batch.size()));
      }
    }
    long tokens = batch.stream().mapToLong(PipelineBenchmark::approximateTokens).sum();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long c1 = threads.getCurrentThreadCpuTime();
    long t1 = System.nanoTime();
    pipeline.analyze(batch, p -> {});
    double seconds = (System.nanoTime() - t1) / 1e9;
    double cpu = (threads.getCurrentThreadCpuTime() - c1) / 1e9;
    long peak = peakHeap();
    Result r = new Result(load, batch.size(), tokens, seconds, batch.size() / seconds,
        tokens / seconds, peak, cpu, batch.size() / cpu);
    out.printf("articles: %d in %.1f s = %.2f articles/s%n", r.articles(), seconds,
        r.articlesPerSecond());
    out.printf("cpu (analysing thread): %.1f s = %.2f articles/cpu-s, %.0f tokens/cpu-s%n", cpu,
        r.articlesPerCpuSecond(), tokens / cpu);
    out.printf("tokens: %d = %.0f tokens/s%n", tokens, r.tokensPerSecond());
    out.printf("peak heap: %.2f GB (max heap %.2f GB)%n", peak / 1e9,
        Runtime.getRuntime().maxMemory() / 1e9);
    return r;
  }

  /** Whitespace-and-punctuation token count; close to CoreNLP's for English news. */
  static long approximateTokens(Article a) {
    return a.text().split("\\s+|(?=[.,;:!?“”\"’'()])").length;
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
