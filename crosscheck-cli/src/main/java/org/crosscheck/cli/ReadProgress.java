package org.crosscheck.cli;

import java.io.PrintWriter;
import java.time.Duration;

/**
 * Progress of a long read on standard error: a line at most every few seconds, so short runs stay
 * quiet and long ones show they are alive.
 */
final class ReadProgress {
  private static final long INTERVAL_NANOS = Duration.ofSeconds(3).toNanos();
  private final String command;
  private final PrintWriter err;
  private long last = System.nanoTime();

  ReadProgress(String command, PrintWriter err) {
    this.command = command;
    this.err = err;
  }

  /** Called after each document; prints when enough time has passed. */
  void tick(int read, int failed) {
    long now = System.nanoTime();
    if (now - last >= INTERVAL_NANOS) {
      last = now;
      err.println(command + ": " + read + " articles so far, " + failed + " skipped...");
      err.flush();
    }
  }
}
