package dev.interlock.sample;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a table resource of this package: {@code [section]} headers, rows of cells separated by
 * {@code |}, {@code #} comments and blank lines skipped. Cells are stripped; rows keep file order.
 */
final class ScenarioTable {
  private ScenarioTable() {}

  static Map<String, List<List<String>>> read(String resource) {
    InputStream in = ScenarioTable.class.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("resource missing from the jar: " + resource);
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), resource);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read resource " + resource, e);
    }
  }

  static Map<String, List<List<String>>> parse(List<String> lines, String name) {
    Map<String, List<List<String>>> sections = new LinkedHashMap<>();
    List<List<String>> current = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        current = new ArrayList<>();
        sections.put(line.substring(1, line.length() - 1), current);
      } else if (current == null) {
        throw new IllegalStateException(name + " line " + (i + 1) + ": row before any [section]");
      } else {
        current.add(List.of(line.split("\\|", -1)).stream().map(String::strip).toList());
      }
    }
    return sections;
  }
}
