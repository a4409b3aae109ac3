package dev.interlock.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints one clear line for a failure, the stack trace only with {@code --verbose}, and ends with
 * the exit code the failure carries (internal error for anything unexpected).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    boolean verbose = parsed.hasMatchedOption("--verbose");
    if (e instanceof UserError user) {
      err.println("interlock: " + user.getMessage());
      if (verbose && user.getCause() != null) {
        user.getCause().printStackTrace(err);
      }
      err.flush();
      return user.exitCode();
    }
    err.println("interlock: internal error: " + e);
    err.println(
        "This is a bug in Interlock; please report it with the command you ran"
            + (verbose ? "." : " and the output of the same command with --verbose."));
    if (verbose) {
      e.printStackTrace(err);
    }
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
