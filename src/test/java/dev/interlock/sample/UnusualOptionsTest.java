package dev.interlock.sample;

import static dev.interlock.sample.GeneratedFiles.fields;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Small, odd and large-team options still give complete, self-consistent data. */
class UnusualOptionsTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "seed {0}, {1} teams of {2}, now {3}, {4} months")
  @CsvSource({
    "3, 1, 20, 2027-03-06T21:13:07.123456Z, 3",
    "4, 3, 25, 2026-12-25T00:00:00Z, 4",
    "5, 12, 30, 2027-01-01T12:00:00Z, 12",
    "6, 7, 120, 2026-11-16T08:00:00Z, 6"
  })
  void changelogsReplayAndLinksHaveBothEnds(
      long seed, int teams, int perTeam, String now, int months) throws IOException {
    SampleOptions options = new SampleOptions(seed, teams, perTeam, Instant.parse(now), months);
    GeneratedSample sample = new SampleGenerator(options).writeTo(dir);

    GeneratedFiles files = new GeneratedFiles(dir);
    assertThat(files.issues).hasSize(options.totalIssues()).hasSize(sample.issues());
    files.issues.values().forEach(issue -> new ChangelogReplay(issue).replayBackwards());
    files.issues.forEach(
        (key, issue) -> {
          for (JsonNode link : fields(issue).get("issuelinks")) {
            JsonNode other = files.issues.get(GeneratedFiles.otherKey(link));
            if (other != null) {
              assertThat(fields(other).get("issuelinks").findValuesAsText("id"))
                  .as("links of %s", other.get("key"))
                  .contains(link.get("id").asText());
            }
          }
        });
  }
}
