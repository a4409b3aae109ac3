package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class InterlockCommandTest {
  @Test
  void helpListsTheSubcommandsAndTheExitCodes() {
    CommandRun run = CommandRun.of("--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains("agenda", "Exit codes:", "3   invalid configuration or snapshot", "5   partial");
  }

  @Test
  void agendaHelpExplainsEveryOptionAndTheExitCodes() {
    CommandRun run = CommandRun.of("agenda", "--help");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out())
        .contains("--config=FILE", "--source=DIR", "--out=DIR", "--as-of=TIMESTAMP", "Exit codes:");
  }

  @Test
  void versionNamesTheProgram() {
    CommandRun run = CommandRun.of("--version");
    assertThat(run.exitCode()).isEqualTo(0);
    assertThat(run.out()).startsWith("interlock ");
  }

  @Test
  void anUnknownSubcommandIsAUsageError() {
    CommandRun run = CommandRun.of("agneda");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument at index 0: 'agneda'");
  }

  @Test
  void everySubcommandsHelpRendersWithoutAFormattingWarningAndNamesTheExitCodes() {
    PrintStream original = System.err;
    ByteArrayOutputStream warnings = new ByteArrayOutputStream();
    System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
    try {
      for (String name : InterlockCommand.commandLine().getSubcommands().keySet()) {
        if (name.equals("help")) {
          continue;
        }
        CommandRun run = CommandRun.of(name, "--help");
        assertThat(run.exitCode()).as(name).isEqualTo(0);
        assertThat(run.out()).as(name).contains("Usage: interlock " + name, "Exit codes:");
      }
    } finally {
      System.setErr(original);
    }
    assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("picocli WARN");
  }
}
