package org.crosscheck.ingest;

import org.crosscheck.model.SourceDocument;

/**
 * Receives what a streaming read finds, in input order, as soon as it is found; lets a caller
 * process a large web archive without holding all of it in memory.
 *
 * <p>Calls come from the reading thread, one at a time.
 *
 * @since 0.1
 */
public interface IngestSink {

  /** One document, read and decoded. */
  void document(SourceDocument document);

  /** A document or source that could not be read; the run goes on. */
  void problem(IngestProblem problem);

  /** Something the user should know that did not stop the read (a guessed charset). */
  default void warning(String source, String message) {}
}
