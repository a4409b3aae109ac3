package dev.interlock.cli;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaItem;
import dev.interlock.agenda.FindingItem;
import dev.interlock.agenda.QuestionAnswer;
import dev.interlock.agenda.RiskItem;
import dev.interlock.agenda.Summary;
import dev.interlock.agenda.TeamSection;
import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.Pacing;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Version;
import dev.interlock.source.OfflineSource;
import dev.interlock.state.Digests;
import dev.interlock.state.RunLock;
import dev.interlock.state.RunRecord;
import dev.interlock.state.StateException;
import dev.interlock.state.StateStore;
import dev.interlock.sync.PullRecord;
import dev.interlock.sync.SnapshotSync;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interlock nightly}: the job cron runs. */
@Command(
    name = "nightly",
    mixinStandardHelpOptions = true,
    description = {
      "The job to run from cron: takes the run lock beside the state database, pulls (only the"
          + " issues changed since the last pull, all of them on the first night, with --full, or"
          + " when the configuration reads a snapshot folder: that folder), writes the agenda into"
          + " output.dir, posts the comments when publish.enabled (as `publish --apply`; with"
          + " --dry-run only the plan), and records the run in the state database (state.path).",
      "The pull goes into a new folder beside sync.dir and replaces the snapshot there only when"
          + " complete; every sync.fullEvery it also sweeps each team's keys to drop deleted"
          + " issues and issues that left the teams. `agenda --source DIR` rereads the snapshot"
          + " without a network.",
      "Prints one line when it succeeds; errors go to stderr. A second run while one holds the"
          + " lock ends at once with exit code 6 and changes nothing.",
      ""
    })
