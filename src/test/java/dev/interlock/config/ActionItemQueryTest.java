package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which snapshot issues are action items offline, and how the configuration says so. */
class ActionItemQueryTest {
  private static final String OFFLINE_TEAMS =
      """
      source: {offline: snapshot}
      teams:
        - {name: Payments, projects: [PAY]}
      """;

  @TempDir Path dir;

  @Test
  void theDefaultMatchesIssuesLabelledSosActionInAnyProject() {
    ActionItemQuery q = ActionItemQuery.defaults();

    assertThat(q.jql()).isEqualTo("labels = sos-action");
    assertThat(q.matches(issue("PAY-1", "sos-action", "backend"))).isTrue();
    assertThat(q.matches(issue("OPS-7", "sos-action"))).isTrue();
    assertThat(q.matches(issue("PAY-2", "backend"))).isFalse();
    assertThat(q.matches(issue("PAY-3"))).isFalse();
  }

  @Test
  void labelsInAndProjectJoinedByAndMustAllHold() {
    ActionItemQuery q =
        ActionItemQuery.parse("labels in (sos-action, \"follow up\") and project = sos");

    assertThat(q.labels()).isEqualTo(Set.of("sos-action", "follow up"));
    assertThat(q.projects()).isEqualTo(Set.of("SOS"));
    assertThat(q.matches(issue("SOS-1", "follow up"))).isTrue();
    assertThat(q.matches(issue("SOS-2", "sos-action"))).isTrue();
    // Right label, wrong project; right project, no label.
    assertThat(q.matches(issue("PAY-1", "sos-action"))).isFalse();
    assertThat(q.matches(issue("SOS-3", "backend"))).isFalse();
  }

  @Test
  void aQuotedLabelAfterEqualsIsReadWithoutItsQuotes() {
    ActionItemQuery q = ActionItemQuery.parse("labels = \"follow up\"");

    assertThat(q.labels()).isEqualTo(Set.of("follow up"));
  }

  @Test
  void aProjectAloneMakesEveryIssueOfThatProjectAnActionItem() {
    ActionItemQuery q = ActionItemQuery.parse("project in (SOS, \"ACT\")");

    assertThat(q.labels()).isEmpty();
    assertThat(q.matches(issue("ACT-4"))).isTrue();
    assertThat(q.matches(issue("SOS-9", "anything"))).isTrue();
    assertThat(q.matches(issue("PAY-1", "sos-action"))).isFalse();
  }

  @Test
  void anythingBeyondLabelsAndProjectSaysWhatOfflineUnderstands() {
    assertThatThrownBy(
            () -> ActionItemQuery.parse("labels = sos-action OR assignee = currentUser()"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "cannot use \"labels = sos-action OR assignee = currentUser()\"; offline Interlock"
                + " understands only \"labels = X\", \"labels in (X, Y)\", \"project = X\" and"
                + " \"project in (X, Y)\" joined by AND, e.g. labels = sos-action");
  }

  @Test
  void theConfigurationReadsTheJqlAndWhoDecides() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS
                + """
                meeting:
                  actionItems: {jql: "labels = sos-action AND project = SOS"}
                  escalateTo: the release train engineer
                """,
            Map.of());

    assertThat(config.meeting().actionItems())
        .isEqualTo(
            new ActionItemQuery(
                "labels = sos-action AND project = SOS", Set.of("sos-action"), Set.of("SOS")));
    assertThat(config.meeting().escalateTo()).isEqualTo("the release train engineer");
  }

  @Test
  void withoutTheKeysTheDefaultsApply() throws ConfigException {
    InterlockConfig config = ConfigFiles.load(dir, OFFLINE_TEAMS, Map.of());

    assertThat(config.meeting().actionItems()).isEqualTo(ActionItemQuery.defaults());
    assertThat(config.meeting().escalateTo()).isEqualTo("the teams' managers");
  }

  @Test
  void aJqlOfflineCannotAnswerIsAConfigurationErrorNamingTheKey() {
    assertThat(
            ConfigFiles.loadError(
                dir, OFFLINE_TEAMS + "meeting:\n  actionItems: {jql: \"status = Open\"}\n"))
        .isEqualTo(
            "interlock.yaml:5:22: meeting.actionItems.jql: cannot use \"status = Open\"; offline"
                + " Interlock understands only \"labels = X\", \"labels in (X, Y)\", \"project ="
                + " X\" and \"project in (X, Y)\" joined by AND, e.g. labels = sos-action");
  }

  @Test
  void anUnknownKeyUnderActionItemsIsRefused() {
    assertThat(
            ConfigFiles.loadError(
                dir, OFFLINE_TEAMS + "meeting:\n  actionItems: {label: sos-action}\n"))
        .isEqualTo(
            "interlock.yaml:5:17: meeting.actionItems.label: unknown key; allowed keys: jql");
  }

  @Test
  void anAtMentionAsWhoDecidesIsRefused() {
    assertThat(ConfigFiles.loadError(dir, OFFLINE_TEAMS + "meeting:\n  escalateTo: \"@dana\"\n"))
        .isEqualTo(
            "interlock.yaml:5:15: meeting.escalateTo: must be a name or role in plain text (e.g."
                + " \"the release train engineer\"), not an @-mention or e-mail address, got"
                + " \"@dana\"");
  }

  private static Issue issue(String key, String... labels) {
    Instant t = Instant.parse("2026-11-01T09:00:00Z");
    return new Issue(
        IssueKey.parse(key),
        "1",
        "an issue",
        "Task",
        false,
        new Status("To Do", StatusCategory.TO_DO),
        null,
        null,
        t,
        t,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(labels),
        null,
        null,
        null,
        null,
        List.of(),
        List.of(),
        List.of(),
        false,
        true);
  }
}
