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
}
