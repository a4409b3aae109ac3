package dev.interlock.risk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import dev.interlock.source.OfflineSource;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** A fact recorded after T never changes a score as of T (on the bundled Acme sample). */
class NoLeakageTest {
  private static final Instant T = Instant.parse("2026-09-15T00:00:00Z");
  private static final DependencyGraphBuilder BUILDER =
      new DependencyGraphBuilder(
          new TeamIndex(
              List.of(
                  new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
                  new Team("Checkout", List.of("CHK"), List.of(), List.of(), null),
                  new Team("Catalog", List.of("CAT"), List.of(), List.of(), null))),
          new LinkSemantics(
              Map.of(
                  "Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD),
                  "Dependency", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD))));

  private static Map<IssueKey, String> scores(Snapshot s) {
    LearnedRiskScorer scorer = new LearnedRiskScorer(s, BUILDER, T, Duration.ofDays(30));
    Map<IssueKey, String> out = new TreeMap<>();
    for (Issue i : scorer.asOfT().issues()) {
      scorer
          .probability(i.key())
          .ifPresent(p -> out.put(i.key(), p + " " + scorer.reasons(i.key(), 3)));
    }
    return out;
  }

  @Test
  void scoresAsOfTAreTheSameWithAndWithoutEverythingRecordedAfterT() throws Exception {
    Snapshot full = new OfflineSource(Path.of("sample-data/acme")).load();
    Snapshot cut = new SnapshotReplay(full).asOf(T);

    Map<IssueKey, String> fromFull = scores(full);

    assertThat(new LearnedRiskScorer(full, BUILDER, T, Duration.ofDays(30)).model()).isPresent();
    assertThat(fromFull).hasSizeGreaterThan(50).isEqualTo(scores(cut));
  }

  @Test
  void aDueDateMovedAfterTDoesNotChangeTheScoreAsOfT() throws Exception {
    Snapshot full = new OfflineSource(Path.of("sample-data/acme")).load();
    List<Issue> changed = new ArrayList<>();
    for (Issue i : full.issues()) {
      List<HistoryEvent> h = new ArrayList<>(i.history());
      Instant after = Instant.parse("2026-11-17T00:00:00Z");
      String due = i.dueDate() == null ? null : i.dueDate().toString();
      h.add(new HistoryEvent(after, "x", "duedate", null, due, null, "2027-01-01", null));
      h.add(new HistoryEvent(after, "x", "priority", null, "1", i.priority(), "5", "Lowest"));
      changed.add(
          new Issue(
              i.key(),
              i.id(),
              i.summary(),
              i.issueType(),
              i.subtask(),
              i.status(),
              "Lowest",
              i.assignee(),
              i.created(),
              after,
              i.resolved(),
              i.resolution(),
              java.time.LocalDate.parse("2027-01-01"),
              i.fixVersions(),
              i.sprints(),
              i.components(),
              i.labels(),
              i.parent(),
              i.epic(),
              i.storyPoints(),
              i.teamField(),
              i.links(),
              h,
              i.comments(),
              false,
              true));
    }
    Snapshot later = new Snapshot(full.source(), null, changed, full.linkTypes(), full.skipped());

    assertThat(scores(later)).isEqualTo(scores(full));
  }

  /**
   * Every field the scorer, the graph or team ownership reads, changed after T (with the changelog
   * entry Jira records for it): issue type, summary, labels (one of which a team owns), components,
   * story points, team field, epic, parent, assignee, priority, due date, fix versions, sprints,
   * links, flag. Every score as of T, and every team, must stay the same.
   */
  @Test
  void everyFieldChangedAfterTLeavesEveryScoreAndOwnerAsOfTUnchanged() throws Exception {
    Snapshot full = new OfflineSource(Path.of("sample-data/acme")).load();
    Instant after = Instant.parse("2026-11-17T00:00:00Z");
    List<Issue> changed = new ArrayList<>();
    for (Issue i : full.issues()) {
      List<HistoryEvent> h = new ArrayList<>(i.history());
      String type = i.issueType().equalsIgnoreCase("Bug") ? "Story" : "Bug";
      h.add(ev(after, "issuetype", "1", i.issueType(), "2", type));
      h.add(ev(after, "summary", null, i.summary(), null, "Renamed later"));
      List<String> labels = new ArrayList<>(i.labels());
      labels.add("adopted-later");
      h.add(
          ev(after, "labels", null, String.join(" ", i.labels()), null, String.join(" ", labels)));
      List<String> components = new ArrayList<>(i.components());
      components.add("Later");
      h.add(ev(after, "Component", null, null, "99999", "Later"));
      h.add(ev(after, "Story Points", null, str(i.storyPoints()), null, "13"));
      h.add(ev(after, "Team", null, i.teamField(), null, "Team Later"));
      h.add(
          ev(
              after,
              "Epic Link",
              null,
              i.epic() == null ? null : i.epic().toString(),
              "1",
              "PAY-1"));
      h.add(
          ev(
              after,
              "assignee",
              i.assignee() == null ? null : i.assignee().id(),
              i.assignee() == null ? null : i.assignee().displayName(),
              "later",
              "Later Person"));
      h.add(ev(after, "priority", null, i.priority(), "5", "Lowest"));
      h.add(ev(after, "duedate", null, str(i.dueDate()), "2027-01-01", null));
      h.add(ev(after, "Link", null, null, "CAT-1", "This issue blocks CAT-1"));
      List<dev.interlock.model.IssueLink> links = new ArrayList<>(i.links());
      dev.interlock.model.LinkType blocks =
          new dev.interlock.model.LinkType("10000", "Blocks", "is blocked by", "blocks");
      if (!i.key().toString().equals("CAT-1")) {
        links.add(
            new dev.interlock.model.IssueLink(
                "later-" + i.key(),
                blocks,
                dev.interlock.model.LinkDirection.OUTWARD,
                new dev.interlock.model.LinkedIssue(IssueKey.parse("CAT-1"), null, null)));
      }
      changed.add(
          new Issue(
              i.key(),
              i.id(),
              "Renamed later",
              type,
              i.subtask(),
              i.status(),
              "Lowest",
              new dev.interlock.model.Person("later", "Later Person"),
              i.created(),
              after,
              i.resolved(),
              i.resolution(),
              java.time.LocalDate.parse("2027-01-01"),
              i.fixVersions(),
              i.sprints(),
              components,
              labels,
              i.parent(),
              IssueKey.parse("PAY-1"),
              13.0,
              "Team Later",
              links,
              h,
              i.comments(),
              i.flagged(),
              true));
    }
    Snapshot later = new Snapshot(full.source(), null, changed, full.linkTypes(), full.skipped());
    DependencyGraphBuilder byLabel =
        new DependencyGraphBuilder(
            new TeamIndex(
                List.of(
                    new Team("Adopters", List.of(), List.of(), List.of("adopted-later"), null),
                    new Team("Payments", List.of("PAY"), List.of(), List.of(), null),
                    new Team("Checkout", List.of("CHK"), List.of(), List.of(), null),
                    new Team("Catalog", List.of("CAT"), List.of(), List.of(), null))),
            new LinkSemantics(
                Map.of(
                    "Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD),
                    "Dependency", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD))));
    assertThat(scores(later, byLabel)).hasSizeGreaterThan(50).isEqualTo(scores(full, byLabel));
  }

  private static Map<IssueKey, String> scores(Snapshot s, DependencyGraphBuilder builder) {
    LearnedRiskScorer scorer = new LearnedRiskScorer(s, builder, T, Duration.ofDays(30));
    Map<IssueKey, String> out = new TreeMap<>();
    var graph = builder.build(scorer.asOfT());
    for (Issue i : scorer.asOfT().issues()) {
      String owner = graph.findNode(i.key()).map(n -> String.valueOf(n.team())).orElse("-");
      scorer
          .probability(i.key())
          .ifPresent(p -> out.put(i.key(), owner + " " + p + " " + scorer.reasons(i.key(), 3)));
    }
    return out;
  }

  private static HistoryEvent ev(
      Instant at, String field, String from, String fromText, String to, String toText) {
    return new HistoryEvent(at, "x", field, null, from, fromText, to, toText);
  }

  private static String str(Object o) {
    return o == null ? null : o.toString();
  }
}
