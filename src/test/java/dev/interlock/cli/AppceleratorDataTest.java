package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.SharedFiles;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import dev.interlock.source.OfflineSource;
import dev.interlock.source.SourceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real Appcelerator Jira data (Jira Software, archived 2021): 29,057 issues of 5 projects in
 * the agile issue shape, fetched without changelogs, read from the shared folder beside the
 * project. Expected values were counted from the file with an independent script (python, zcat):
 * dependencies are the distinct (blocker, blocked) pairs of "Depends" ("depends on": the outward
 * issue blocks) and "Blocks" links, self-links left out.
 */
class AppceleratorDataTest {
  private static final String DATA = "realdata/appcelerator-2021/issues.jsonl.gz";

  private static Snapshot snapshot;

  @TempDir Path out;

  // Per test, not @BeforeAll, so that without the data every test is reported skipped.
  @BeforeEach
  void loadOnce() throws SourceException {
    if (snapshot == null) {
      snapshot = new OfflineSource(folder()).load();
    }
  }

  @Test
  void allIssuesOfTheFiveProjectsAreRead() {
    Map<String, Long> byProject =
        snapshot.issues().stream()
            .collect(Collectors.groupingBy(Issue::project, Collectors.counting()));

    assertThat(snapshot.issues()).hasSize(29_057);
    assertThat(byProject)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of("TIMOB", 22_371L, "AC", 4_503L, "ALOY", 1_499L, "MOD", 367L, "DAEMON", 317L));
    assertThat(snapshot.skipCounts()).isEmpty();
  }

  @Test
  void noIssueCameWithAChangelogSoTheSnapshotHasNoChangeHistory() {
    assertThat(snapshot.withoutChangeHistory()).isEqualTo(29_057);
    assertThat(snapshot.hasChangeHistory()).isFalse();
  }

  @Test
  void theAgileFieldsAreReadAsSprintsEpicsAndTheImpedimentFlag() {
    long withSprints = snapshot.issues().stream().filter(i -> !i.sprints().isEmpty()).count();
    long sprintEntries = snapshot.issues().stream().mapToLong(i -> i.sprints().size()).sum();
    long withEpic = snapshot.issues().stream().filter(i -> i.epic() != null).count();

    assertThat(withSprints).isEqualTo(5_717);
    assertThat(sprintEntries).isEqualTo(9_264);
    // 890 from the agile `epic` object, 78 from a `parent` of type Epic; none has both.
    assertThat(withEpic).isEqualTo(968);
    assertThat(snapshot.issues().stream().filter(Issue::flagged).map(Issue::key))
        .containsExactly(IssueKey.parse("TIMOB-8190"));
    assertThat(snapshot.byKey().get(IssueKey.parse("ALOY-975")).epic())
        .isEqualTo(IssueKey.parse("ALOY-974"));
  }

  @Test
  void theAgendaCountsTeamsAndDependenciesAndSaysOnceThatThereIsNoHistory() throws Exception {
    CommandRun run =
        CommandRun.of(
            "agenda",
            "--config",
            "config/appcelerator.yaml",
            "--source",
            folder().toString(),
            "--out",
            out.toString(),
            "--as-of",
            "2021-12-03");

    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains(
            "issues 29057, teams 5, dependencies 1031 (cross-team 360), cycles 0, agenda items 12\n")
        .contains("skipped: nothing\n");
    assertThat(run.err().split("the snapshot has no change history", -1)).hasSize(2);
    assertThat(Files.readString(out.resolve("agenda.md")))
        .contains("Risk scores are not learned: the snapshot has no change history");
  }

  private static Path folder() {
    return SharedFiles.require(DATA).getParent();
  }
}
