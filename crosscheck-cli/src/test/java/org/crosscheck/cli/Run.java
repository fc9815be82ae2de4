package org.crosscheck.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.crosscheck.Pipeline;
import picocli.CommandLine;

/** Runs the command line in-process and captures what it prints. */
final class Run {
  /** One pipeline for the whole test JVM: models load once. */
  private static final class Shared {
    static final Pipeline PIPELINE = Pipeline.load();
  }

  final int exit;
  final String out;
  final String err;

  private Run(int exit, String out, String err) {
    this.exit = exit;
    this.out = out;
    this.err = err;
  }

  static Run crosscheck(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Crosscheck.commandLine(() -> Shared.PIPELINE);
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  static String sharedDir() {
    String prop = System.getProperty("crosscheck.shared");
    return prop != null ? prop : "../../shared";
  }
}
