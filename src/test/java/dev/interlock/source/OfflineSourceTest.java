package dev.interlock.source;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.Skip;
import dev.interlock.model.Snapshot;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OfflineSourceTest {
  private static Path mixed;
  private static Snapshot snapshot;

  @BeforeAll
  static void loadMixedFolder() throws URISyntaxException, SourceException {
    mixed = Path.of(OfflineSourceTest.class.getResource("/offline/mixed").toURI());
    snapshot = new OfflineSource(mixed).load();
  }

  @Test
  void readsSearchPagesSingleIssueArrayJsonLinesAndGzippedJsonLines() {
    assertThat(snapshot.issues())
        .extracting(i -> i.key().toString())
        .containsExactly(
            "MIX-1", "MIX-2", "MIX-3", "MIX-4", "MIX-5", "MIX-6", "MIX-7", "MIX-8", "MIX-9");
  }

  @Test
  void duplicateKeysKeepTheLaterUpdatedCopyAndAreRecorded() {
    assertThat(issue("MIX-1").summary()).isEqualTo("one from search");
    assertThat(issue("MIX-2").summary()).isEqualTo("two, updated later");
    assertThat(snapshot.skipped())
        .containsExactly(
            new Skip("duplicate issue in snapshot", "MIX-1"),
            new Skip("duplicate issue in snapshot", "MIX-2"));
  }

  @Test
  void fieldListFindsSprintAndStoryPointFields() {
    Issue seven = issue("MIX-7");

    assertThat(seven.storyPoints()).isEqualTo(3.0);
    assertThat(seven.sprints())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).isEqualTo("Mix Sprint 3"));
  }

  @Test
  void linkTypesAreTheSiteListPlusTypesSeenOnlyOnLinks() {
    assertThat(snapshot.linkTypes())
        .containsExactly(
            new LinkType("10000", "Blocks", "is blocked by", "blocks"),
            new LinkType("t-Cloners", "Cloners", "is a clone of", "is cloned as"),
            new LinkType("10003", "Relates", "relates to", "relates to"));
  }

  @Test
  void linksKeepTheirDirectionOnBothIssues() {
    assertThat(issue("MIX-3").links())
        .singleElement()
        .satisfies(l -> assertThat(l.direction()).isEqualTo(LinkDirection.OUTWARD));
    assertThat(issue("MIX-4").links())
        .singleElement()
        .satisfies(l -> assertThat(l.verb()).isEqualTo("is blocked by"));
  }

  @Test
  void nonAsciiTextIsReadAsUtf8() {
    assertThat(issue("MIX-8").summary()).isEqualTo("eight – ünïcödé");
  }

  @Test
  void sourceNamesTheFolderAndTheTimeIsUnknown() {
    assertThat(snapshot.source()).isEqualTo("offline snapshot " + mixed.getFileName());
    assertThat(snapshot.takenAt()).isNull();
  }

  private static Issue issue(String key) {
    return snapshot.requireIssue(IssueKey.parse(key));
  }
}
