package dev.interlock.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.IssueRef;
import dev.interlock.config.InterlockConfig;
import dev.interlock.config.PublishSettings;
import dev.interlock.jira.JiraComments;
import dev.interlock.jira.JiraException;
import dev.interlock.jira.Pacing;
import dev.interlock.model.Snapshot;
import dev.interlock.publish.CommentBodies;
import dev.interlock.publish.PlannedComment;
import dev.interlock.publish.PublishPlan;
import dev.interlock.publish.Publisher;
import dev.interlock.source.OfflineSource;
import dev.interlock.state.RunLock;
import dev.interlock.state.StateException;
import dev.interlock.state.StateStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code interlock publish}: the agenda, told to each issue's owners as one comment in Jira. */
@Command(
    name = "publish",
    mixinStandardHelpOptions = true,
    description = {
      "Plans the Jira comments that tell each issue's owners what the Scrum of Scrums will hear"
          + " about it: one Interlock comment per issue on the agenda (and on both sides of each"
          + " cross-team finding), edited in place, written only when its content changed.",
      "Without --apply this is a dry run: it writes publish/plan.json and publish/KEY.txt (each"
          + " body) into the output folder, prints the counts and sends nothing to Jira. With"
          + " --apply it performs the plan, looking for its own comment before it creates one, and"
          + " remembers each comment in the state database.",
      ""
    })
