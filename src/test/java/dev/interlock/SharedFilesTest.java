package dev.interlock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** A test that needs the shared folder skips without it, or fails when CI requires it. */
class SharedFilesTest {
  @TempDir Path shared;

  @Test
  void aPresentFileResolvesToItsAbsolutePath() throws IOException {
    Path spec = Files.createDirectories(shared.resolve("jira/openapi")).resolve("spec.json");
    Files.writeString(spec, "{}");

    assertThat(new SharedFiles(shared, true).file("jira/openapi/spec.json")).isEqualTo(spec);
  }

  @Test
  void aMissingFileSkipsTheTestWithOneLineNamingThePath() {
    Path missing = shared.resolve("realdata/apache-2014/issues.jsonl.gz");

    assertThatThrownBy(
            () -> new SharedFiles(shared, false).file("realdata/apache-2014/issues.jsonl.gz"))
        .isInstanceOf(TestAbortedException.class)
        .hasMessage("skipped: needs " + missing + " (the shared folder beside the project)");
  }

  @Test
  void aMissingFileFailsTheTestWhenTheSharedFilesAreRequired() {
    Path missing = shared.resolve("jira/openapi/jira-platform.swagger-v3.json");

    assertThatThrownBy(
            () -> new SharedFiles(shared, true).file("jira/openapi/jira-platform.swagger-v3.json"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "missing shared file "
                + missing
                + " (-Dinterlock.requireShared=true: the shared folder must be beside the"
                + " project, or named by -Dinterlock.shared)");
  }

  @Test
  void surefireNamesTheSharedFolderAndPassesTheRequireFlagThrough() {
    assertThat(System.getProperty(SharedFiles.FOLDER_PROPERTY)).isNotBlank();
    assertThat(System.getProperty(SharedFiles.REQUIRE_PROPERTY)).isIn("true", "false");
  }
}
