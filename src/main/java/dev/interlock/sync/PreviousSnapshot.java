package dev.interlock.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The issues of the snapshot a pull starts from, as Jira sent them: the teams' issues (tonight's
 * pages {@code search-NNN-*.json} and the kept ones {@code base-team-*.json}) and those outside the
 * teams ({@code search-outside-*.json}, {@code base-outside-*.json}), by key.
 */
final class PreviousSnapshot {
  static final String BASE_TEAM = "base-team-";
  static final String BASE_OUTSIDE = "base-outside-";

  final Map<String, ObjectNode> team = new LinkedHashMap<>();
  final Map<String, ObjectNode> outside = new LinkedHashMap<>();

  static PreviousSnapshot read(Path dir, ObjectMapper json) throws IOException {
    PreviousSnapshot previous = new PreviousSnapshot();
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages =
          files
              .filter(p -> isPage(p.getFileName().toString()))
              .sorted(Comparator.comparing(p -> p.getFileName().toString()))
              .toList();
    }
    for (Path page : pages) {
      String name = page.getFileName().toString();
      boolean isOutside = name.startsWith("search-outside-") || name.startsWith(BASE_OUTSIDE);
      JsonNode root;
      try {
        root = json.readTree(page.toFile());
      } catch (IOException e) {
        throw new IOException(
            page + " of the previous snapshot cannot be read (" + e.getMessage() + ")", e);
      }
      for (JsonNode issue : root.path("issues")) {
        String key = issue.path("key").asText("");
        if (!key.isEmpty() && issue instanceof ObjectNode object) {
          (isOutside ? previous.outside : previous.team).put(key, object);
        }
      }
    }
    // An issue that was outside the teams and is a team's issue now is counted once, as a team's.
    previous.outside.keySet().removeAll(previous.team.keySet());
    return previous;
  }

  private static boolean isPage(String name) {
    return name.endsWith(".json")
        && (name.startsWith("search-")
            || name.startsWith(BASE_TEAM)
            || name.startsWith(BASE_OUTSIDE));
  }

  /** The keys the links of {@code issues} point to. */
  static Set<String> linked(Iterable<ObjectNode> issues) {
    Set<String> keys = new TreeSet<>();
    for (ObjectNode issue : issues) {
      for (JsonNode link : issue.path("fields").path("issuelinks")) {
        for (String side : List.of("inwardIssue", "outwardIssue")) {
          String key = link.path(side).path("key").asText("");
          if (!key.isEmpty()) {
            keys.add(key);
          }
        }
      }
    }
    return keys;
  }

  /**
   * Writes {@code issues} (in key order) as pages of {@code size} named {@code prefix0001.json}.
   */
  static void writePages(
      Path dir, String prefix, List<ObjectNode> issues, int size, ObjectMapper json)
      throws IOException {
    List<ObjectNode> sorted = new ArrayList<>(issues);
    sorted.sort(
        Comparator.comparing(
            i -> i.path("key").asText(), dev.interlock.model.IssueKey::compareText));
    for (int from = 0, page = 1; from < sorted.size(); from += size, page++) {
      ObjectNode root = json.createObjectNode();
      root.putArray("issues").addAll(sorted.subList(from, Math.min(sorted.size(), from + size)));
      Path file = dir.resolve(String.format(java.util.Locale.ROOT, "%s%04d.json", prefix, page));
      json.writeValue(file.toFile(), root);
    }
  }
}
