package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * An issue's {@code fields}: the standard ones Interlock reads, named as on the wire, and every
 * {@code customfield_*} with a non-null value, kept as JSON because its meaning depends on the site
 * (see {@link FieldCatalog}). Lists are never null. Linked and parent issues embed a few of these.
 * The Jira Software (agile) issue shape adds {@code sprint} (the current one), {@code
 * closedSprints} (the earlier ones), {@code flagged} (the impediment flag) and {@code epic} (an
 * object with the epic's key) beside the platform fields.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldsDto(
    @Nullable String summary,
    @Nullable IssueTypeDto issuetype,
    @Nullable ProjectDto project,
    @Nullable StatusDto status,
    @Nullable NamedDto resolution,
    @Nullable Instant resolutiondate,
    @Nullable Instant created,
    @Nullable Instant updated,
    @Nullable LocalDate duedate,
    List<VersionDto> fixVersions,
    @Nullable NamedDto priority,
    @Nullable UserDto assignee,
    List<NamedDto> components,
    List<String> labels,
    @Nullable IssueRefDto parent,
    List<IssueLinkDto> issuelinks,
    List<IssueRefDto> subtasks,
    @Nullable CommentPageDto comment,
    @Nullable JsonNode sprint,
    List<JsonNode> closedSprints,
    @Nullable Boolean flagged,
    @Nullable IssueRefDto epic,
    @JsonAnySetter Map<String, JsonNode> customFields) {

  private static final String CUSTOM_PREFIX = "customfield_";

  public FieldsDto {
    fixVersions = WireLists.orEmpty(fixVersions);
    components = WireLists.orEmpty(components);
    labels = WireLists.orEmpty(labels);
    issuelinks = WireLists.orEmpty(issuelinks);
    subtasks = WireLists.orEmpty(subtasks);
    closedSprints = WireLists.orEmpty(closedSprints);
    customFields = onlyCustom(customFields);
  }

  /** The value of a custom field such as {@code customfield_10020}, if it is set. */
  public @Nullable JsonNode custom(String fieldId) {
    return customFields.get(fieldId);
  }

  // The any-setter receives every unknown property; only custom fields are worth keeping.
  private static Map<String, JsonNode> onlyCustom(@Nullable Map<String, JsonNode> all) {
    if (all == null) {
      return Map.of();
    }
    Map<String, JsonNode> custom = new TreeMap<>();
    all.forEach(
        (name, value) -> {
          if (name.startsWith(CUSTOM_PREFIX) && value != null && !value.isNull()) {
            custom.put(name, value);
          }
        });
    return Collections.unmodifiableMap(custom);
  }
}
