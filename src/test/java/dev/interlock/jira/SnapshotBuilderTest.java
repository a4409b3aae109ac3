package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.LinkType;
import dev.interlock.model.Skip;
import dev.interlock.model.Snapshot;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotBuilderTest {
  private final SnapshotBuilder builder =
      new SnapshotBuilder(new IssueMapper(FieldCatalog.UNKNOWN));

  @Test
  void theSiteIsTakenFromTheFirstIssueSelfAddressBeforeRestApi() {
    builder.addIssue(WireFixtures.parse("{\"key\":\"A-1\"}", IssueDto.class));
    builder.addIssue(
        WireFixtures.parse(
            "{\"key\":\"A-2\",\"self\":\"https://jira.example.com/jira/rest/api/2/issue/10002\"}",
            IssueDto.class));

    assertThat(builder.build("test", null).siteUrl()).isEqualTo("https://jira.example.com/jira");
  }

  @Test
  void withoutSelfAddressesTheSiteIsUnknown() {
    builder.addIssue(issue("A-1", "one", "2024-03-01T00:00:00.000+0000"));

    assertThat(builder.build("test", null).siteUrl()).isNull();
    assertThat(SnapshotBuilder.siteOf("file:///rest/api/2/issue/1")).isNull();
    assertThat(SnapshotBuilder.siteOf("https://acme.atlassian.net/issue/1")).isNull();
  }

  @Test
  void sameKeyTwiceKeepsTheLaterUpdatedAndRecordsASkip() {
    builder.addIssue(issue("A-1", "newer", "2024-03-02T00:00:00.000+0000"));
    builder.addIssue(issue("A-1", "older", "2024-03-01T00:00:00.000+0000"));

    Snapshot snapshot = builder.build("test", null);

    assertThat(snapshot.issues()).extracting(Issue::summary).containsExactly("newer");
    assertThat(snapshot.skipped()).containsExactly(new Skip("duplicate issue in snapshot", "A-1"));
  }

  @Test
  void laterUpdatedReplacesAnEarlierCopy() {
    builder.addIssue(issue("A-1", "older", "2024-03-01T00:00:00.000+0000"));
    builder.addIssue(issue("A-1", "newer", "2024-03-02T00:00:00.000+0000"));

    assertThat(builder.build("test", null).issues())
        .extracting(Issue::summary)
        .containsExactly("newer");
  }

  @Test
  void sameUpdatedKeepsTheFirstCopy() {
    builder.addIssue(issue("A-1", "first", "2024-03-01T00:00:00.000+0000"));
    builder.addIssue(issue("A-1", "second", "2024-03-01T00:00:00.000+0000"));

    assertThat(builder.build("test", null).issues())
        .extracting(Issue::summary)
        .containsExactly("first");
  }

  @Test
  void issuesAreSortedByKeyAndSkipsOfMappingAreKept() {
    builder.addIssue(issue("A-10", "ten", "2024-03-01T00:00:00.000+0000"));
    builder.addIssue(issue("A-9", "nine", "2024-03-01T00:00:00.000+0000"));
    builder.addIssue(WireFixtures.parse("{\"key\":\"A-11\"}", IssueDto.class));

    Snapshot snapshot = builder.build("offline x", Instant.parse("2024-03-03T00:00:00Z"));

    assertThat(snapshot.issues())
        .extracting(i -> i.key().toString())
        .containsExactly("A-9", "A-10");
    assertThat(snapshot.skipped()).containsExactly(new Skip("issue without fields", "A-11"));
    assertThat(snapshot.source()).isEqualTo("offline x");
    assertThat(snapshot.takenAt()).isEqualTo(Instant.parse("2024-03-03T00:00:00Z"));
    assertThat(builder.issueCount()).isEqualTo(2);
  }

  @Test
  void linkTypesAreTheSiteListPlusTypesSeenOnlyOnLinksSortedByName() {
    builder.addLinkTypes(
        List.of(
            new IssueLinkTypeDto("1", "Relates", "relates to", "relates to", null),
            new IssueLinkTypeDto("2", "Blocks", "is blocked by", "blocks", null),
            new IssueLinkTypeDto("3", null, "x", "y", null)));
    builder.addIssue(WireFixtures.resource("cloud-issue.json", IssueDto.class));

    assertThat(builder.build("test", null).linkTypes())
        .containsExactly(
            new LinkType("2", "Blocks", "is blocked by", "blocks"),
            new LinkType("10300", "Dependent", "depends on", "is depended by"),
            new LinkType("1", "Relates", "relates to", "relates to"));
  }

  @Test
  void linkTypeNamesSortIgnoringCase() {
    builder.addLinkTypes(
        List.of(
            new IssueLinkTypeDto("1", "Duplicate", "is duplicated by", "duplicates", null),
            new IssueLinkTypeDto("2", "dependent", "is depended upon by", "depends upon", null),
            new IssueLinkTypeDto("3", "Blocker", "is blocked by", "blocks", null)));

    assertThat(builder.build("test", null).linkTypes())
        .extracting(LinkType::name)
        .containsExactly("Blocker", "dependent", "Duplicate");
  }

  private static IssueDto issue(String key, String summary, String updated) {
    return WireFixtures.parse(
        "{\"key\":\""
            + key
            + "\",\"fields\":{\"summary\":\""
            + summary
            + "\",\"status\":{\"name\":\"Open\"},\"created\":\"2024-01-01T00:00:00.000+0000\","
            + "\"updated\":\""
            + updated
            + "\"}}",
        IssueDto.class);
  }
}
