package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateSampleCommandTest {
  @TempDir Path tmp;

  @Test
  void aScaledSampleIsWrittenAndReadableByTheAgendaCommand() {
    CommandRun gen =
        CommandRun.of(
            "generate-sample",
            "--out",
            tmp.resolve("s").toString(),
            "--teams",
            "3",
            "--issues-per-team",
            "40");
    assertThat(gen.exitCode()).isEqualTo(0);
    // 3 × 40 + 10 unowned + the action items of Checkout and Catalog (CHK, CAT).
    assertThat(gen.out()).startsWith("wrote 132 issues, ");
    CommandRun agenda =
        CommandRun.of(
            "agenda",
            "--config",
            "config/sample.yaml",
            "--source",
            tmp.resolve("s").toString(),
            "--out",
            tmp.resolve("out").toString(),
            "--as-of",
            "2026-11-16");
    assertThat(agenda.exitCode()).isEqualTo(0);
    assertThat(agenda.out()).contains("issues 132, teams 7");
  }

  @Test
  void optionsOutOfRangeAreAUsageErrorNamingTheValue() {
    CommandRun run = CommandRun.of("generate-sample", "--out", tmp.toString(), "--teams", "0");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("interlock: teams not in [1, 999]: 0\n");
  }
}
