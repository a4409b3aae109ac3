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

  /** The issue's sprints in field order, each id once; unreadable values are skipped. */
  List<Sprint> sprints(IssueKey key, FieldsDto fields, List<Skip> skipped) {
    List<Sprint> sprints = new ArrayList<>();
    Set<Long> seen = new HashSet<>();
    for (JsonNode value : catalog.sprintValues(fields.customFields())) {
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
