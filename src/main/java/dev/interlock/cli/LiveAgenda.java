package dev.interlock.cli;

import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.JiraException;
import dev.interlock.jira.Pacing;
import dev.interlock.source.LivePull;
import dev.interlock.source.LiveSource;
import dev.interlock.source.SourceException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The agenda's live source: pulls into a temporary folder (removed afterwards), with progress on a
 * terminal. Jira unreachable or refusing the credentials ends with exit code 4.
 */
final class LiveAgenda {
  private LiveAgenda() {}

  static LivePull pull(
      InterlockConfig cfg,
      Map<String, String> env,
      Pacing pacing,
      Clock clock,
      CommandSpec spec,
      boolean verbose) {
    PrintWriter err = spec.commandLine().getErr();
    LiveJira jira = LiveJira.connect(cfg, env, pacing, SyncCommand.requestLog(err, verbose));
    Path dir = tempDir();
    try {
      return new LiveSource(
              jira.pull(ConsoleProgress.forTerminal(err)), jira.teams, dir, jira.site(), clock)
          .pull();
    } catch (JiraException e) {
      throw new UserError(ExitCodes.JIRA_UNREACHABLE, e.getMessage(), e);
    } catch (SourceException e) {
      throw new UserError(ExitCodes.INTERNAL, e.getMessage(), e);
    } finally {
      jira.http.shutdown();
      delete(dir);
    }
  }

  private static Path tempDir() {
    try {
      return Files.createTempDirectory("interlock-pull-");
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.INTERNAL, "cannot create a temporary folder: " + e.getMessage(), e);
    }
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      // A leftover temporary folder is harmless; the agenda matters more.
    }
  }
}
