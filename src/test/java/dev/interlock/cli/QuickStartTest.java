package dev.interlock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's quick start, word for word: the main command it shows runs on the bundled sample and
 * produces exactly the reviewed agenda in {@code src/test/resources/golden/acme/}, and CI runs the
 * test command it shows, with the shared folder required as the README says. To accept a deliberate
 * change of the agenda, rerun the README's command with {@code --out
 * src/test/resources/golden/acme} and review the diff.
 */
class QuickStartTest {
  private static final Path README = Path.of("README.md");
  private static final Path GOLDEN = Path.of("src/test/resources/golden/acme");

  @TempDir Path tmp;

  @Test
  void theReadmeMainCommandWritesTheReviewedAgendaForTheSample() throws IOException {
    List<String> args = new ArrayList<>(readmeCommand("./interlock "));
    args.addAll(List.of("--out", tmp.toString()));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.err()).isEqualTo(0);
    for (String file :
        List.of("agenda.md", "agenda.html", "agenda.json", "graph.dot", "mermaid.md")) {
      assertThat(Files.readString(tmp.resolve(file)))
          .as("%s differs from %s", file, GOLDEN.resolve(file))
          .isEqualTo(Files.readString(GOLDEN.resolve(file)));
    }
  }

  @Test
  void theReadmeShowsTheSummaryTheMainCommandPrints() throws IOException {
    List<String> args = new ArrayList<>(readmeCommand("./interlock "));
    args.addAll(List.of("--out", tmp.toString()));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    String counts =
        run.out().lines().filter(l -> l.startsWith("issues ")).findFirst().orElseThrow();
    String skipped =
        run.out().lines().filter(l -> l.startsWith("skipped: ")).findFirst().orElseThrow();
    assertThat(Files.readString(README)).contains(counts).contains(skipped);
  }

  @Test
  void ciRunsTheReadmeTestCommandWithTheSharedFolderRequired() throws IOException {
    String ciCommand =
        String.join(" ", readmeCommand("./mvnw ")) + " -Dinterlock.requireShared=true";
    assertThat(Files.readString(Path.of(".ci/run")).lines()).contains(ciCommand);
    assertThat(Files.readString(README)).contains("runs `" + ciCommand + "`");
  }

  /** The first command in the README's quick start block that starts with {@code prefix}. */
  private static List<String> readmeCommand(String prefix) throws IOException {
    String line =
        Files.readString(README)
            .lines()
            .filter(l -> l.startsWith(prefix))
            .findFirst()
            .orElseThrow(() -> new AssertionError("README.md has no line starting with " + prefix));
    String command = line.replaceFirst("\\s+#.*$", "").strip();
    List<String> words = Arrays.asList(command.split("\\s+"));
    return prefix.startsWith("./interlock") ? words.subList(1, words.size()) : words;
  }
}
