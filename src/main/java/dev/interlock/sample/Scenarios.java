package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The situations planted on purpose among the Acme teams: two cross-team blocking chains, a
 * three-team cycle, a two-team mutual block, a Done blocker whose blocked issue is still open,
 * blockers done in the last week, overdue and slipping items, Gates links, links to issues of
 * projects the user cannot see, and non-ASCII summaries. An issue is planted when its team exists,
 * a link when both its ends were planted. Times count back from "now" in working days.
 */
final class Scenarios {
  private static final String TABLE = "scenarios.txt";

  /** Issues of projects the user cannot see, linked from visible ones. */
  static final List<UnseenIssue> UNSEEN =
      List.of(
          new UnseenIssue(
              "LEGACY-17",
              "9017",
              "Decommission the old payout batch runner",
              WorkflowStatus.IN_PROGRESS,
              PriorityLevel.HIGH,
              IssueKind.TASK),
          new UnseenIssue(
              "LEGACY-112",
              "9112",
              "Move 3-D Secure callback URLs off the legacy gateway",
              WorkflowStatus.TO_DO,
              PriorityLevel.MEDIUM,
              IssueKind.TASK),
          new UnseenIssue(
              "SECOPS-9",
              "9509",
              "Review the passkey attestation policy",
              WorkflowStatus.IN_REVIEW,
              PriorityLevel.MEDIUM,
              IssueKind.TASK));

  private final Company company;
  private final Map<String, List<List<String>>> table;
  private final ScenarioClock clock;
  private final Dice dice;
  private final Map<String, IssueDraft> roles = new LinkedHashMap<>();
  private final List<PlannedLink> links = new ArrayList<>();

  Scenarios(Company company, SampleOptions options) {
    this.company = company;
    this.table = ScenarioTable.read(TABLE);
    this.dice = new Dice(options.seed(), 2);
    this.clock = new ScenarioClock(options.now(), dice);
  }

  /** The planted links, in planting order. */
  List<PlannedLink> links() {
    return links;
  }

  /** Adds the planted issues to {@code backlog} and plans the links between them. */
  void plant(Backlog backlog) {
    for (List<String> cell : rows("issues", 8)) {
      ProjectPlan project = project(cell.get(1));
      if (project != null) {
        roles.put(cell.get(0), plant(backlog, project, cell));
      }
    }
    for (List<String> cell : rows("links", 4)) {
      LinkTarget source = end(cell.get(1));
      LinkTarget target = end(cell.get(2));
      if (source != null && target != null) {
        Instant at = clock.ago(Integer.parseInt(cell.get(3)), dice.between(8, 17));
        links.add(PlannedLink.of(kind(cell.get(0)), source, target, at));
      }
    }
  }

  /** The planted issue playing {@code role}, or null when its team does not exist. */
  @Nullable IssueDraft role(String role) {
    return roles.get(role);
  }

  /** Gives a few random issues summaries with umlauts, Japanese, an em dash and a euro sign. */
  void rename(Backlog backlog) {
    for (List<String> cell : rows("renames", 3)) {
      ProjectPlan project = project(cell.get(0));
      IssueKind kind = issueKind(cell.get(1));
      List<IssueDraft> candidates =
          project == null
              ? List.of()
              : backlog.of(project).stream()
                  .filter(d -> d.kind == kind && !d.fate.planted())
                  .toList();
      if (!candidates.isEmpty()) {
        dice.pick(candidates).summary = cell.get(2);
      }
    }
  }

  private IssueDraft plant(Backlog backlog, ProjectPlan project, List<String> cell) {
    Instant created = clock.ago(Integer.parseInt(cell.get(3)), dice.between(8, 16));
    IssueDraft epic = project.hasSprints() ? backlog.epicBefore(project, created, dice) : null;
    Fate fate =
        new Fate(
            true,
            clock.steps(cell.get(5)),
            clock.dues(cell.get(6)),
            project.firstUpcomingVersion() != ProjectPlan.NONE,
            PriorityLevel.valueOf(cell.get(4).toUpperCase(Locale.ROOT)),
            false);
    return backlog.add(project, issueKind(cell.get(2)), created, epic, fate, dice, cell.get(7));
  }

  private @Nullable LinkTarget end(String name) {
    for (UnseenIssue unseen : UNSEEN) {
      if (unseen.key().equals(name)) {
        return unseen;
      }
    }
    return roles.get(name);
  }

  private @Nullable ProjectPlan project(String key) {
    for (ProjectPlan project : company.projects()) {
      if (project.key().equals(key)) {
        return project;
      }
    }
    return null;
  }

  private static IssueKind issueKind(String label) {
    for (IssueKind kind : IssueKind.values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no issue type named " + label);
  }

  private static LinkKind kind(String label) {
    for (LinkKind kind : LinkKind.values()) {
      if (kind.label.equals(label)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no link type named " + label);
  }

  private List<List<String>> rows(String section, int cells) {
    List<List<String>> rows = table.getOrDefault(section, List.of());
    for (List<String> row : rows) {
      if (row.size() != cells) {
        throw new IllegalStateException(
            TABLE + " [" + section + "]: expected " + cells + " cells, got " + row);
      }
    }
    return rows;
  }
}
