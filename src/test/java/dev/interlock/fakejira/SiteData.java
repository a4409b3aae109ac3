package dev.interlock.fakejira;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A Jira site's content for the fake, read from a sample folder (the generator's Cloud-shaped
 * search pages with full changelogs, {@code field.json}, {@code issueLinkType.json}). Issues are
 * held in key order (project, then number), as {@code ORDER BY key} returns them.
 */
public record SiteData(List<ObjectNode> issues, JsonNode fields, JsonNode linkTypes) {
  static final ObjectMapper JSON = new ObjectMapper();

  public static SiteData read(Path dir) throws IOException {
    List<ObjectNode> issues = new ArrayList<>();
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages =
          files
              .filter(p -> p.getFileName().toString().matches("search-.*\\.json"))
              .sorted()
              .toList();
    }
    for (Path page : pages) {
      JSON.readTree(page.toFile()).path("issues").forEach(i -> issues.add((ObjectNode) i));
    }
    issues.sort(Comparator.comparing(i -> i.path("key").asText(), Keys::compare));
    return new SiteData(
        List.copyOf(issues),
        JSON.readTree(dir.resolve("field.json").toFile()),
        JSON.readTree(dir.resolve("issueLinkType.json").toFile()));
  }
}