final class NightlyCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  @Option(
      names = "--dry-run",
      description =
          "Pull and write the agenda (and the publish plan), but write nothing to Jira and record"
              + " nothing in the state database.")
  boolean dryRun;

  @Option(
      names = "--full",
      description = "Pull every issue again instead of only the changed ones.")
  boolean full;

  @Option(
      names = "--as-of",
      paramLabel = "TIMESTAMP",
      converter = AsOfConverter.class,
      description =
          "The moment the agenda describes: a date (its start in UTC) or an ISO-8601 timestamp."
              + " Default: now.")
  @Nullable Instant asOf;

  Clock clock = Clock.systemUTC();

  Map<String, String> env = System.getenv();

  Pacing pacing = Pacing.REAL;

  @Override
  public Integer call() {
    long started = System.nanoTime();
    InterlockConfig cfg = config.load(env);
    Instant startedAt = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Path database = cfg.state().path();
    try (RunLock lock = StateFiles.take(database, startedAt)) {
      return run(cfg, startedAt, started);
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.INTERNAL, "cannot release the run lock beside " + database + ": " + e, e);
    }
  }

  private int run(InterlockConfig cfg, Instant startedAt, long started) {
    StateStore store = dryRun ? null : StateFiles.open(cfg.state().path());
    // What earlier runs remember, read once: a dry run reads the store when it exists, writes none.
    StateStore known = store != null ? store : StateFiles.openExisting(cfg.state().path());
    Instant at = (asOf != null ? asOf : startedAt).truncatedTo(ChronoUnit.SECONDS);
    Pulled pulled;
    try {
      pulled = pull(cfg);
    } catch (UserError e) {
      if (store != null) {
        record(store, failedRun(cfg, startedAt, at, e.exitCode()));
      }
      throw e;
    }
    Agenda agenda =
        new AgendaJob(cfg)
            .run(pulled.snapshot, at, pulled.warnings, new EarlierMeetings(known))
            .withData(pulled.data);
    Path outDir = cfg.output().dir();
    AgendaCommand.write(agenda, outDir);
    int exit = pulled.partial ? ExitCodes.PARTIAL : ExitCodes.OK;
    Published published;
    try {
      published = publish(cfg, agenda, pulled.snapshot, store, known, outDir, startedAt);
    } catch (UserError e) {
      // The agenda is written; the run is recorded with the exit code publishing ended on.
      if (store != null) {
        long id = record(store, runRecord(cfg, startedAt, at, pulled, agenda, e.exitCode()));
        recordMeeting(cfg, store, agenda, id);
      }
      throw e;
    }
    if (published.failed() > 0) {
      exit = ExitCodes.PARTIAL;
    }
    String recorded = "nothing recorded (--dry-run)";
    if (store != null) {
      long id = record(store, runRecord(cfg, startedAt, at, pulled, agenda, exit));
      recorded = "run " + id + " recorded in " + store.file();
      recordMeeting(cfg, store, agenda, id);
    }
    PrintWriter out = spec.commandLine().getOut();
    Summary s = agenda.summary();
    out.printf(
        Locale.ROOT,
        "nightly: %s; agenda as of %s with %d items (%d issues, %d cycles%s) written to %s;%s %s;"
            + " %.1f s%n",
        pulled.what,
        at,
        s.items(),
        s.issues(),
        s.cycles(),
        agenda.warnings().isEmpty()
            ? ""
            : ", " + agenda.warnings().size() + " warnings in the agenda",
        outDir,
        published.words(),
        recorded,
        (System.nanoTime() - started) / 1e9);
    out.flush();
    if (pulled.partial) {
      PrintWriter err = spec.commandLine().getErr();
      pulled.warnings.forEach(w -> err.println("interlock: " + w));
      err.flush();
    }
    return exit;
  }

  /** The summary line's words on publishing, and how many issues failed. */
  private record Published(String words, int failed) {}

  /**
   * Step 4: with {@code publish.enabled}, plans the comments and (unless --dry-run) writes them;
   * returns the words for the summary line (empty when publishing is off).
   */
  private Published publish(
      InterlockConfig cfg,
      Agenda agenda,
      Snapshot snapshot,
      @Nullable StateStore store,
      @Nullable StateStore known,
      Path outDir,
      Instant now) {
    if (!cfg.publish().enabled()) {
      return new Published("", 0);
    }
    // A dry run plans against what the store remembers, when there is one, and records nothing.
    var plan = PublishCommand.plan(cfg, agenda, snapshot, known);
    Path written = PublishCommand.writePlan(plan, outDir);
    if (store == null) {
      return new Published(
          " publish plan written (--dry-run, nothing sent): " + plan.counts() + ";", 0);
    }
    PrintWriter err = spec.commandLine().getErr();
    PublishCommand.Applied a =
        PublishCommand.apply(
            cfg, plan, store, written, now, null, env, pacing, err, verbose.verbose);
    a.outcome().failures().forEach(f -> err.println("interlock: not published: " + f));
    err.flush();
    return new Published(" published " + a.summary(plan) + ";", a.outcome().failures().size());
  }

  /** The snapshot and what the night's pull did. */
  private record Pulled(
      Snapshot snapshot,
      List<String> warnings,
      boolean partial,
      String what,
      String source,
      String mode,
      int requests,
      List<RunRecord.TeamOutcome> teams,
      @Nullable String data) {}

  private Pulled pull(InterlockConfig cfg) {
    Path offline = cfg.source().offline();
    if (offline != null) {
      OfflineSource source = new OfflineSource(offline);
      Snapshot snapshot = AgendaCommand.readSnapshot(source);
      List<RunRecord.TeamOutcome> teams =
          cfg.teams().stream()
              .map(t -> new RunRecord.TeamOutcome(t.name(), "offline", null, null))
              .toList();
      return new Pulled(
          snapshot,
          source.pullRecord().map(PullRecord::warnings).orElse(List.of()),
          false,
          "read the snapshot "
              + offline
              + " ("
              + snapshot.issues().size()
              + " issues; source.offline is set, so no network)",
          offline.toString(),
          "offline",
          0,
          teams,
          source.pullRecord().map(PullRecord::headerNote).orElse(null));
    }
    PrintWriter err = spec.commandLine().getErr();
    LiveJira jira =
        LiveJira.connect(cfg, env, pacing, SyncCommand.requestLog(err, verbose.verbose));
    Path dir = cfg.sync().dir();
    SnapshotSync.Result result = jira.syncInto(dir, full, cfg.sync(), err, clock);
    PullRecord r = result.record();
    OfflineSource source = new OfflineSource(dir);
    Snapshot snapshot = AgendaCommand.readSnapshot(source);
    List<String> warnings = new ArrayList<>();
    source.pullRecord().ifPresent(p -> warnings.addAll(p.warnings()));
    if (result.kept()) {
      result.report().failures().forEach(f -> warnings.add(f.describe()));
      warnings.add(
          "the pull was incomplete, so the snapshot in "
              + dir
              + source.pullRecord().map(p -> " " + p.describe()).orElse("")
              + " was kept as it was: the agenda shows every team as of that pull");
    }
    if (!r.invisible().isEmpty()) {
      warnings.add(dev.interlock.source.LivePull.invisibleWarning(r.invisible()));
    }
    List<RunRecord.TeamOutcome> teams =
        r.teams().stream()
            .map(t -> new RunRecord.TeamOutcome(t.team(), t.outcome(), t.issues(), t.reason()))
            .toList();
    String what =
        String.format(
            Locale.ROOT,
            "%s pull of %s (%d issues fetched, %d kept, %d removed%s; %d requests)%s",
            r.mode(),
            jira.site(),
            r.counts().fetched(),
            r.counts().kept(),
            r.counts().removed(),
            r.swept() ? ", swept" : "",
            r.requests(),
            result.kept() ? ", incomplete: the previous snapshot was kept" : "");
    return new Pulled(
        snapshot,
        warnings,
        result.isPartial(),
        what,
        jira.site(),
        r.mode(),
        r.requests(),
        teams,
        source.pullRecord().map(PullRecord::headerNote).orElse(null));
  }

  /** Records what the agenda held against its meeting, replacing an earlier run's for it. */
  private void recordMeeting(InterlockConfig cfg, StateStore store, Agenda agenda, long runId) {
    dev.interlock.state.MeetingRecord meeting =
        MeetingMemories.record(cfg, agenda, clock.instant().truncatedTo(ChronoUnit.SECONDS), runId);
    if (meeting == null) {
      return;
    }
    try {
      store.recordMeeting(meeting);
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  private static long record(StateStore store, RunRecord run) {
    try {
      return store.record(run);
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  private RunRecord failedRun(InterlockConfig cfg, Instant startedAt, Instant at, int exit) {
    return new RunRecord(
        0,
        startedAt,
        clock.instant().truncatedTo(ChronoUnit.SECONDS),
        at,
        null,
        configDigest(cfg),
        cfg.source().offline() != null
            ? cfg.source().offline().toString()
            : String.valueOf(cfg.jira() == null ? "" : cfg.jira().url()),
        full ? PullRecord.FULL : "failed",
        0,
        new RunRecord.Counts(0, cfg.teams().size(), 0, 0, 0, 0),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        exit,
        VersionProvider.version());
  }

  private RunRecord runRecord(
      InterlockConfig cfg, Instant startedAt, Instant at, Pulled pulled, Agenda agenda, int exit) {
    Summary s = agenda.summary();
    return new RunRecord(
        0,
        startedAt,
        clock.instant().truncatedTo(ChronoUnit.SECONDS),
        at,
        cfg.meeting().schedule() == null ? null : cfg.meeting().schedule().next(at).toInstant(),
        configDigest(cfg),
        pulled.source,
        pulled.mode,
        pulled.requests,
        new RunRecord.Counts(
            s.issues(),
            s.teams(),
            s.dependencies(),
            s.crossTeamDependencies(),
            s.cycles(),
            s.items()),
        pulled.teams,
        items(agenda, pulled.snapshot),
        findings(agenda),
        versions(pulled.snapshot),
        exit,
        VersionProvider.version());
  }

  static List<RunRecord.Item> items(Agenda agenda, Snapshot snapshot) {
    Map<dev.interlock.model.IssueKey, Issue> byKey = snapshot.byKey();
    List<RunRecord.Item> items = new ArrayList<>();
    for (RiskItem r : agenda.riskiest()) {
      items.add(
          new RunRecord.Item(
              "riskiest",
              r.rank(),
              idOf(byKey, r.issue().key()),
              r.issue().key(),
              r.score(),
              Digests.sha256(String.join("\n", r.reasons()))));
    }
    for (TeamSection t : agenda.teamSections()) {
      for (QuestionAnswer a : t.answers()) {
        int position = 0;
        for (AgendaItem i : a.items()) {
          items.add(
              new RunRecord.Item(
                  t.team() + "/" + a.question().name(),
                  ++position,
                  idOf(byKey, i.issue().key()),
                  i.issue().key(),
                  null,
                  Digests.sha256(i.reason())));
        }
      }
    }
    return items;
  }

  private static @Nullable String idOf(Map<dev.interlock.model.IssueKey, Issue> byKey, String key) {
    try {
      Issue issue = byKey.get(dev.interlock.model.IssueKey.parse(key));
      return issue == null ? null : issue.id();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  static List<RunRecord.FindingRecord> findings(Agenda agenda) {
    List<RunRecord.FindingRecord> findings = new ArrayList<>();
    for (FindingItem f : agenda.analysis().findings()) {
      findings.add(
          new RunRecord.FindingRecord(
              f.kind(), f.severity(), f.issues(), f.teams(), Digests.sha256(f.reason())));
    }
    return findings;
  }

  /** Every fix version on the snapshot's issues, once per project and state. */
  static List<RunRecord.SeenVersion> versions(Snapshot snapshot) {
    Set<RunRecord.SeenVersion> seen = new LinkedHashSet<>();
    for (Issue issue : snapshot.issues()) {
      for (Version v : issue.fixVersions()) {
        seen.add(
            new RunRecord.SeenVersion(
                issue.key().project(), v.id(), v.name(), v.releaseDate(), v.released()));
      }
    }
    return List.copyOf(seen);
  }

  private static String configDigest(InterlockConfig cfg) {
    try {
      return Digests.sha256(Files.readAllBytes(cfg.file()));
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG, "cannot read " + cfg.file() + " again: " + e.getMessage(), e);
    }
  }
}
