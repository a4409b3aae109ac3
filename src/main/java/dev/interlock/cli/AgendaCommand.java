package dev.interlock.cli;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.Summary;
import dev.interlock.config.InterlockConfig;
import dev.interlock.jira.Pacing;
import dev.interlock.model.Snapshot;
import dev.interlock.report.ReportWriteException;
import dev.interlock.report.ReportWriter;
import dev.interlock.source.LivePull;
import dev.interlock.source.OfflineSource;
import dev.interlock.source.SourceException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interlock agenda}: the main job. */
@Command(
    name = "agenda",
    mixinStandardHelpOptions = true,
    description = {
      "Reads the teams' issues, builds the cross-team dependency graph, ranks the riskiest items"
          + " and writes agenda.md, agenda.html, agenda.json, graph.dot and mermaid.md. With more"
          + " teams than analysis.maxTeamsPerMeeting, each meeting group gets the same files under"
          + " groups/<group>/, and the main files are the meeting above the groups.",
      "Prints a short summary: issues read, teams, dependencies, cycles, agenda items, and"
          + " anything skipped and why.",
      "The agenda fits meeting.timeboxMinutes: a minute plan, the riskiest items, one line per"
          + " team, what gets no minutes under \"Also on the radar\", and the parking lot.",
      "Action items (meeting.actionItems.jql) are always listed. With meeting.schedule the agenda"
          + " also remembers earlier meetings (escalations, what is new, what was resolved): from"
          + " the meetings `nightly` recorded in state.path, which agenda only reads, or else"
          + " recomputed from the snapshot's history; it says which.",
      ""
    })
final class AgendaCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description =
          "Read this snapshot folder instead of source.offline; without either, pull from Jira.")
  @Nullable Path source;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write the agenda here instead of output.dir.")
  @Nullable Path out;

  @Option(
      names = "--as-of",
      paramLabel = "TIMESTAMP",
      converter = AsOfConverter.class,
      description =
          "The moment the agenda describes: a date (2014-09-01, its start in UTC) or an ISO-8601"
              + " timestamp. Default: now. On a snapshot without changelogs a moment before its"
              + " newest change is refused (exit code 3).")
  @Nullable Instant asOf;

  /** The one place the time is read: the default {@code --as-of} and the live pull's clock. */
  Clock clock = Clock.systemUTC();

  /** The environment for ${VAR} interpolation; tests replace it. */
  Map<String, String> env = System.getenv();

  /** Waits between retries of a live pull; tests replace it. */
  Pacing pacing = Pacing.REAL;

  @Override
  public Integer call() {
    InterlockConfig cfg = config.load(env);
    // The agenda speaks of seconds: an as-of with nanoseconds would print them in every header.
    Instant at = (asOf != null ? asOf : clock.instant()).truncatedTo(ChronoUnit.SECONDS);
    Path snapshotDir = source != null ? source : cfg.source().offline();
    if (snapshotDir == null) {
      LivePull live = LiveAgenda.pull(cfg, env, pacing, clock, spec, verbose.verbose);
      Agenda agenda =
          new AgendaJob(cfg).run(live.snapshot(), at, live.warnings(), earlierMeetings(cfg));
      List<Path> written = write(agenda, out != null ? out : cfg.output().dir());
      printSummary(agenda, live.snapshot().source(), written);
      spec.commandLine().getOut().println(live.report().summary());
      spec.commandLine().getOut().flush();
      return live.isPartial() ? ExitCodes.PARTIAL : ExitCodes.OK;
    }
    OfflineSource offline = new OfflineSource(snapshotDir);
    Snapshot snapshot = readSnapshot(offline);
    // A saved pull in which a team failed says so on the agenda.
    List<String> pullWarnings =
        offline.pullRecord().map(dev.interlock.sync.PullRecord::warnings).orElse(List.of());
    Agenda agenda =
        new AgendaJob(cfg)
            .run(snapshot, at, pullWarnings, earlierMeetings(cfg))
            .withData(
                offline.pullRecord().map(dev.interlock.sync.PullRecord::headerNote).orElse(null));
    List<Path> written = write(agenda, out != null ? out : cfg.output().dir());
    printSummary(agenda, "offline snapshot " + snapshotDir, written);
    return ExitCodes.OK;
  }

  /**
   * The state store's memory of earlier meetings when {@code state.path} exists; the agenda only
   * reads it (the nightly run records meetings), else earlier meetings are recomputed.
   */
  static EarlierMeetings earlierMeetings(InterlockConfig cfg) {
    // Without a schedule no meeting is remembered, so the store is not even opened.
    return cfg.meeting().schedule() == null
        ? EarlierMeetings.NONE
        : new EarlierMeetings(StateFiles.openExisting(cfg.state().path()));
  }

  /** Reads the snapshot; an unreadable one ends with exit code 3 naming the file. */
  static Snapshot readSnapshot(OfflineSource source) {
    try {
      return source.load();
    } catch (SourceException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  /** Writes the agenda files; an unusable output folder ends with exit code 3. */
  static List<Path> write(Agenda agenda, Path dir) {
    try {
      return new ReportWriter().write(agenda, dir);
    } catch (ReportWriteException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  private void printSummary(Agenda agenda, String origin, List<Path> written) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Summary s = agenda.summary();
    out.printf("%s as of %s from %s%n", agenda.meeting().name(), agenda.meeting().asOf(), origin);
    out.printf(
        "issues %d, teams %d, dependencies %d (cross-team %d), cycles %d, agenda items %d%n",
        s.issues(), s.teams(), s.dependencies(), s.crossTeamDependencies(), s.cycles(), s.items());
    if (s.skipped().isEmpty()) {
      out.println("skipped: nothing");
    } else {
      out.println(
          "skipped: "
              + s.skipped().entrySet().stream()
                  .map(e -> e.getKey() + ": " + e.getValue())
                  .collect(Collectors.joining("; ")));
    }
    out.println("wrote " + written.stream().map(Path::toString).collect(Collectors.joining(", ")));
    agenda.warnings().forEach(w -> err.println("warning: " + w));
    out.flush();
    err.flush();
  }
}
