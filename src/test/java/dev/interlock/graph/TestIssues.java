package dev.interlock.graph;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Hand-built issues for graph, risk and agenda tests. */
public final class TestIssues {
  public static final LinkType BLOCKS = new LinkType("1", "Blocks", "is blocked by", "blocks");
  public static final LinkType DEPENDENCY =
      new LinkType("2", "Dependency", "is a dependency of", "depends on");

  /** Atlassian's own example: verbs reversed, the outward holder is the blocker. */
  public static final LinkType DEPENDENT =
      new LinkType("3", "Dependent", "depends on", "is depended on by");

  public static final LinkType RELATES = new LinkType("4", "Relates", "relates to", "relates to");
  public static final Status TODO = new Status("To Do", StatusCategory.TO_DO);
  public static final Status DOING = new Status("In Progress", StatusCategory.IN_PROGRESS);
  public static final Status DONE = new Status("Done", StatusCategory.DONE);
  public static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");

  private TestIssues() {}

  /** A mutable description of one issue; {@link #build()} makes the record. */
  public static final class Builder {
    private final IssueKey key;
    private Status status = TODO;
    private LocalDate due;
    private Instant resolved;
    private Instant created = T0;
    private final List<dev.interlock.model.HistoryEvent> history = new ArrayList<>();
    private final List<dev.interlock.model.Sprint> sprints = new ArrayList<>();
    private final List<IssueLink> links = new ArrayList<>();

    Builder(String key) {
      this.key = IssueKey.parse(key);
    }

    public Builder status(Status s) {
      this.status = s;
      return this;
    }

    public Builder due(String date) {
      this.due = LocalDate.parse(date);
      return this;
    }

    /** Records a status change from To Do to In Progress at {@code instant}. */
    public Builder started(String instant) {
      history.add(
          new dev.interlock.model.HistoryEvent(
              Instant.parse(instant), null, "status", "status", "1", "To Do", "3", "In Progress"));
      return this;
    }

    public Builder created(String instant) {
      this.created = Instant.parse(instant);
      return this;
    }

    /** Puts the issue in an active sprint with this id, start and end (dates, UTC midnight). */
    public Builder sprint(long id, String start, String end) {
      sprints.add(
          new dev.interlock.model.Sprint(
              id,
              "Sprint " + id,
              dev.interlock.model.SprintState.ACTIVE,
              Instant.parse(start + "T00:00:00Z"),
              Instant.parse(end + "T00:00:00Z"),
              null));
      return this;
    }

    public Builder resolved(String instant) {
      this.resolved = Instant.parse(instant);
      return this;
    }

    /** This issue holds the outward verb of {@code type} towards {@code other}. */
    public Builder outward(String linkId, LinkType type, String other) {
      links.add(link(linkId, type, LinkDirection.OUTWARD, other));
      return this;
    }

    /** This issue holds the inward verb of {@code type} towards {@code other}. */
    public Builder inward(String linkId, LinkType type, String other) {
      links.add(link(linkId, type, LinkDirection.INWARD, other));
      return this;
    }

    public Issue build() {
      return new Issue(
          key,
          key.toString(),
          "Summary of " + key,
          "Story",
          false,
          status,
          "Medium",
          null,
          created,
          T0,
          resolved,
          resolved == null ? null : "Done",
          due,
          List.of(),
          sprints,
          List.of(),
          List.of(),
          null,
          null,
          null,
          null,
          links,
          history,
          List.of(),
          false,
          true);
    }

    private static IssueLink link(String id, LinkType type, LinkDirection dir, String other) {
      return new IssueLink(id, type, dir, new LinkedIssue(IssueKey.parse(other), null, null));
    }
  }

  /** The graph of these issues with Blocks configured as outward-blocks. */
  public static DependencyGraph graph(List<dev.interlock.model.Team> teams, Issue... issues) {
    var rules =
        java.util.Map.of(
            "Blocks",
            new dev.interlock.model.LinkRule(
                dev.interlock.model.LinkMeaning.OUTWARD_BLOCKS, dev.interlock.model.Strength.HARD));
    var snapshot =
        new dev.interlock.model.Snapshot("test", null, List.of(issues), List.of(), List.of());
    return new DependencyGraphBuilder(new TeamIndex(teams), new LinkSemantics(rules))
        .build(snapshot);
  }

  public static Builder issue(String key) {
    return new Builder(key);
  }
}
