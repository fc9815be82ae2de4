package org.crosscheck.cli;

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
    CommandLine cli = new CommandLine(new Crosscheck());
    // Subcommands are registered here, one line each.
    cli.addSubcommand(new ExtractCommand());
    return cli;
  }

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }
}
