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

/** The two configurations shipped in {@code config/} load as documented. */
class ShippedConfigFilesTest {
  private static final Path PROJECT = Path.of("").toAbsolutePath();

  @Test
  void theSampleLoadsWithAnEmptyEnvironmentAndPointsAtTheSampleData() throws ConfigException {
    InterlockConfig config = ConfigLoader.load(Path.of("config/sample.yaml"), Map.of());

    assertThat(config.jira()).isNull();
    assertThat(config.source().offline()).isEqualTo(PROJECT.resolve("sample-data/acme"));
    assertThat(config.output().dir()).isEqualTo(PROJECT.resolve("out"));
    assertThat(config.meeting())
        .isEqualTo(
            new MeetingSettings(
                "Acme Scrum of Scrums",
                30,
                12,
                dev.interlock.config.MeetingSchedule.of(
                    List.of(java.time.DayOfWeek.MONDAY, java.time.DayOfWeek.THURSDAY),
                    java.time.LocalTime.of(9, 30),
                    java.time.ZoneId.of("Europe/Berlin")),
                7,
                ActionItemQuery.parse("labels = sos-action"),
                "the engineering managers of the teams involved"));
    assertThat(config.teams())
        .extracting(Team::name)
        .containsExactly(
            "Payments", "Checkout", "Catalog", "Identity", "Mobile", "Platform", "Data");
    assertThat(config.teams())
        .flatExtracting(Team::projects)
        .containsExactly("PAY", "CHK", "CAT", "IDN", "MOB", "PLAT", "DATA")
        .doesNotContain("OPS");
  }

  @Test
  void theSampleMapsReversedDependentAsOutwardBlocksAndLeavesRequirementAndGatesOut()
      throws ConfigException {
    InterlockConfig config = ConfigLoader.load(Path.of("config/sample.yaml"), Map.of());

    assertThat(config.linkTypes().keySet())
        .containsExactly("Blocks", "Dependency", "Dependent", "Relates", "Cloners", "Duplicate");
    assertThat(config.linkTypes())
        .containsEntry("Dependent", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.HARD))
        .containsEntry("Dependency", new LinkRule(LinkMeaning.OUTWARD_DEPENDS, Strength.HARD));
  }

  @Test
  void theExampleLoadsForALiveCloudRunAndItsSecretsResolveFromTheEnvironment()
      throws ConfigException {
    Map<String, String> env =
        Map.of("JIRA_EMAIL", "bot@acme.example", "JIRA_API_TOKEN", "s3cr3t-t0ken");

    InterlockConfig config = ConfigLoader.load(Path.of("config/interlock.example.yaml"), env);

    assertThat(config.source().offline()).isNull();
    assertThat(config.jira().url()).isEqualTo(URI.create("https://acme.atlassian.net"));
    assertThat(config.jira().flavor()).isEqualTo(JiraFlavor.CLOUD);
    assertThat(config.jira().email().resolve(env)).isEqualTo("bot@acme.example");
    assertThat(config.jira().resolveToken(env)).isEqualTo("s3cr3t-t0ken");
    assertThat(config.teams())
        .extracting(Team::name)
        .containsExactly("Payments", "Checkout", "Mobile");
    assertThat(config.linkTypes())
        .containsEntry("Dependent", new LinkRule(LinkMeaning.OUTWARD_BLOCKS, Strength.SOFT));
    assertThat(config.output().dir()).isEqualTo(Path.of("/var/lib/interlock/out"));
    assertThat(config.toString()).doesNotContain("s3cr3t-t0ken");
  }
}
