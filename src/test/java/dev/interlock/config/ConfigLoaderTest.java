package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.LinkMeaning;
import dev.interlock.model.LinkRule;
import dev.interlock.model.Strength;
import dev.interlock.model.Team;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
  private static final String OFFLINE_TEAMS =
      """
      source: {offline: snapshot}
      teams:
        - {name: Payments, projects: [PAY]}
      """;

  @TempDir Path dir;

  @Test
  void shortFormLinkRulesAreHardAndKeepTheFilesOrder() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS
                + """
                linkTypes:
                  Relates: ignore
                  Blocks: outward-blocks
                  Dependency: outward-depends
                """,
            Map.of());

    assertThat(config.linkTypes().keySet()).containsExactly("Relates", "Blocks", "Dependency");
    assertThat(config.linkTypes())
        .containsEntry("Relates", new LinkRule(LinkMeaning.IGNORE, Strength.HARD))
        .containsEntry("Blocks", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD))
        .containsEntry("Dependency", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD));
  }

  @Test
  void longFormLinkRuleSetsStrengthAndDefaultsToHard() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS
                + """
                linkTypes:
                  Dependent: {meaning: outward-blocks, strength: soft}
                  Gates: {meaning: outward-depends}
                """,
            Map.of());

    assertThat(config.linkTypes())
        .containsEntry("Dependent", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.SOFT))
        .containsEntry("Gates", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD));
  }

  @Test
  void linkTypeNamesAreCaseSensitive() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir, OFFLINE_TEAMS + "linkTypes: {Blocks: outward-blocks, blocks: ignore}\n", Map.of());

    assertThat(config.linkTypes().keySet()).containsExactly("Blocks", "blocks");
  }

  @Test
  void leftOutSectionsTakeTheirDefaults() throws ConfigException {
    InterlockConfig config = ConfigFiles.load(dir, OFFLINE_TEAMS, Map.of());

    assertThat(config.jira()).isNull();
    assertThat(config.linkTypes()).isEmpty();
    assertThat(config.meeting()).isEqualTo(new MeetingSettings("Scrum of Scrums", 30, 12, null, 7));
    assertThat(config.output().dir()).isEqualTo(dir.resolve("out"));
    assertThat(config.state().path()).isEqualTo(dir.resolve("state/interlock.db"));
    assertThat(config.sync())
        .isEqualTo(
            new SyncSettings(
                dir.resolve("state/snapshot"),
                java.time.Duration.ofMinutes(10),
                java.time.Duration.ofDays(7)));
  }

  @Test
  void stateAndSyncSettingsAreReadRelativeToTheFile() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS
                + "state: {path: memory/sos.db}\n"
                + "sync: {dir: pulls/latest, overlapMinutes: 30, fullEvery: 12h}\n",
            Map.of());
    assertThat(config.state().path()).isEqualTo(dir.resolve("memory/sos.db"));
    assertThat(config.sync())
        .isEqualTo(
            new SyncSettings(
                dir.resolve("pulls/latest"),
                java.time.Duration.ofMinutes(30),
                java.time.Duration.ofHours(12)));
  }

  @Test
  void aFullEveryThatIsNotDaysOrHoursIsRefusedWithTheKey() {
    assertThat(ConfigFiles.loadError(dir, OFFLINE_TEAMS + "sync: {fullEvery: weekly}\n"))
        .contains("sync.fullEvery")
        .contains("must be a number of days or hours such as 7d or 12h, got \"weekly\"");
    assertThat(ConfigFiles.loadError(dir, OFFLINE_TEAMS + "sync: {overlapMinutes: -5}\n"))
        .contains("sync.overlapMinutes")
        .contains("must be 0 to 1440 minutes, got -5");
    assertThat(ConfigFiles.loadError(dir, OFFLINE_TEAMS + "state: {file: x.db}\n"))
        .contains("state");
  }

  @Test
  void meetingSettingsAreRead() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS + "meeting: {name: Acme SoS, timeboxMinutes: 15, maxItems: 5}\n",
            Map.of());

    assertThat(config.meeting()).isEqualTo(new MeetingSettings("Acme SoS", 15, 5, null, 7));
  }

  @Test
  void relativePathsResolveAgainstTheDirectoryOfTheFileNotTheWorkingDirectory()
      throws ConfigException {
    Path etc = dir.resolve("etc/interlock");
    InterlockConfig config =
        ConfigFiles.load(
            etc,
            """
            jira:
              url: https://jira.acme.example
              auth: {tokenFile: secrets/token}
            source: {offline: ../../snapshots/acme}
            teams: [{name: Payments, projects: [PAY]}]
            output: {dir: reports}
            """,
            Map.of());

    assertThat(config.file()).isEqualTo(etc.resolve("interlock.yaml"));
    assertThat(config.source().offline()).isEqualTo(dir.resolve("snapshots/acme"));
    assertThat(config.output().dir()).isEqualTo(etc.resolve("reports"));
    assertThat(config.jira().tokenFile()).isEqualTo(etc.resolve("secrets/token"));
  }

  @Test
  void absolutePathsAreKept() throws ConfigException {
    Path elsewhere = dir.resolve("elsewhere").toAbsolutePath();
    InterlockConfig config =
        ConfigFiles.load(
            dir.resolve("conf"), OFFLINE_TEAMS + "output: {dir: " + elsewhere + "}\n", Map.of());

    assertThat(config.output().dir()).isEqualTo(elsewhere);
  }

  @Test
  void variablesExpandFromTheEnvironmentAndDefaultsStandInForUnsetOrEmptyOnes()
      throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            """
            jira:
              url: ${JIRA_URL}
              auth: {token: "${JIRA_TOKEN}"}
            teams:
              - {name: "${TEAM_PREFIX:-Team} Payments", projects: ["${PAY_KEY}"]}
            meeting: {name: "${MEETING:-Weekly SoS}", maxItems: "${MAX_ITEMS:-7}"}
            output: {dir: "${OUT}/agenda"}
            """,
            Map.of(
                "JIRA_URL",
                "https://jira.acme.example",
                "PAY_KEY",
                "PAY",
                "MEETING",
                "",
                "OUT",
                "/srv/interlock"));

    assertThat(config.jira().url()).isEqualTo(URI.create("https://jira.acme.example"));
    assertThat(config.teams().get(0).name()).isEqualTo("Team Payments");
    assertThat(config.teams().get(0).projects()).containsExactly("PAY");
    assertThat(config.meeting()).isEqualTo(new MeetingSettings("Weekly SoS", 30, 7, null, 7));
    assertThat(config.output().dir()).isEqualTo(Path.of("/srv/interlock/agenda"));
  }

  @Test
  void anOptionalValueThatExpandsToNothingCountsAsUnset() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir.resolve("conf"),
            """
            source: {offline: "${SNAPSHOT:-}"}
            jira: {url: "https://jira.acme.example", auth: {token: "${JIRA_TOKEN}"}}
            teams: [{name: Payments, projects: [PAY]}]
            """,
            Map.of());

    assertThat(config.source().offline()).isNull();
  }

  @Test
  void flavorIsCloudForAtlassianNetHostsAndDataCenterOtherwise() throws ConfigException {
    String teams = "teams: [{name: Payments, projects: [PAY]}]\nsource: {offline: snap}\n";

    InterlockConfig cloud =
        ConfigFiles.load(dir, teams + "jira: {url: https://Acme.Atlassian.net/}\n", Map.of());
    InterlockConfig dataCenter =
        ConfigFiles.load(dir, teams + "jira: {url: https://jira.acme.example/jira/}\n", Map.of());

    assertThat(cloud.jira().flavor()).isEqualTo(JiraFlavor.CLOUD);
    assertThat(cloud.jira().url()).isEqualTo(URI.create("https://Acme.Atlassian.net"));
    assertThat(dataCenter.jira().flavor()).isEqualTo(JiraFlavor.DATACENTER);
    assertThat(dataCenter.jira().url()).isEqualTo(URI.create("https://jira.acme.example/jira"));
  }

  @Test
  void aWrittenFlavorWinsOverTheHost() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            OFFLINE_TEAMS + "jira: {url: https://acme.atlassian.net, flavor: datacenter}\n",
            Map.of());

    assertThat(config.jira().flavor()).isEqualTo(JiraFlavor.DATACENTER);
  }

  @Test
  void teamsKeepEveryWayOfRecognisingTheirIssues() throws ConfigException {
    InterlockConfig config =
        ConfigFiles.load(
            dir,
            """
            source: {offline: snapshot}
            teams:
              - name: Mobile
                projects: [APP, APP_IOS]
                components: [iOS, Android]
                labels: [mobile]
                jql: project = APP AND labels = mobile
              - {name: Web, labels: [web]}
            """,
            Map.of());

    assertThat(config.teams())
        .containsExactly(
            new Team(
                "Mobile",
                List.of("APP", "APP_IOS"),
                List.of("iOS", "Android"),
                List.of("mobile"),
                "project = APP AND labels = mobile"),
            new Team("Web", List.of(), List.of(), List.of("web"), null));
  }
}
