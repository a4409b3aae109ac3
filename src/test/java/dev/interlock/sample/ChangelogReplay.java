package dev.interlock.sample;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Walks one issue's changelog from the newest history to the oldest, starting from its current
 * fields: each item's {@code to} must be the value the field has at that point, which then becomes
 * the item's {@code from}. What is left is the issue as created: To Do, unresolved, unlinked.
 */
final class ChangelogReplay {
  private final JsonNode issue;
  private final String key;
  private final Map<String, String> values = new HashMap<>();
  private final TreeSet<String> versions = new TreeSet<>();
  private final List<String> links = new ArrayList<>();

  ChangelogReplay(JsonNode issue) {
    this.issue = issue;
    this.key = issue.get("key").asText();
    JsonNode fields = issue.get("fields");
    values.put("status", fields.get("status").get("id").asText());
    values.put("resolution", textOrNull(fields.get("resolution").path("id")));
    values.put("assignee", textOrNull(fields.get("assignee").path("accountId")));
    values.put("priority", fields.get("priority").get("id").asText());
    values.put("duedate", textOrNull(fields.get("duedate")));
    JsonNode sprints = fields.get("customfield_10020");
    List<String> sprintIds = new ArrayList<>();
    sprints.forEach(s -> sprintIds.add(s.get("id").asText()));
    values.put("Sprint", sprintIds.isEmpty() ? null : String.join(", ", sprintIds));
    fields.get("fixVersions").forEach(v -> versions.add(v.get("id").asText()));
    fields.get("issuelinks").forEach(l -> links.add(GeneratedFiles.otherKey(l)));
  }

  void replayBackwards() {
    for (JsonNode history : issue.get("changelog").get("histories")) {
      JsonNode items = history.get("items");
      for (int i = items.size() - 1; i >= 0; i--) {
        undo(items.get(i), history.get("id").asText());
      }
    }
    assertThat(values.get("status")).as("status of %s when created", key).isEqualTo("10000");
    assertThat(values.get("resolution")).as("resolution of %s when created", key).isNull();
    assertThat(links).as("links of %s when created", key).isEmpty();
  }

  private void undo(JsonNode item, String historyId) {
    String field = item.get("field").asText();
    String from = textOrNull(item.get("from"));
    String to = textOrNull(item.get("to"));
    String where = key + " history " + historyId + " " + field;
    switch (field) {
      case "Fix Version" -> {
        if (to != null) {
          assertThat(versions.remove(to)).as(where + " adds a version the issue has").isTrue();
        }
        if (from != null) {
          assertThat(versions.add(from)).as(where + " removes a version not there").isTrue();
        }
      }
      case "Link" -> assertThat(links.remove(to)).as(where + " adds a current link").isTrue();
      default -> {
        assertThat(values).as(where + " is a field the replay knows").containsKey(field);
        assertThat(values.get(field)).as(where + " to").isEqualTo(to);
        values.put(field, from);
      }
    }
  }

  private static String textOrNull(JsonNode node) {
    return node == null || node.isNull() || node.isMissingNode() ? null : node.asText();
  }

  @Override
  public String toString() {
    return key + " " + values + " versions " + versions.stream().collect(Collectors.joining(","));
  }
}
