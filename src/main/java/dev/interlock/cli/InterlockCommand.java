package dev.interlock.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root command: {@code interlock <subcommand>}. */
@Command(
    name = "interlock",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Prepares a Scrum of Scrums from Jira: pulls the teams' issues and links, builds the"
          + " cross-team dependency graph, ranks the riskiest items and writes the meeting's"
          + " agenda: action items, escalations, a minute plan, and one line per team by the four"
          + " ambassador questions.",
      ""
    },
    subcommands = {
      AgendaCommand.class,
      BacktestCommand.class,
      SyncCommand.class,
      NightlyCommand.class,
      PublishCommand.class,
      DoctorCommand.class,
      GenerateSampleCommand.class,
      HelpCommand.class
    })
final class InterlockCommand implements Runnable {
  static final Map<String, String> EXIT_CODES = exitCodes();

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The configured command line: error handler and exit codes in every command's help. */
  static CommandLine commandLine() {
    CommandLine cmd = new CommandLine(new InterlockCommand());
    cmd.setExecutionExceptionHandler(new ErrorHandler());
    withExitCodes(cmd);
    return cmd;
  }

  private static void withExitCodes(CommandLine cmd) {
    cmd.getCommandSpec()
        .usageMessage()
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(EXIT_CODES);
    cmd.getSubcommands().values().forEach(InterlockCommand::withExitCodes);
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "ok");
    codes.put("1", "internal error (a bug: rerun with --verbose and report it)");
    codes.put("2", "usage error (unknown option, bad --as-of)");
    codes.put("3", "invalid configuration or snapshot (the message names file, line and key)");
    codes.put("4", "Jira unreachable or authentication failed");
    codes.put("5", "partial: some team or some publish failed; the agenda says what is missing");
    codes.put("6", "another Interlock run holds the lock beside the state database; nothing done");
    return codes;
  }
}
