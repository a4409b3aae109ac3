package dev.interlock.config;

import static dev.interlock.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Values that parse but make no sense: each error names file, line, column and key. */
class ConfigValidationTest {
  private static final String OFFLINE_TEAMS =
      """
      source: {offline: snapshot}
      teams: [{name: Payments, projects: [PAY]}]
      """;

  @TempDir Path dir;

  @Test
  void teamNamesMustDiffer() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - {name: Payments, projects: [PAY]}
          - {name: Checkout, projects: [CHK]}
          - {name: Payments, projects: [PAY2]}
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:5:12: teams[2].name: duplicate team name \"Payments\", already used by"
                + " teams[0]; give each team its own name");
  }

  @Test
  void aProjectKeyMustLookLikeTheStartOfAnIssueKey() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - name: Payments
            projects: [PAY, pay-2]
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:21: teams[0].projects[1]: \"pay-2\" is not a Jira project key; write"
                + " the key as it starts issue keys, in capitals: PAY for PAY-123");
  }

  @Test
  void anUnknownLinkMeaningListsTheKnownOnes() {
    String yaml = OFFLINE_TEAMS + "linkTypes:\n  Blocks: blocker\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:11: linkTypes.Blocks: unknown meaning \"blocker\"; use"
                + " outward-blocks, outward-depends or ignore");
  }

  @Test
  void anUnknownMeaningInTheLongFormIsNamedByItsKey() {
    String yaml = OFFLINE_TEAMS + "linkTypes:\n  Dependent: {meaning: blocks, strength: soft}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:24: linkTypes.Dependent.meaning: unknown meaning \"blocks\"; use"
                + " outward-blocks, outward-depends or ignore");
  }

  @Test
  void anUnknownStrengthSaysHardOrSoft() {
    String yaml = OFFLINE_TEAMS + "linkTypes:\n  Dependent: {meaning: ignore, strength: medium}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:42: linkTypes.Dependent.strength: unknown strength \"medium\"; use"
                + " hard or soft");
  }

  @Test
  void theLongFormAllowsOnlyMeaningAndStrength() {
    String yaml = OFFLINE_TEAMS + "linkTypes:\n  Dependent: {meaning: ignore, strenght: soft}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:32: linkTypes.Dependent.strenght: unknown key; allowed keys:"
                + " meaning, strength");
  }

  @Test
  void anUnknownFlavorSaysWhichExist() {
    String yaml = OFFLINE_TEAMS + "jira: {url: https://jira.acme.example, flavor: server}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:48: jira.flavor: unknown flavor \"server\"; use cloud or datacenter"
                + " (Jira Server counts as datacenter)");
  }

  @Test
  void aUrlWithoutSchemeIsNotAWebAddress() {
    String yaml = OFFLINE_TEAMS + "jira: {url: acme.atlassian.net}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:13: jira.url: \"acme.atlassian.net\" is not a web address; write it"
                + " in full, e.g. https://acme.atlassian.net");
  }

  @Test
  void aUrlWithCredentialsIsRefusedWithoutRepeatingThem() {
    String yaml = OFFLINE_TEAMS + "jira: {url: \"https://bot:hunter2@jira.acme.example\"}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:13: jira.url: remove the user name and password from the address;"
                + " sign in with jira.auth");
  }

  @Test
  void theTimeboxMustBePositive() {
    String yaml = OFFLINE_TEAMS + "meeting: {timeboxMinutes: 0}\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo("interlock.yaml:3:27: meeting.timeboxMinutes: must be at least 1, got 0");
  }

  @Test
  void maxItemsMustBePositive() {
    String yaml = OFFLINE_TEAMS + "meeting:\n  maxItems: -3\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo("interlock.yaml:4:13: meeting.maxItems: must be at least 1, got -3");
  }

  @Test
  void withoutOfflineSnapshotOrJiraThereIsNoSource() {
    String yaml = "teams: [{name: Payments, projects: [PAY]}]\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:1:1: source: no source of issues; set source.offline to a snapshot"
                + " folder, or add a jira section with the url of your Jira");
  }

  @Test
  void anEmptySourceSectionIsPointedAt() {
    String yaml = "teams: [{name: Payments, projects: [PAY]}]\nsource:\n  offline:\n";

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:2:1: source: no source of issues; set source.offline to a snapshot"
                + " folder, or add a jira section with the url of your Jira");
  }
}