final class PublishCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Mixin VerboseOption verbose;

  @Mixin ConfigOption config;

  @Option(
      names = "--source",
      paramLabel = "DIR",
      description = "The snapshot folder; default source.offline, else sync.dir.")
  @Nullable Path source;

  @Option(
      names = "--as-of",
      paramLabel = "TIMESTAMP",
      converter = AsOfConverter.class,
      description = "The moment the agenda describes (date or ISO-8601). Default: now.")
  @Nullable Instant asOf;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Write publish/plan.json and the bodies here instead of output.dir.")
  @Nullable Path out;

  @Option(names = "--apply", description = "Write the planned comments to Jira.")
  boolean apply;

  Clock clock = Clock.systemUTC();

  Map<String, String> env = System.getenv();

  Pacing pacing = Pacing.REAL;

  @Override
  public Integer call() {
    InterlockConfig cfg = config.load(env);
    Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
    Instant at = (asOf != null ? asOf : now).truncatedTo(ChronoUnit.SECONDS);
    Path dir = source != null ? source : cfg.source().offline();
    if (dir == null) {
      dir = cfg.sync().dir();
    }
    Snapshot snapshot = AgendaCommand.readSnapshot(new OfflineSource(dir));
    Agenda agenda = new AgendaJob(cfg).run(snapshot, at);
    if (!apply) {
      StateStore store = StateFiles.openExisting(cfg.state().path());
      PublishPlan plan = plan(cfg, agenda, snapshot, store);
      return printPlan(plan, writePlan(plan, out != null ? out : cfg.output().dir()));
    }
    try (RunLock lock = StateFiles.take(cfg.state().path(), now)) {
      StateStore store = StateFiles.open(cfg.state().path());
      PublishPlan plan = plan(cfg, agenda, snapshot, store);
      Path written = writePlan(plan, out != null ? out : cfg.output().dir());
      return applyPlan(cfg, plan, store, written, now);
    } catch (IOException e) {
      throw new UserError(ExitCodes.INTERNAL, "cannot release the run lock: " + e, e);
    }
  }

  static PublishPlan plan(
      InterlockConfig cfg, Agenda agenda, Snapshot snapshot, @Nullable StateStore store) {
    PublishSettings p = cfg.publish();
    List<PlannedComment> planned =
        new java.util.ArrayList<>(
            p.comments().equals("none") ? List.of() : CommentBodies.plan(agenda, snapshot));
    if (p.meetingIssue() != null) {
      planned.add(CommentBodies.meeting(agenda, p.meetingIssue()));
    }
    Set<String> keys = new HashSet<>();
    planned.forEach(c -> keys.add(c.issueKey()));
    int skipped = 0;
    for (IssueRef r : agenda.crossTeamIssues()) {
      if (!keys.contains(r.key()) && (!r.visible() || r.team() == null)) {
        skipped++;
      }
    }
    try {
      return PublishPlan.of(
          agenda,
          planned,
          store == null ? Map.of() : store.publishedComments(),
          p.onLeave(),
          skipped);
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  private int applyPlan(
      InterlockConfig cfg, PublishPlan plan, StateStore store, Path written, Instant now) {
    PrintWriter err = spec.commandLine().getErr();
    Applied a = apply(cfg, plan, store, written, now, null, env, pacing, err, verbose.verbose);
    PrintWriter outp = spec.commandLine().getOut();
    outp.println("published to " + a.site() + ": " + a.summary(plan));
    outp.flush();
    a.outcome().failures().forEach(f -> err.println("interlock: not published: " + f));
    err.flush();
    return a.outcome().failures().isEmpty() ? ExitCodes.OK : ExitCodes.PARTIAL;
  }

  /** What {@link #apply} did, on which site, with how many requests. */
  record Applied(String site, Publisher.Outcome outcome, int requests) {
    String summary(PublishPlan plan) {
      Publisher.Outcome o = outcome;
      return String.format(
          java.util.Locale.ROOT,
          "created %d, updated %d, deleted %d, found and kept %d, unchanged %d, failed %d; %d"
              + " requests",
          o.created(),
          o.updated(),
          o.deleted(),
          o.found(),
          plan.count(PublishPlan.UNCHANGED),
          o.failures().size(),
          requests);
    }
  }

  /**
   * Performs {@code plan} on the configured Jira; refuses (exit 3, nothing written) a plan with
   * more writes than {@code publish.maxWrites}. Shared by {@code publish --apply} and {@code
   * nightly}.
   */
  static Applied apply(
      InterlockConfig cfg,
      PublishPlan plan,
      StateStore store,
      Path written,
      Instant now,
      @Nullable Long runId,
      Map<String, String> env,
      Pacing pacing,
      PrintWriter err,
      boolean verbose) {
    PublishSettings p = cfg.publish();
    long writes = plan.writes(p.onLeave());
    if (writes > p.maxWrites()) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG,
          "the plan would write "
              + writes
              + " comments, more than publish.maxWrites ("
              + p.maxWrites()
              + "); nothing was written. Read "
              + written
              + ", and raise publish.maxWrites in "
              + cfg.file()
              + " if it is right",
          null);
    }
    LiveJira live = LiveJira.connect(cfg, env, pacing, SyncCommand.requestLog(err, verbose));
    try {
      JiraComments comments = new JiraComments(live.http, live.deployment);
      String me = comments.myself();
      Publisher.Outcome o =
          new Publisher(comments, store, me, VersionProvider.version(), visibility(p), now)
              .apply(plan, runId, p.onLeave());
      return new Applied(live.site(), o, live.http.requests());
    } catch (JiraException e) {
      throw new UserError(ExitCodes.JIRA_UNREACHABLE, e.getMessage(), e);
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    } finally {
      live.http.shutdown();
    }
  }

  private static @Nullable JsonNode visibility(PublishSettings p) {
    if (p.visibilityType() == null) {
      return null;
    }
    ObjectNode v = new ObjectMapper().createObjectNode();
    v.put("type", p.visibilityType());
    v.put("value", p.visibilityValue());
    return v;
  }

  private int printPlan(PublishPlan plan, Path written) {
    PrintWriter o = spec.commandLine().getOut();
    o.println(
        "publish plan (dry run, nothing sent to Jira): "
            + plan.counts()
            + "; wrote "
            + written
            + " and one body per comment beside it; --apply writes it");
    o.flush();
    return ExitCodes.OK;
  }

  /** Writes {@code publish/plan.json} and {@code publish/KEY.txt}; returns the plan's path. */
  static Path writePlan(PublishPlan plan, Path outDir) {
    Path dir = outDir.resolve("publish");
    ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = json.createObjectNode();
    root.put("create", plan.count(PublishPlan.CREATE));
    root.put("update", plan.count(PublishPlan.UPDATE));
    root.put("unchanged", plan.count(PublishPlan.UNCHANGED));
    root.put("leave", plan.count(PublishPlan.LEAVE));
    root.put("skipped", plan.skipped());
    ArrayNode comments = root.putArray("comments");
    for (PublishPlan.Entry e : plan.entries()) {
      ObjectNode c = comments.addObject();
      c.put("issue", e.issueKey());
      c.put("action", e.action());
      c.put("body", e.body());
    }
    try {
      Files.createDirectories(dir);
      try (var old = Files.list(dir)) {
        for (Path f : old.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
          Files.delete(f);
        }
      }
      for (PublishPlan.Entry e : plan.entries()) {
        if (e.body() != null) {
          Files.writeString(dir.resolve(e.issueKey() + ".txt"), e.body(), StandardCharsets.UTF_8);
        }
      }
      Path file = dir.resolve("plan.json");
      Path partial = dir.resolve("plan.json.partial");
      json.writeValue(partial.toFile(), root);
      Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      return file;
    } catch (IOException e) {
      throw new UserError(
          ExitCodes.INVALID_CONFIG, "cannot write the publish plan in " + dir + ": " + e, e);
    }
  }
}
