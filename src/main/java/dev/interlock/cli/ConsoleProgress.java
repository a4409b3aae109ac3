package dev.interlock.cli;

import dev.interlock.jira.PullProgress;
import java.io.PrintWriter;

/**
 * Progress of a long pull on a terminal: one line rewritten in place ({@code \r}). Under cron
 * ({@link System#console()} is null) nothing is shown but the summary at the end.
 */
final class ConsoleProgress implements PullProgress {
  private final PrintWriter err;

  private ConsoleProgress(PrintWriter err) {
    this.err = err;
  }

  /** A terminal's progress, or {@link PullProgress#NONE} when there is no terminal. */
  static PullProgress forTerminal(PrintWriter err) {
    return System.console() != null ? new ConsoleProgress(err) : PullProgress.NONE;
  }

  @Override
  public synchronized void issues(String team, int total) {
    err.print("\rpulled " + total + " issues (last page: " + team + ")   ");
    err.flush();
  }

  @Override
  public synchronized void phase(String name) {
    err.print("\r" + name + "…" + " ".repeat(40) + "\n");
    err.flush();
  }
}
