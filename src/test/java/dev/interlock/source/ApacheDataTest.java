package dev.interlock.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.interlock.SharedFiles;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkType;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The real Apache Jira data (Jira Server, 2014): 501 issues of 21 projects with links and full
 * changelogs, read from the shared folder beside the project. Expected values were counted from the
 * file with an independent script (python, zcat).
 */
class ApacheDataTest {
  private static final String DATA = "realdata/apache-2014/issues.jsonl.gz";

  private static Snapshot snapshot;

  // Per test, not @BeforeAll, so that without the data every test is reported skipped.
  @BeforeEach
  void loadApacheDataOnce() throws SourceException {
    if (snapshot == null) {
      snapshot = new OfflineSource(apacheFolder()).load();
    }
  }

  @Test
  void allIssuesOfAllProjectsAreRead() {
    Map<String, Long> byProject = count(Issue::project);

    assertThat(snapshot.issues()).hasSize(501);
    assertThat(byProject).hasSize(21).containsEntry("CB", 211L).containsEntry("DRILL", 68L);
  }

  @Test
  void nothingIsSkipped() {
    assertThat(snapshot.skipCounts()).isEmpty();
  }

  @Test
  void linkEntriesAreCountedByTypeAsTheyAppearOnIssues() {
    Map<String, Long> byType =
        snapshot.issues().stream()
            .flatMap(i -> i.links().stream())
            .collect(
                Collectors.groupingBy(l -> l.type().name(), TreeMap::new, Collectors.counting()));

    assertThat(byType)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "Reference", 76L,
                "Duplicate", 44L,
                "Container", 35L,
                "Blocker", 23L,
                "dependent", 14L,
                "Incorporates", 11L,
                "Supercedes", 8L,
                "Required", 6L,
                "Cloners", 2L));
  }

  @Test
  void linkTypesComeFromTheLinksSortedByNameIgnoringCase() {
    assertThat(snapshot.linkTypes())
        .extracting(LinkType::name)
        .containsExactly(
            "Blocker",
            "Cloners",
            "Container",
            "dependent",
            "Duplicate",
            "Incorporates",
            "Reference",
            "Required",
            "Supercedes");
  }

  @Test
  void clonersKeepsThisSitesReversedVerbs() {
    assertThat(snapshot.linkTypes())
        .contains(new LinkType("10020", "Cloners", "is a clone of", "is cloned as"));
    assertThat(only(IssueKey.parse("MTOMCAT-115")).verb()).isEqualTo("is cloned as");
    assertThat(only(IssueKey.parse("MTOMCAT-43")).verb()).isEqualTo("is a clone of");
  }

  @Test
  void any23Issue174IsMappedExactly() {
    Issue issue = snapshot.requireIssue(IssueKey.parse("ANY23-174"));

    assertThat(issue.summary()).isEqualTo("Incorrect RDFa extractions");
    assertThat(issue.status()).isEqualTo(new Status("Closed", StatusCategory.DONE));
    assertThat(issue.resolution()).isEqualTo("Fixed");
    assertThat(issue.resolved()).isEqualTo(Instant.parse("2014-05-09T02:39:42.734Z"));
    assertThat(issue.created()).isEqualTo(Instant.parse("2014-01-06T06:22:58.354Z"));
    assertThat(issue.fixVersions())
        .containsExactly(new Version("12319887", "1.0", LocalDate.of(2014, 5, 15), true));
    assertThat(issue.labels()).containsExactly("rdfa", "rdfa-lite");
    assertThat(issue.assignee()).isNull();
    assertThat(issue.comments()).hasSize(6);
  }

  @Test
  void any23Issue174HasSevenHistoryEventsOldestFirst() {
    Issue issue = snapshot.requireIssue(IssueKey.parse("ANY23-174"));

    assertThat(issue.history())
        .extracting(HistoryEvent::field, HistoryEvent::fromText, HistoryEvent::toText)
        .endsWith(
            tuple("Fix Version", null, "1.0.0"),
            tuple("status", "Open", "Resolved"),
            tuple("resolution", null, "Fixed"),
            tuple("status", "Resolved", "Closed"));
    assertThat(issue.history()).hasSize(7);
    assertThat(issue.history().get(0).at()).isEqualTo(Instant.parse("2014-01-06T06:23:45.841Z"));
    assertThat(issue.history().get(0).author()).isEqualTo("westurner");
    assertThat(issue.history().get(6).at()).isEqualTo(Instant.parse("2014-05-09T02:39:46.274Z"));
  }

  @Test
  void everyHistoryItemAndCommentIsKept() {
    assertThat(snapshot.issues().stream().mapToInt(i -> i.history().size()).sum()).isEqualTo(3433);
    assertThat(snapshot.issues().stream().mapToInt(i -> i.comments().size()).sum()).isEqualTo(2075);
  }

  private static IssueLink only(IssueKey key) {
    return snapshot.requireIssue(key).links().stream()
        .filter(l -> l.type().name().equals("Cloners"))
        .findFirst()
        .orElseThrow();
  }

  private static Map<String, Long> count(Function<Issue, String> by) {
    return snapshot.issues().stream()
        .collect(Collectors.groupingBy(by, TreeMap::new, Collectors.counting()));
  }

  // Skipped without the shared folder, failed when -Dinterlock.requireShared=true.
  private static Path apacheFolder() {
    return SharedFiles.require(DATA).getParent();
  }
}
