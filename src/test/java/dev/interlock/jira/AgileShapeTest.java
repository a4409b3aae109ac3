package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Jira Software (agile) issue shape, as {@code GET /rest/agile/1.0/issue/{key}} returns it and
 * as archived sites keep it: {@code sprint}, {@code closedSprints}, {@code flagged} and {@code
 * epic} beside the platform fields, and usually no field list.
 */
class AgileShapeTest {
  private final IssueMapper noFieldList = new IssueMapper(FieldCatalog.UNKNOWN);

  @Test
  void closedSprintsAreTheEarlierSprintsWithTheirDatesAndSprintIsTheCurrentOne() {
    Issue issue = IssueMapperTest.mapped(noFieldList, "agile-issue.json");

    assertThat(issue.sprints())
        .containsExactly(
            new Sprint(
                201,
                "Mobile Sprint 7",
                SprintState.CLOSED,
                Instant.parse("2023-02-06T08:00:00Z"),
                Instant.parse("2023-02-20T08:00:00Z"),
                Instant.parse("2023-02-20T16:42:10.512Z")),
            new Sprint(
                207,
                "Mobile Sprint 8",
                SprintState.CLOSED,
                Instant.parse("2023-02-20T17:00:00Z"),
                Instant.parse("2023-03-06T08:00:00Z"),
                Instant.parse("2023-03-06T07:55:00Z")),
            new Sprint(
                213,
                "Mobile Sprint 9",
                SprintState.ACTIVE,
                Instant.parse("2023-03-06T08:00:00Z"),
                Instant.parse("2023-03-20T08:00:00Z"),
                null));
  }

  @Test
  void theEpicObjectGivesTheEpicKey() {
    Issue issue = IssueMapperTest.mapped(noFieldList, "agile-issue.json");

    assertThat(issue.epic()).isEqualTo(IssueKey.parse("MOB-5"));
    assertThat(issue.parent()).isNull();
  }

  @Test
  void theFlagIsReadAndItsHistoryTellsSinceWhenItIsSet() {
    Issue issue = IssueMapperTest.mapped(noFieldList, "agile-issue.json");

    assertThat(issue.flagged()).isTrue();
    // Set on 02-27, cleared on 03-02, set again on 03-07: flagged since the last setting.
    assertThat(issue.flaggedSince()).contains(Instant.parse("2023-03-07T14:30:00Z"));
    assertThat(issue.historyFetched()).isTrue();
  }

  @Test
  void anUnflaggedAgileIssueIsNotFlaggedAndHasNoSince() {
    Issue issue = fromJson(noFieldList, minimal("MOB-78", "\"flagged\": false"));

    assertThat(issue.flagged()).isFalse();
    assertThat(issue.flaggedSince()).isEmpty();
  }

  @Test
  void anIssueFetchedWithoutChangelogSaysSoAndAFlagWithoutHistoryHasNoSince() {
    Issue issue = fromJson(noFieldList, minimal("MOB-79", "\"flagged\": true"));

    assertThat(issue.historyFetched()).isFalse();
    assertThat(issue.flagged()).isTrue();
    assertThat(issue.flaggedSince()).isEmpty();
  }

  @Test
  void thePlatformFlaggedCustomFieldIsFoundByNameInTheFieldList() {
    FieldCatalog catalog =
        FieldCatalog.of(
            WireFixtures.parse(
                "[{\"id\": \"customfield_10021\", \"name\": \"Flagged\", \"custom\": true,"
                    + " \"schema\": {\"type\": \"array\", \"items\": \"option\", \"custom\":"
                    + " \"com.atlassian.jira.plugin.system.customfieldtypes:multicheckboxes\"}}]",
                new TypeReference<List<FieldDto>>() {}));
    IssueMapper mapper = new IssueMapper(catalog);

    Issue flagged =
        fromJson(
            mapper,
            minimal(
                "PAY-90",
                "\"customfield_10021\": [{\"id\": \"10019\", \"value\": \"Impediment\"}]"));
    Issue cleared = fromJson(mapper, minimal("PAY-91", "\"customfield_10021\": []"));

    assertThat(catalog.flaggedField()).contains("customfield_10021");
    assertThat(flagged.flagged()).isTrue();
    assertThat(cleared.flagged()).isFalse();
  }

  private static Issue fromJson(IssueMapper mapper, String json) {
    return mapper.map(WireFixtures.parse(json, IssueDto.class)).issue().orElseThrow();
  }

  /** A small issue without changelog, with one extra field. */
  private static String minimal(String key, String extraField) {
    return "{\"id\": \"1\", \"key\": \""
        + key
        + "\", \"fields\": {\"summary\": \"s\", \"issuetype\": {\"name\": \"Task\"},"
        + " \"status\": {\"name\": \"Open\", \"statusCategory\": {\"key\": \"new\"}},"
        + " \"created\": \"2023-01-01T00:00:00.000+0000\","
        + " \"updated\": \"2023-01-02T00:00:00.000+0000\", "
        + extraField
        + "}}";
  }
}
