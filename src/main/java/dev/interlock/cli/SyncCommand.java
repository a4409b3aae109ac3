package dev.interlock.cli;

import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.Pacing;
import dev.interlock.jira.RequestLog;
import dev.interlock.source.LivePull;
import dev.interlock.sync.SnapshotSync;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interlock sync}: pulls from Jira and saves a snapshot folder in the offline format. */
@Command(
    name = "sync",
    mixinStandardHelpOptions = true,
    description = {
      "Pulls the teams' issues, their full changelogs and the linked issues outside the teams from"
          + " Jira, and saves Jira's answers in DIR as a snapshot that `agenda --source DIR`"
          + " replays offline, with pull.json saying when and how it was taken. No credentials are"
          + " written.",
      "The pull goes into a new folder beside DIR, which replaces DIR only when the pull is"
          + " complete: a failed, partial (a team failed) or interrupted pull leaves the earlier"
          + " snapshot as it was.",
      "Prints issues, requests made, retries and time.",
      ""
    })
final class SyncCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "DIR",
      description = "The snapshot folder; an earlier snapshot there is replaced as a whole.")
  Path out;

  /** Waits between retries; tests replace it. */
  Pacing pacing = Pacing.REAL;

  /** The environment for credentials; tests replace it. */
  Map<String, String> env = System.getenv();

  Clock clock = Clock.systemUTC();

  @Override
  public Integer call() {
    InterlockConfig cfg = config.load(env);
    PrintWriter err = spec.commandLine().getErr();
    LiveJira jira = LiveJira.connect(cfg, env, pacing, requestLog(err, verbose.verbose));
    SnapshotSync.Result result = jira.syncInto(out, true, cfg.sync(), err, clock);
    return report(result, jira.site());
  }

  private int report(SnapshotSync.Result result, String site) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    out.println(
        "pulled "
            + site
            + " as "
            + result.report().identity()
            + (result.kept() ? " (incomplete, not saved)" : " into " + this.out)
            + " ("
            + (result.record().counts().issues() + result.record().counts().outside())
            + (result.kept() ? " issues)" : " issues in the snapshot)"));
    out.println(result.report().summary());
    LivePull.warnings(result.report()).forEach(w -> err.println("warning: " + w));
    if (result.kept()) {
      err.println(
          "warning: the pull was incomplete, so the earlier snapshot in "
              + this.out
              + " was kept as it was; run sync again when Jira answers for every team");
    }
    out.flush();
    err.flush();
    return result.isPartial() ? ExitCodes.PARTIAL : ExitCodes.OK;
  }

  /** With --verbose, every request (credentials redacted) on stderr. */
  static RequestLog requestLog(PrintWriter err, boolean verbose) {
    if (!verbose) {
      return RequestLog.NONE;
    }
    return line -> {
      synchronized (err) {
        err.println(line);
        err.flush();
      }
    };
  }
}
