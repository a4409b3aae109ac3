package dev.interlock.cli;

import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.Pacing;
import dev.interlock.source.LivePull;
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
      return jira.pullInto(dir, err, clock);
    } finally {
      delete(dir, err);
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

  /** A leftover temporary folder does not fail the agenda, but it is said. */
  private static void delete(Path dir, PrintWriter err) {
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      err.println("warning: could not remove the temporary folder " + dir + ": " + e);
    }
  }
}
