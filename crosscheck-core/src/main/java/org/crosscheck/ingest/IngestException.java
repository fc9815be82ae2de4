package org.crosscheck.ingest;

import org.crosscheck.ingest.IngestProblem.Reason;

/** Internal signal that one document failed; becomes an {@link IngestProblem} at the boundary. */
final class IngestException extends Exception {
  private final Reason reason;

  IngestException(Reason reason, String message) {
    super(message, null, false, false);
    this.reason = reason;
  }

  Reason reason() {
    return reason;
  }

  IngestProblem toProblem(String source) {
    return new IngestProblem(source, reason, getMessage());
  }
}
