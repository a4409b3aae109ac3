package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The folder a pull saves Jira's answers in, in the offline format: {@code field.json}, {@code
 * issueLinkType.json} and search pages {@code search-*.json}, exactly as Jira sent them (the
 * responses carry no credentials). Each file is written to a temporary name and moved into place.
 * Thread-safe for distinct file names.
 */
public final class SnapshotFolder {
  public static final String FIELDS = "field.json";
  public static final String LINK_TYPES = "issueLinkType.json";

  private final Path dir;
  private final ObjectMapper json;

  SnapshotFolder(Path dir, ObjectMapper json) {
    this.dir = dir;
    this.json = json;
  }

  public Path dir() {
    return dir;
  }

  /** Creates the folder and removes the files of an earlier pull; other files stay. */
  void prepare() throws IOException {
    Files.createDirectories(dir);
    List<Path> old;
    try (Stream<Path> files = Files.list(dir)) {
      old = files.filter(SnapshotFolder::isPulledFile).toList();
    }
    for (Path file : old) {
      Files.delete(file);
    }
  }

  /** {@code search-003-0012.json}: page 12 of the third team. */
  static String teamPage(int team, int page) {
    return String.format(Locale.ROOT, "search-%03d-%04d.json", team, page);
  }

  /** {@code search-outside-0002.json}: the second batch of issues outside the teams. */
  static String outsidePage(int batch) {
    return String.format(Locale.ROOT, "search-outside-%04d.json", batch);
  }

  void write(String name, JsonNode content) {
    Path target = dir.resolve(name);
    Path partial = dir.resolve(name + ".partial");
    try {
      json.writeValue(partial.toFile(), content);
      Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  JsonNode read(String name) {
    try {
      return json.readTree(dir.resolve(name).toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read back " + dir.resolve(name), e);
    }
  }

  private static boolean isPulledFile(Path file) {
    String name = file.getFileName().toString();
    return name.equals(FIELDS)
        || name.equals(LINK_TYPES)
        || (name.startsWith("search-") && (name.endsWith(".json") || name.endsWith(".partial")));
  }
}
