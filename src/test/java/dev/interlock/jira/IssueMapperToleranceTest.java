package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class IssueMapperToleranceTest {
  private static final String DATES =
      "\"created\":\"2024-01-01T00:00:00.000+0000\",\"updated\":\"2024-01-02T00:00:00.000+0000\"";

  private final IssueMapper mapper =
      new IssueMapper(FieldCatalog.of(WireFixtures.fields("dc-field.json")));

  @Test
  void issueWithOnlyKeyStatusAndDatesMapsWithEverythingElseEmpty() {
    Issue issue =
        issue("{\"key\":\"A-1\",\"fields\":{\"status\":{\"name\":\"Open\"}," + DATES + "}}");

    assertThat(issue.key()).isEqualTo(IssueKey.parse("A-1"));
    assertThat(issue.id()).isEmpty();
    assertThat(issue.summary()).isEmpty();
    assertThat(issue.issueType()).isEmpty();
    assertThat(issue.status()).isEqualTo(new Status("Open", StatusCategory.UNDEFINED));
    assertThat(issue.created()).isEqualTo(Instant.parse("2024-01-01T00:00:00Z"));
    assertThat(issue.assignee()).isNull();
    assertThat(issue.priority()).isNull();
    assertThat(issue.parent()).isNull();
    assertThat(issue.epic()).isNull();
    assertThat(issue.fixVersions()).isEmpty();
    assertThat(issue.sprints()).isEmpty();
    assertThat(issue.links()).isEmpty();
    assertThat(issue.history()).isEmpty();
    assertThat(issue.comments()).isEmpty();
  }

  @Test
  void explicitNullsEverywhereDoNotCrash() {
    MappedIssue mapped =
        map(
            "{\"id\":null,\"key\":\"A-2\",\"self\":null,\"changelog\":null,\"fields\":{"
                + "\"summary\":null,\"issuetype\":null,\"project\":null,\"resolution\":null,"
                + "\"resolutiondate\":null,\"duedate\":null,\"fixVersions\":null,\"priority\":null,"
                + "\"assignee\":null,\"components\":null,\"labels\":null,\"parent\":null,"
                + "\"issuelinks\":null,\"subtasks\":null,\"comment\":null,\"customfield_10281\":null,"
                + "\"customfield_10008\":null,\"customfield_10002\":null,"
                + "\"status\":{\"name\":\"Open\",\"statusCategory\":null},"
                + DATES
                + "}}");

    assertThat(mapped.skipped()).isEmpty();
    assertThat(mapped.issue()).hasValueSatisfying(i -> assertThat(i.summary()).isEmpty());
  }

  @Test
  void nullEntriesInsideListsAndObjectsDoNotCrash() {
    MappedIssue mapped =
        map(
            "{\"key\":\"A-3\",\"changelog\":{\"histories\":[null,{\"id\":\"1\",\"author\":null,"
                + "\"created\":\"2024-01-01T01:00:00.000+0000\",\"items\":[null]}]},\"fields\":{"
                + "\"status\":{\"name\":\"Open\"},\"assignee\":{\"displayName\":\"Nobody\"},"
                + "\"comment\":{\"comments\":[null]},\"fixVersions\":[null],"
                + DATES
                + "}}");

    assertThat(mapped.skipped()).isEmpty();
    assertThat(mapped.issue().orElseThrow().assignee()).isNull();
  }

  @Test
  void nonAsciiSummaryIsKeptExactly() {
    Issue issue =
        issue(
            "{\"key\":\"UEB-1\",\"fields\":{\"summary\":\"Überweisung – 東京 ✓\","
                + "\"status\":{\"name\":\"Offen\"},"
                + DATES
                + "}}");

    assertThat(issue.summary()).isEqualTo("Überweisung – 東京 ✓");
  }

  @Test
  void issueWithoutKeyIsSkippedNamingItsId() {
    assertThat(map("{\"id\":\"10001\",\"fields\":{}}"))
        .isEqualTo(MappedIssue.skipped("issue without key", "id 10001"));
    assertThat(map("{}")).isEqualTo(MappedIssue.skipped("issue without key", "(no id)"));
  }

  @Test
  void issueWithUnparseableKeyIsSkipped() {
    assertThat(map("{\"key\":\"not a key\",\"fields\":{}}"))
        .isEqualTo(MappedIssue.skipped("issue with unparseable key", "not a key"));
  }

  @Test
  void issueWithoutFieldsIsSkipped() {
    assertThat(map("{\"key\":\"A-4\"}"))
        .isEqualTo(MappedIssue.skipped("issue without fields", "A-4"));
  }

  @Test
  void issueWithoutStatusOrStatusNameIsSkipped() {
    assertThat(map("{\"key\":\"A-5\",\"fields\":{" + DATES + "}}"))
        .isEqualTo(MappedIssue.skipped("issue without status", "A-5"));
    assertThat(map("{\"key\":\"A-6\",\"fields\":{\"status\":{\"id\":\"1\"}," + DATES + "}}"))
        .isEqualTo(MappedIssue.skipped("issue without status", "A-6"));
  }

  @Test
  void issueWithoutCreatedOrUpdatedDateIsSkipped() {
    String status = "\"status\":{\"name\":\"Open\"}";
    assertThat(map("{\"key\":\"A-7\",\"fields\":{" + status + "}}"))
        .isEqualTo(MappedIssue.skipped("issue without created date", "A-7"));
    assertThat(
            map(
                "{\"key\":\"A-8\",\"fields\":{"
                    + status
                    + ",\"created\":\"2024-01-01T00:00:00.000+0000\"}}"))
        .isEqualTo(MappedIssue.skipped("issue without updated date", "A-8"));
  }

  @Test
  void unreadablePartsAreLeftOutWithASkipAndTheIssueIsKept() {
    MappedIssue mapped =
        map(
            "{\"key\":\"A-9\",\"fields\":{\"status\":{\"name\":\"Open\"},"
                + DATES
                + ",\"customfield_10281\":[\"com.atlassian.greenhopper.service.sprint.Sprint@1"
                + "[state=ACTIVE]\"],\"customfield_10008\":\"epic nine\","
                + "\"comment\":{\"comments\":[{\"id\":\"5\"}]}},"
                + "\"changelog\":{\"histories\":[{\"id\":\"77\",\"items\":[]},"
                + "{\"id\":\"78\",\"created\":\"2024-01-01T00:00:00.000+0000\",\"items\":[{}]}]}}");

    assertThat(mapped.issue()).isPresent();
    assertThat(mapped.skipped())
        .containsExactly(
            new Skip("epic link is not an issue key", "A-9 -> \"epic nine\""),
            new Skip(
                "unreadable sprint value",
                "A-9: \"com.atlassian.greenhopper.service.sprint.Sprint@1[state=ACTIVE]\""),
            new Skip("history entry without date", "A-9 history 77"),
            new Skip("history item without field", "A-9 history 78"),
            new Skip("comment without id or date", "A-9 comment 5"));
  }

  @Test
  void subtaskKeepsItsNonEpicParent() {
    Issue issue =
        issue(
            "{\"key\":\"A-10\",\"fields\":{\"status\":{\"name\":\"Open\"},"
                + DATES
                + ",\"issuetype\":{\"name\":\"Sub-task\",\"subtask\":true},"
                + "\"parent\":{\"key\":\"A-3\",\"fields\":{\"issuetype\":{\"name\":\"Task\"}}}}}");

    assertThat(issue.subtask()).isTrue();
    assertThat(issue.parent()).isEqualTo(IssueKey.parse("A-3"));
    assertThat(issue.epic()).isNull();
  }

  private MappedIssue map(String json) {
    return mapper.map(WireFixtures.parse(json, IssueDto.class));
  }

  private Issue issue(String json) {
    MappedIssue mapped = map(json);
    assertThat(mapped.skipped()).isEmpty();
    return mapped.issue().orElseThrow();
  }
}
