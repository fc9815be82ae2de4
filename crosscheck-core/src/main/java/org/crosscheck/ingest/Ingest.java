package org.crosscheck.ingest;

import java.util.List;
import java.util.Objects;

/**
 * The entry point of stage 1: reads articles from files, folders, gzip files, RSS and Atom feeds,
 * WARC archives, JSON Lines, standard input ({@code -}) and http(s) URLs into {@link
 * org.crosscheck.model.SourceDocument}s, with the metadata known from outside (a manifest, the
 * feed, the archive) as hints.
 *
 * <pre>{@code
 * IngestResult result = Ingest.read(List.of("articles/", "https://example.com/news/1"),
 *     IngestOptions.defaults());
 * result.documents().forEach(doc -> ...);
 * System.err.println(result.summary());
 * }</pre>
 *
 * <p>Bad input never throws: each document that cannot be read becomes an {@link IngestProblem}
 * naming its source, and the run goes on. For archives too large for memory, {@link #stream} hands
 * each document to a sink as soon as it is read. Each call is independent; calls may run on
 * different threads at once.
 *
 * @since 0.1
 */
public final class Ingest {
  private Ingest() {}

  /** Reads every input and collects documents, problems and warnings. */
  public static IngestResult read(List<String> inputs, IngestOptions options) {
    IngestResult.Collector collector = new IngestResult.Collector();
    stream(inputs, options, collector);
    return collector.result();
  }

  /** Reads every input, handing documents, problems and warnings to {@code sink} in order. */
  public static void stream(List<String> inputs, IngestOptions options, IngestSink sink) {
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(sink, "sink");
    DocumentReader reader = new DocumentReader(options, sink, new Ids());
    new InputWalker(options, reader).walk(inputs);
  }
}
