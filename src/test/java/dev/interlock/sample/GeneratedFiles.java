package dev.interlock.sample;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** A generated folder read back as JSON trees, the way a test wants to look at it. */
final class GeneratedFiles {
  private static final ObjectMapper JSON = new ObjectMapper();

  final Path dir;
  final List<JsonNode> pages = new ArrayList<>();
  final Map<String, JsonNode> issues = new LinkedHashMap<>();

  GeneratedFiles(Path dir) {
    this.dir = dir;
    for (Path page : pageFiles(dir)) {
      JsonNode node = read(page);
      pages.add(node);
      node.get("issues").forEach(issue -> issues.put(issue.get("key").asText(), issue));
    }
  }

  static List<Path> pageFiles(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().startsWith("search-")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file name in the folder, sorted. */
  static List<String> fileNames(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString()).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  JsonNode file(String name) {
    return read(dir.resolve(name));
  }

  static JsonNode fields(JsonNode issue) {
    return issue.get("fields");
  }

  static String project(String key) {
    return key.substring(0, key.indexOf('-'));
  }

  /** The key at the other end of a link entry. */
  static String otherKey(JsonNode link) {
    JsonNode other = link.has("outwardIssue") ? link.get("outwardIssue") : link.get("inwardIssue");
    return other.get("key").asText();
  }

  private static JsonNode read(Path file) {
    try {
      return JSON.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
