package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Every configuration a user is shown loads through the real {@link ConfigLoader}: each {@code
 * ```yaml} block of README.md (read from the file at test time) and each {@code config/*.yaml}.
 *
 * <p>The rules for a README block: it is written as {@code interlock.yaml} into a fresh folder and
 * loaded from there, so its relative paths resolve in that folder (the loader never opens them). A
 * block without a top-level {@code teams} key is a fragment (say, only a {@code meeting:} section):
 * it is completed with the sections of {@link #BASE} that it does not set, appended after its own
 * lines so that an error's line is still the block's. Every {@code ${VAR}} a block or file
 * references is supplied with a test value ({@link #valueFor}). A failure names the README's line
 * and column.
 */
class DocumentedConfigurationsTest {
  /** The smallest valid configuration, by top-level section, that completes a fragment. */
  static final Map<String, String> BASE =
      new LinkedHashMap<>(
          Map.of(
              "source", "source:\n  offline: snapshot\n",
              "teams", "teams:\n  - {name: Payments, projects: [PAY]}\n"));

  private static final Pattern FENCE = Pattern.compile("^```\\s*ya?ml\\s*$");
  private static final Pattern VARIABLE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)");

  @TempDir Path tmp;

  /** A {@code ```yaml} block: its text and the README line of its first line. */
  record Block(int line, String yaml) {}

  static List<Block> yamlBlocks(String markdown) {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = markdown.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (FENCE.matcher(lines.get(i)).matches()) {
        int first = i + 1;
        StringBuilder yaml = new StringBuilder();
        for (i = first; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
          yaml.append(lines.get(i)).append('\n');
        }
        blocks.add(new Block(first + 1, yaml.toString()));
      }
    }
    return blocks;
  }

  /** {@code yaml}, completed with the base sections it lacks when it is a fragment. */
  static String completed(String yaml) {
    Set<?> keys;
    try {
      keys = new Yaml().load(yaml) instanceof Map<?, ?> map ? map.keySet() : Set.of();
    } catch (YAMLException e) {
      return yaml; // not YAML: the loader reports where
    }
    if (keys.contains("teams")) {
      return yaml;
    }
    StringBuilder out = new StringBuilder(yaml);
    BASE.forEach(
        (section, text) -> {
          if (!keys.contains(section)) {
            out.append(text);
          }
        });
    return out.toString();
  }

  /** A test value for every {@code ${VAR}} in {@code yaml}. */
  static Map<String, String> environmentFor(String yaml) {
    Map<String, String> env = new TreeMap<>();
    Matcher m = VARIABLE.matcher(yaml);
    while (m.find()) {
      env.put(m.group(1), valueFor(m.group(1)));
    }
    return env;
  }

  static String valueFor(String variable) {
    if (variable.endsWith("URL")) {
      return "https://jira.example.test";
    }
    return variable.endsWith("EMAIL") ? "bot@example.test" : "test-" + variable.toLowerCase();
  }

  /** Loads a README block as the rules above say; an error names the README's line. */
  InterlockConfig loadBlock(Block block) throws ConfigException {
    Path dir;
    try {
      dir = Files.createTempDirectory(tmp, "block-" + block.line());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    Path file = ConfigFiles.write(dir, completed(block.yaml()));
    try {
      return ConfigLoader.load(file, environmentFor(block.yaml()));
    } catch (ConfigException e) {
      throw new ConfigException(inReadme(e.getMessage(), file.toString(), block.line()));
    }
  }

  /** {@code file:LINE:COL: …} as {@code README.md:LINE':COL: …}, LINE' counted in the README. */
  static String inReadme(String message, String file, int firstLine) {
    Matcher m =
        Pattern.compile("^" + Pattern.quote(file) + ":(\\d+)(.*)$", Pattern.DOTALL)
            .matcher(message);
    if (!m.matches()) {
      return "README.md block at line " + firstLine + ": " + message;
    }
    return "README.md:" + (firstLine + Integer.parseInt(m.group(1)) - 1) + m.group(2);
  }

  @TestFactory
  Stream<DynamicTest> everyYamlBlockOfTheReadmeLoads() throws IOException {
    List<Block> blocks = yamlBlocks(Files.readString(Path.of("README.md")));

    assertThat(blocks).as("```yaml blocks in README.md").isNotEmpty();
    return blocks.stream()
        .map(b -> DynamicTest.dynamicTest("README.md line " + b.line(), () -> loadBlock(b)));
  }

  @TestFactory
  Stream<DynamicTest> everyFileInConfigLoads() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(Path.of("config"))) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }

    assertThat(files).as("config/*.yaml").isNotEmpty();
    return files.stream()
        .map(
            f ->
                DynamicTest.dynamicTest(
                    f.toString(), () -> ConfigLoader.load(f, environmentFor(Files.readString(f)))));
  }

  @Test
  void aBlockThatIsNotYamlFailsNamingItsLineInTheReadme() {
    String readme =
        "# Title\n\n```yaml\nsource: {offline: snapshots/latest}\n"
            + "jira: {url: https://acme.atlassian.net, auth: {email: ${JIRA_EMAIL}}}\n```\n";
    Block block = yamlBlocks(readme).get(0);

    assertThat(block.line()).isEqualTo(4);
    assertThatThrownBy(() -> loadBlock(block))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("README.md:5:");
  }

  @Test
  void aFragmentIsCompletedWithTheBaseSectionsItDoesNotSet() throws ConfigException {
    Block fragment = new Block(10, "meeting: {name: \"${TEAM}\", maxItems: 5}\n");

    InterlockConfig config = loadBlock(fragment);

    assertThat(config.meeting()).isEqualTo(new MeetingSettings("test-team", 30, 5, null, 7));
    assertThat(config.teams()).singleElement().extracting(t -> t.name()).isEqualTo("Payments");
    assertThat(config.source().offline()).hasFileName("snapshot");
  }

  @Test
  void aBlockWithTeamsIsNotCompletedSoItsMissingSourceFails() {
    Block whole = new Block(1, "teams:\n  - {name: Payments, projects: [PAY]}\n");

    assertThatThrownBy(() -> loadBlock(whole))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("README.md:")
        .hasMessageContaining("no source of issues");
  }
}
