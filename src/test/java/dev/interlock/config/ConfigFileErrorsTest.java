package dev.interlock.config;

import static dev.interlock.config.ConfigFiles.loadError;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Errors in reading the file and in its shape: each names file, line, column and key. */
class ConfigFileErrorsTest {
  @TempDir Path dir;

  @Test
  void aMissingFileIsNamed() {
    Path missing = dir.resolve("nope.yaml");

    assertThatThrownBy(() -> ConfigLoader.load(missing, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": no such configuration file; check the path");
  }

  @Test
  void aDirectoryIsNotAConfigurationFile() {
    assertThatThrownBy(() -> ConfigLoader.load(dir, Map.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(dir + ": is a directory; give the path of the YAML file itself");
  }

  @Test
  void aYamlSyntaxErrorCarriesTheParsersLineAndColumn() {
    String yaml =
        """
        meeting:
          name: Acme: Scrum of Scrums
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:2:13: invalid YAML: mapping values are not allowed here; check the"
                + " indentation (spaces, not tabs), colons and quotes here and on the line before");
  }

  @Test
  void anEmptyFileSaysWhereToStart() {
    assertThat(loadError(dir, "# nothing yet\n"))
        .isEqualTo(
            "interlock.yaml:1:1: the file is empty; start from config/interlock.example.yaml");
  }

  @Test
  void theTopLevelMustBeKeysAndValues() {
    assertThat(loadError(dir, "- Payments\n- Checkout\n"))
        .isEqualTo("interlock.yaml:1:1: expected key: value pairs, got a list");
  }

  @Test
  void anUnknownTopLevelKeyListsTheAllowedKeys() {
    String yaml =
        """
        source: {offline: snapshot}
        teams: [{name: Payments, projects: [PAY]}]
        meetings: {maxItems: 3}
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:1: meetings: unknown key; allowed keys: jira, source, teams,"
                + " linkTypes, meeting, analysis, output, state, sync,"
                + " publish");
  }

  @Test
  void anUnknownTeamKeyIsNamedWithItsIndex() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - name: Payments
            projets: [PAY]
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:5: teams[0].projets: unknown key; allowed keys: name, projects,"
                + " components, labels, jql");
  }

  @Test
  void textWhereANumberBelongsIsQuoted() {
    String yaml =
        """
        source: {offline: snapshot}
        teams: [{name: Payments, projects: [PAY]}]
        meeting:
          timeboxMinutes: half an hour
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:19: meeting.timeboxMinutes: expected a whole number, got \"half an"
                + " hour\"");
  }

  @Test
  void aSingleValueWhereAListBelongsSaysHowToWriteAList() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - name: Payments
            projects: PAY
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:4:15: teams[0].projects: expected a list (lines starting with \"- \","
                + " or [a, b]), got \"PAY\"");
  }

  @Test
  void aSingleValueWhereKeysBelongIsRefused() {
    String yaml =
        """
        source: {offline: snapshot}
        teams: [{name: Payments, projects: [PAY]}]
        meeting: 30
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo("interlock.yaml:3:10: meeting: expected key: value pairs, got \"30\"");
  }

  @Test
  void teamsAreRequired() {
    assertThat(loadError(dir, "source: {offline: snapshot}\n"))
        .isEqualTo(
            "interlock.yaml:1:1: teams: missing; list the teams, e.g. teams: [{name: Payments,"
                + " projects: [PAY]}]");
  }

  @Test
  void anEmptyTeamListIsRefused() {
    assertThat(loadError(dir, "source: {offline: snapshot}\nteams: []\n"))
        .isEqualTo(
            "interlock.yaml:2:8: teams: list at least one team, e.g. - {name: Payments, projects:"
                + " [PAY]}");
  }

  @Test
  void aTeamWithoutANameIsPointedAt() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - name: Payments
            projects: [PAY]
          - projects: [CHK]
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo("interlock.yaml:5:5: teams[1].name: missing; every team needs a name");
  }

  @Test
  void aTeamNeedsAWayToRecogniseItsIssues() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - name: Payments
            projects: [PAY]
          - name: Checkout
            projects: []
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:5:5: teams[1]: no way to tell which issues are this team's; add"
                + " projects, components, labels or jql");
  }

  @Test
  void aJiraSectionNeedsItsUrl() {
    String yaml =
        """
        jira:
          flavor: cloud
        teams: [{name: Payments, projects: [PAY]}]
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:2:3: jira.url: missing; write the address of your Jira, e.g."
                + " https://acme.atlassian.net");
  }

  @Test
  void aKeyWrittenTwiceIsRefused() {
    String yaml =
        """
        source: {offline: snapshot}
        teams: [{name: Payments, projects: [PAY]}]
        linkTypes:
          Blocks: outward-blocks
          Blocks: ignore
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:5:3: linkTypes.Blocks: duplicate key, already set on line 4;"
                + " keep one");
  }

  @Test
  void anUnsetVariableWithoutDefaultNamesTheVariable() {
    String yaml =
        """
        jira:
          url: ${JIRA_URL}
        teams: [{name: Payments, projects: [PAY]}]
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:2:8: jira.url: environment variable JIRA_URL is not set; export it or"
                + " write the value");
  }

  @Test
  void anEmptyRequiredValueIsRefused() {
    String yaml =
        """
        source: {offline: snapshot}
        teams:
          - {name: "", projects: [PAY]}
        """;

    assertThat(loadError(dir, yaml))
        .isEqualTo(
            "interlock.yaml:3:12: teams[0].name: empty value; write a value or remove the key");
  }
}
