package dev.interlock.risk;

import static dev.interlock.risk.Changelogs.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.LinkSemantics;
import dev.interlock.graph.TeamIndex;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Which past commitments a model as of T learns from, and with which label. */
class TrainingSetTest {
  private static final Status DONE = new Status("Done", StatusCategory.DONE);
  private static final Status OPEN = new Status("Open", StatusCategory.TO_DO);
  private static final Instant T = Instant.parse("2014-03-01T00:00:00Z");
  private static final DependencyGraphBuilder BUILDER =
      new DependencyGraphBuilder(
          new TeamIndex(List.of(new Team("A", List.of("A"), List.of(), List.of(), null))),
          new LinkSemantics(Map.of()));

  /** Created on New Year's Day 2014, due {@code due}, resolved at {@code resolved} (or open). */
  private static Issue issue(String key, String due, String resolved, HistoryEvent... more) {
    List<HistoryEvent> history = new ArrayList<>(List.of(more));
    if (resolved != null) {
      history.add(event(resolved, "status", "1", "Open", "3", "Done"));
      history.add(event(resolved, "resolution", null, null, "1", "Fixed"));
    }
    return Changelogs.issue(
        key,
        resolved == null ? OPEN : DONE,
        "2014-01-01T00:00:00Z",
        resolved,
        LocalDate.parse(due),
        List.of(),
        List.of(),
        List.of(),
        history,
        List.of());
  }

  /** Label of each issue's rows, by key: every moment's label, oldest moment last. */
  private static Map<String, List<Integer>> labels(Issue... issues) {
    Snapshot s = new Snapshot("t", null, List.of(issues), List.of(), List.of());
    TrainingSet training = new TrainingSet(s, BUILDER, T, Duration.ofDays(90));
    Map<String, List<Integer>> out = new TreeMap<>();
    List<FeatureRow> rows = training.rows();
    int[] y = training.labels();
    for (int i = 0; i < rows.size(); i++) {
      out.computeIfAbsent(rows.get(i).key().toString(), k -> new ArrayList<>()).add(y[i]);
    }
    return out;
  }

  @Test
  void learnsOnlyFromCommitmentsThatFellDueBeforeT() {
    Map<String, List<Integer>> labels =
        labels(
            issue("A-1", "2014-02-20", "2014-02-25T12:00:00Z"), // due before T, late: slipped
            issue("A-2", "2014-02-15", "2014-02-10T12:00:00Z"), // due before T, met: on time
            issue("A-3", "2014-03-20", "2014-02-10T12:00:00Z"), // due after T, resolved early
            issue(
                "A-4",
                "2014-03-25",
                null, // due after T, its earlier date moved later before T
                event("2014-02-20T00:00:00Z", "duedate", "2014-03-10", null, "2014-03-25", null)),
            issue("A-5", "2014-02-01", null)); // due before T, still open: slipped

    assertThat(labels).containsOnlyKeys("A-1", "A-2", "A-5");
    assertThat(labels.get("A-1")).isNotEmpty().containsOnly(1);
    assertThat(labels.get("A-2")).isNotEmpty().containsOnly(0);
    assertThat(labels.get("A-5")).isNotEmpty().containsOnly(1);
  }

  @Test
  void anEarlyFinishIsLearnedOnceItsCommitmentHasPassed() {
    Issue early = issue("A-3", "2014-02-27", "2014-02-10T12:00:00Z");

    assertThat(labels(early)).containsEntry("A-3", List.of(0, 0, 0));
  }
}
