package dev.interlock.cli;

import picocli.CommandLine.Option;

/** Options every subcommand shares. */
final class VerboseOption {
  @Option(
      names = {"-v", "--verbose"},
      description = "Print stack traces with errors.")
  boolean verbose;
}
