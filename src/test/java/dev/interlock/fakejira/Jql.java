package dev.interlock.fakejira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The JQL Interlock sends, evaluated: {@code (project in (…) OR component in (…) OR labels in
 * (…))}, optionally {@code AND updated >= "yyyy/MM/dd HH:mm"} (read in the account's time zone, as
 * Jira does) and {@code AND key > "X"}, or {@code key in (…)}; {@code ORDER BY key ASC} is ignored
 * (issues are served in key order anyway). The action-item search's {@code (labels = X)} (X bare or
 * quoted, alone) is read as {@code labels in (X)}. Anything else fails the test loudly.
 */
final class Jql {
  private static final Pattern IN =
      Pattern.compile("(project|component|labels|key) in \\(([^)]*)\\)");
  private static final Pattern LABEL_EQUALS =
      Pattern.compile("^\\(labels = (?:\"([^\"]+)\"|([^\\s\"()]+))\\)");
  private static final Pattern AFTER = Pattern.compile(" AND key > \"([^\"]+)\"");
  private static final Pattern UPDATED =
      Pattern.compile(" AND updated >= \"(\\d{4}/\\d\\d/\\d\\d \\d\\d:\\d\\d)\"");
  private static final java.time.format.DateTimeFormatter MINUTE =
      java.time.format.DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm");
  private static final java.time.format.DateTimeFormatter JIRA_TIME =
      java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ");

  private final List<Clause> anyOf = new ArrayList<>();
  private final Set<String> keys = new TreeSet<>();
  private final String after;
  private final java.time.Instant updatedFrom;

  private record Clause(String field, Set<String> values) {}

  Jql(String jql) {
    this(jql, java.time.ZoneOffset.UTC);
  }

  /** {@code zone}: the account's time zone, in which Jira reads a JQL date literal. */
  Jql(String jql, java.time.ZoneId zone) {
    String query = jql.replace(" ORDER BY key ASC", "");
    Matcher u = UPDATED.matcher(query);
    updatedFrom =
        u.find()
            ? java.time.LocalDateTime.parse(u.group(1), MINUTE).atZone(zone).toInstant()
            : null;
    Matcher m = IN.matcher(query);
    while (m.find()) {
      Set<String> values = values(m.group(2));
      if (m.group(1).equals("key")) {
        keys.addAll(values);
      } else {
        anyOf.add(new Clause(m.group(1), values));
      }
    }
    Matcher l = LABEL_EQUALS.matcher(query);
    if (l.find()) {
      anyOf.add(new Clause("labels", Set.of(l.group(1) != null ? l.group(1) : l.group(2))));
    }
    Matcher a = AFTER.matcher(query);
    after = a.find() ? a.group(1) : null;
    if (anyOf.isEmpty() && keys.isEmpty()) {
      throw new IllegalArgumentException("the fake Jira cannot evaluate: " + jql);
    }
  }

  /** The keys of a {@code key in (…)} query; empty otherwise. */
  Set<String> keys() {
    return keys;
  }

  boolean matches(JsonNode issue) {
    String key = issue.path("key").asText();
    if (!keys.isEmpty()) {
      return keys.contains(key);
    }
    if (after != null && Keys.compare(key, after) <= 0) {
      return false;
    }
    if (updatedFrom != null
        && java.time.OffsetDateTime.parse(issue.path("fields").path("updated").asText(), JIRA_TIME)
            .toInstant()
            .isBefore(updatedFrom)) {
      return false;
    }
    JsonNode f = issue.path("fields");
    for (Clause c : anyOf) {
      switch (c.field()) {
        case "project" -> {
          if (c.values().contains(f.path("project").path("key").asText())) {
            return true;
          }
        }
        case "component" -> {
          for (JsonNode comp : f.path("components")) {
            if (c.values().contains(comp.path("name").asText())) {
              return true;
            }
          }
        }
        default -> {
          for (JsonNode label : f.path("labels")) {
            if (c.values().contains(label.asText())) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  private static Set<String> values(String list) {
    Set<String> values = new TreeSet<>();
    Matcher m = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"").matcher(list);
    while (m.find()) {
      values.add(m.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
    }
    return values;
  }
}
