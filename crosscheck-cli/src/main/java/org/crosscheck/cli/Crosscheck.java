package org.crosscheck.cli;

import java.util.function.Supplier;
import org.crosscheck.Pipeline;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code crosscheck} command. Each job is a subcommand; {@code crosscheck help COMMAND} shows
 * its options.
 */
@Command(
    name = "crosscheck",
    mixinStandardHelpOptions = true,
    version = "crosscheck 0.1.0",
    description = {
      "Follow a news story across outlets: who said what, which figures from whom, what"
          + " happened, and where the outlets agree or differ.",
      ""
    },
    subcommands = {CommandLine.HelpCommand.class})
public final class Crosscheck implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** Builds the command line with every subcommand registered. */
  public static CommandLine commandLine() {
    return commandLine(Pipeline::load);
  }

  /** The command line, with the analysis pipeline given by {@code pipelines} (tests share one). */
  static CommandLine commandLine(Supplier<Pipeline> pipelines) {
    CommandLine cli = new CommandLine(new Crosscheck());
    // Subcommands are registered here, one line each.
    cli.addSubcommand(new AnalyzeCommand(pipelines));
    cli.addSubcommand(new ExtractCommand());
    cli.addSubcommand(new BenchCommand());
    cli.setExecutionExceptionHandler(Crosscheck::userError);
    return cli;
  }

  /**
   * A mistake of the user's (a folder that does not exist, a file that cannot be written) is
   * one clear line on standard error, never a stack trace. Anything else is a bug: its trace is
   * printed so it can be reported.
   */
  private static int userError(Exception e, CommandLine cli, CommandLine.ParseResult parsed) {
    if (e instanceof IllegalArgumentException
        || e instanceof java.io.IOException
        || e instanceof java.io.UncheckedIOException) {
      String message = e instanceof java.io.UncheckedIOException ? e.getCause().toString() : e.getMessage();
      cli.getErr().println("crosscheck: " + message);
      return 2;
    }
    cli.getErr().println("crosscheck: internal error (please report it):");
    e.printStackTrace(cli.getErr());
    return 70;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
