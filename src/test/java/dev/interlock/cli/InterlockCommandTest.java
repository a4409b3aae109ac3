package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
}
