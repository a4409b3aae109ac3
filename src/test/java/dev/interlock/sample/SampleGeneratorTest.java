package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
  private static final Path COMMITTED = Path.of("sample-data/acme");

  @TempDir Path temp;

  @Test
  void sameOptionsWriteByteIdenticalFiles() throws IOException {
    Path first = temp.resolve("first");
    Path second = temp.resolve("second");
    new SampleGenerator(SampleOptions.acme()).writeTo(first);
    new SampleGenerator(SampleOptions.acme()).writeTo(second);

    assertSameFiles(first, second, GeneratedFiles.fileNames(first));
  }

  @Test
  void committedAcmeSampleEqualsAFreshGeneration() throws IOException {
    assertThat(Files.isDirectory(COMMITTED))
        .as(
            "%s is missing (run the tests from the project root, or regenerate it with"
                + " ./interlock generate-sample --out sample-data/acme)",
            COMMITTED.toAbsolutePath())
        .isTrue();
    Path fresh = temp.resolve("acme");
    new SampleGenerator(SampleOptions.acme()).writeTo(fresh);

    List<String> committed =
        GeneratedFiles.fileNames(COMMITTED).stream().filter(n -> !n.equals("README.md")).toList();
    assertThat(committed)
        .as("files of %s besides README.md", COMMITTED)
        .isEqualTo(GeneratedFiles.fileNames(fresh));
    assertSameFiles(fresh, COMMITTED, committed);
  }

  @Test
  void acmeCountsAreSevenTeamsOfEightyTwoPlusTwentyUnownedPlusFiveActionItemsInEightFiles()
      throws IOException {
    GeneratedSample sample = new SampleGenerator(SampleOptions.acme()).writeTo(temp);

    assertThat(sample.issues()).isEqualTo(7 * 82 + 20 + 5);
    assertThat(sample.files()).isEqualTo(6 + 2);
    assertThat(GeneratedFiles.fileNames(temp))
        .containsExactly(
            "field.json",
            "issueLinkType.json",
            "search-0001.json",
            "search-0002.json",
            "search-0003.json",
            "search-0004.json",
            "search-0005.json",
            "search-0006.json");
  }

  @Test
  void linkCountIsTheNumberOfDistinctLinkIdsInTheFiles() throws IOException {
    GeneratedSample sample = new SampleGenerator(SampleOptions.acme()).writeTo(temp);

    Set<String> ids = new TreeSet<>();
    new GeneratedFiles(temp)
        .issues
        .values()
        .forEach(
            i -> i.get("fields").get("issuelinks").forEach(l -> ids.add(l.get("id").asText())));
    assertThat(sample.links()).isEqualTo(ids.size());
  }

  @Test
  void scaledOptionsGiveTheExpectedIssueCountAndDistinctProjectKeys() throws IOException {
    SampleOptions options = new SampleOptions(42, 20, 50, Instant.parse("2026-11-16T08:00:00Z"), 6);
    GeneratedSample sample = new SampleGenerator(options).writeTo(temp);

    GeneratedFiles files = new GeneratedFiles(temp);
    // 20 teams include the seven named ones, so all five action items are planted.
    assertThat(sample.issues()).isEqualTo(20 * 50 + 12 + 5).isEqualTo(files.issues.size());
    Set<String> projects = new TreeSet<>();
    files.issues.keySet().forEach(k -> projects.add(GeneratedFiles.project(k)));
    assertThat(projects)
        .hasSize(21)
        .contains("PAY", "CHK", "CAT", "IDN", "MOB", "PLAT", "DATA", "T008", "T020", "OPS");
    assertThat(files.issues.values())
        .filteredOn(i -> i.get("key").asText().startsWith("T020-"))
        .hasSize(50);
  }

  @Test
  void differentSeedsGiveDifferentData() throws IOException {
    Instant now = Instant.parse("2026-11-16T08:00:00Z");
    new SampleGenerator(new SampleOptions(1, 7, 20, now, 3)).writeTo(temp.resolve("a"));
    new SampleGenerator(new SampleOptions(2, 7, 20, now, 3)).writeTo(temp.resolve("b"));

    assertThat(Files.readAllBytes(temp.resolve("a/search-0001.json")))
        .isNotEqualTo(Files.readAllBytes(temp.resolve("b/search-0001.json")));
  }

  @Test
  void regeneratingReplacesOldPagesAndKeepsOtherFiles() throws IOException {
    Files.writeString(temp.resolve("search-0099.json"), "{}");
    Files.writeString(temp.resolve("README.md"), "hello");

    new SampleGenerator(SampleOptions.acme()).writeTo(temp);

    assertThat(temp.resolve("search-0099.json")).doesNotExist();
    assertThat(temp.resolve("README.md")).hasContent("hello");
  }

  @Test
  void constructorRejectsMissingOptions() {
    assertThatThrownBy(() -> new SampleGenerator(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("options");
  }

  private static void assertSameFiles(Path expected, Path actual, List<String> names)
      throws IOException {
    for (String name : names) {
      assertThat(Files.mismatch(expected.resolve(name), actual.resolve(name)))
          .as("offset of the first byte of %s that differs in %s (-1: none)", name, actual)
          .isEqualTo(-1L);
    }
  }
}
