package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Skip;
import dev.interlock.model.Sprint;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the site-specific custom fields of one issue through a {@link FieldCatalog}. */
final class CustomFieldReader {
  static final String UNREADABLE_SPRINT = "unreadable sprint value";
  static final String BAD_EPIC_LINK = "epic link is not an issue key";

  private final FieldCatalog catalog;

  CustomFieldReader(FieldCatalog catalog) {
    this.catalog = catalog;
  }

  /**
   * The issue's sprints in field order, each id once; unreadable values are skipped. The agile
   * shape's {@code closedSprints} (earlier sprints: the carry-overs) and {@code sprint} (the
   * current one) come after the sprint custom field's values.
   */
  List<Sprint> sprints(IssueKey key, FieldsDto fields, List<Skip> skipped) {
    List<Sprint> sprints = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    List<JsonNode> values = new ArrayList<>(catalog.sprintValues(fields.customFields()));
    values.addAll(fields.closedSprints());
    if (fields.sprint() != null && !fields.sprint().isNull()) {
      values.add(fields.sprint());
    }
    for (JsonNode value : values) {
      for (JsonNode element : value.isArray() ? value : List.of(value)) {
        try {
          Sprint sprint = SprintParser.parse(element);
          if (seen.add(sprint.id())) {
            sprints.add(sprint);
          }
        } catch (IllegalArgumentException e) {
          skipped.add(new Skip(UNREADABLE_SPRINT, key + ": " + element));
        }
      }
    }
    return sprints;
  }

  /**
   * Whether the issue is flagged as an impediment: the agile shape's {@code flagged}, or the
   * platform's "Flagged" custom field holding at least one option (Jira's single option is
   * "Impediment").
   */
  boolean flagged(FieldsDto fields) {
    if (Boolean.TRUE.equals(fields.flagged())) {
      return true;
    }
    JsonNode value = customValue(fields, catalog.flaggedField().orElse(null));
    if (value == null) {
      return false;
    }
    return value.isArray() ? !value.isEmpty() : value.isObject() || !value.asText().isBlank();
  }

  /** The story points, when the field is known and holds a number. */
  @Nullable Double storyPoints(FieldsDto fields) {
    JsonNode value = customValue(fields, catalog.storyPointsField().orElse(null));
    if (value == null) {
      return null;
    }
    if (value.isNumber()) {
      return value.doubleValue();
    }
    try {
      return value.isTextual() ? Double.valueOf(value.asText().strip()) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The team's name (Cloud team objects: name, else title, else id), or null. */
  @Nullable String team(FieldsDto fields) {
    JsonNode value = customValue(fields, catalog.teamField().orElse(null));
    if (value == null) {
      return null;
    }
    if (value.isObject()) {
      for (String part : List.of("name", "title", "id")) {
        if (value.hasNonNull(part)) {
          return value.get(part).asText();
        }
      }
      return null;
    }
    return value.isValueNode() ? value.asText() : null;
  }

  /** The Data Center epic link (a key string), or null. */
  @Nullable IssueKey epicLink(IssueKey key, FieldsDto fields, List<Skip> skipped) {
    JsonNode value = customValue(fields, catalog.epicLinkField().orElse(null));
    if (value == null) {
      return null;
    }
    if (value.isTextual() && IssueKey.isKey(value.asText())) {
      return IssueKey.parse(value.asText());
    }
    skipped.add(new Skip(BAD_EPIC_LINK, key + " -> " + value));
    return null;
  }

  private static @Nullable JsonNode customValue(FieldsDto fields, @Nullable String fieldId) {
    return fieldId == null ? null : fields.custom(fieldId);
  }
}
