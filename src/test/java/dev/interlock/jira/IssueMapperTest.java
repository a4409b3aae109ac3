package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Person;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class IssueMapperTest {
  private final IssueMapper cloud =
      new IssueMapper(FieldCatalog.of(WireFixtures.fields("cloud-field.json")));
  private final IssueMapper dataCenter =
      new IssueMapper(FieldCatalog.of(WireFixtures.fields("dc-field.json")));

  @Test
  void cloudIssueMapsEveryStandardField() {
    Issue issue = mapped(cloud, "cloud-issue.json");

    assertThat(issue.key()).isEqualTo(IssueKey.parse("PAY-42"));
    assertThat(issue.id()).isEqualTo("10042");
    assertThat(issue.summary()).isEqualTo("Zahlungsausfall prüfen – 支付 retry");
    assertThat(issue.issueType()).isEqualTo("Story");
    assertThat(issue.subtask()).isFalse();
    assertThat(issue.status()).isEqualTo(new Status("In Progress", StatusCategory.IN_PROGRESS));
    assertThat(issue.priority()).isEqualTo("High");
    assertThat(issue.assignee()).isEqualTo(new Person("5b10a2844c20165700ede21g", "Mia Krystof"));
    assertThat(issue.created()).isEqualTo(Instant.parse("2023-02-01T09:00:00Z"));
    assertThat(issue.updated()).isEqualTo(Instant.parse("2023-02-20T16:30:15.250Z"));
    assertThat(issue.resolved()).isNull();
    assertThat(issue.resolution()).isNull();
    assertThat(issue.dueDate()).isEqualTo(LocalDate.of(2023, 3, 1));
    assertThat(issue.fixVersions())
        .containsExactly(new Version("10100", "2.4", LocalDate.of(2023, 3, 15), false));
    assertThat(issue.components()).containsExactly("checkout");
    assertThat(issue.componentIds()).containsExactly("10200");
    assertThat(issue.labels()).containsExactly("cross-team", "q1");
    assertThat(issue.comments())
        .containsExactly(
            new Comment(
                "30001", "5b10ac8d82e05b22cc7d4ef5", Instant.parse("2023-02-10T10:00:00Z")));
  }

  @Test
  void cloudParentOfEpicLevelIsTheEpic() {
    Issue issue = mapped(cloud, "cloud-issue.json");

    assertThat(issue.epic()).isEqualTo(IssueKey.parse("PAY-7"));
    assertThat(issue.parent()).isNull();
  }

  @Test
  void cloudCustomFieldsAreReadThroughTheCatalog() {
    Issue issue = mapped(cloud, "cloud-issue.json");

    assertThat(issue.sprints())
        .containsExactly(
            new Sprint(
                4,
                "PAY Sprint 1",
                SprintState.CLOSED,
                Instant.parse("2023-01-30T09:00:00Z"),
                Instant.parse("2023-02-13T09:00:00Z"),
                Instant.parse("2023-02-13T15:12:39.565Z")),
            new Sprint(
                5,
                "PAY Sprint 2",
                SprintState.ACTIVE,
                Instant.parse("2023-02-13T15:12:39.565Z"),
                Instant.parse("2023-02-27T15:12:00Z"),
                null));
    assertThat(issue.storyPoints()).isEqualTo(5.0);
    assertThat(issue.teamField()).isEqualTo("Payments Core");
  }

  @Test
  void withoutFieldListSprintsAreFoundByShapeAndOtherCustomFieldsAreUnknown() {
    Issue issue = mapped(new IssueMapper(FieldCatalog.UNKNOWN), "cloud-issue.json");

    assertThat(issue.sprints()).extracting(Sprint::id).containsExactly(4L, 5L);
    assertThat(issue.storyPoints()).isNull();
    assertThat(issue.teamField()).isNull();
  }

  @Test
  void historiesBecomeEventsOldestFirstTiesBrokenByHistoryId() {
    Issue issue = mapped(cloud, "cloud-issue.json");
    Instant tie = Instant.parse("2023-02-06T12:00:00Z");
    String mia = "5b10a2844c20165700ede21g";

    assertThat(issue.history())
        .containsExactly(
            new HistoryEvent(
                tie, null, "Link", null, null, null, "SHIP-9", "This issue blocks SHIP-9"),
            new HistoryEvent(tie, mia, "status", "status", "10000", "To Do", "3", "In Progress"),
            new HistoryEvent(tie, mia, "assignee", "assignee", null, null, mia, "Mia Krystof"),
            new HistoryEvent(
                Instant.parse("2023-02-14T08:00:00Z"),
                mia,
                "Sprint",
                "customfield_10020",
                "4",
                "PAY Sprint 1",
                "4, 5",
                "PAY Sprint 1, PAY Sprint 2"));
  }

  @Test
  void dataCenterIssueTakesEpicFromEpicLinkAndSprintFromString() {
    Issue issue = mapped(dataCenter, "dc-issue.json");

    assertThat(issue.epic()).isEqualTo(IssueKey.parse("LP-18384"));
    assertThat(issue.parent()).isNull();
    assertThat(issue.sprints())
        .containsExactly(
            new Sprint(
                444,
                "Shredders Sprint 5",
                SprintState.ACTIVE,
                Instant.parse("2018-04-30T07:01:00Z"),
                Instant.parse("2018-05-14T07:01:00Z"),
                null));
    assertThat(issue.storyPoints()).isEqualTo(3.0);
    assertThat(issue.teamField()).isNull();
  }

  @Test
  void dataCenterPersonsAreIdentifiedByName() {
    Issue issue = mapped(dataCenter, "dc-issue.json");

    assertThat(issue.assignee()).isEqualTo(new Person("jdoe", "Jane Doe"));
    assertThat(issue.comments())
        .containsExactly(new Comment("5001", "jdoe", Instant.parse("2018-04-21T16:00:00Z")));
    assertThat(issue.history())
        .extracting(HistoryEvent::author, HistoryEvent::field, HistoryEvent::at)
        .containsExactly(
            tuple("admin", "duedate", Instant.parse("2018-04-20T17:20:00Z")),
            tuple("jdoe", "status", Instant.parse("2018-04-23T15:00:00Z")));
  }

  @Test
  void mappingAnIssueWithEverythingReadableSkipsNothing() {
    assertThat(cloud.map(WireFixtures.resource("cloud-issue.json", IssueDto.class)).skipped())
        .isEmpty();
    assertThat(dataCenter.map(WireFixtures.resource("dc-issue.json", IssueDto.class)).skipped())
        .isEmpty();
  }

  static Issue mapped(IssueMapper mapper, String resource) {
    return mapper.map(WireFixtures.resource(resource, IssueDto.class)).issue().orElseThrow();
  }
}
