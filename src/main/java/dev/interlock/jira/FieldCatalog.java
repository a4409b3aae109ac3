package dev.interlock.jira;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Which custom field holds what on one site. Field ids differ per site ({@code customfield_10020}
 * on one, {@code customfield_10281} on another); the plugin type key in {@code schema.custom} does
 * not. Built from {@code GET /rest/api/2/field}; without it ({@link #UNKNOWN}) only sprints can be
 * found, by the shape of their values. Immutable.
 */
public final class FieldCatalog {
  public static final String SPRINT_TYPE = "com.pyxis.greenhopper.jira:gh-sprint";
  public static final String EPIC_LINK_TYPE = "com.pyxis.greenhopper.jira:gh-epic-link";
  public static final String STORY_POINTS_TYPE = "com.pyxis.greenhopper.jira:jsw-story-points";
  public static final String FLOAT_TYPE = "com.atlassian.jira.plugin.system.customfieldtypes:float";
  public static final List<String> STORY_POINTS_NAMES =
      List.of("Story Points", "Story point estimate");
  public static final List<String> TEAM_TYPES =
      List.of(
          "com.atlassian.jira.plugin.system.customfieldtypes:atlassian-team",
          "com.atlassian.teams:rm-teams-custom-field-team");

  /** The platform's impediment field is found by this name ("Flagged"), as no type marks it. */
  public static final String FLAGGED_NAME = "Flagged";

  /** No field list: the sprint field is detected by value shape, the others are unknown. */
  public static final FieldCatalog UNKNOWN = new FieldCatalog(null, null, null, null, null);

  private final @Nullable String sprintField;
  private final @Nullable String epicLinkField;
  private final @Nullable String storyPointsField;
  private final @Nullable String teamField;
  private final @Nullable String flaggedField;

  private FieldCatalog(
      @Nullable String sprint,
      @Nullable String epicLink,
      @Nullable String storyPoints,
      @Nullable String team,
      @Nullable String flagged) {
    this.sprintField = sprint;
    this.epicLinkField = epicLink;
    this.storyPointsField = storyPoints;
    this.teamField = team;
    this.flaggedField = flagged;
  }

  /**
   * Reads the site's field list. When several fields qualify, the lowest id wins; story points
   * prefer the {@code jsw-story-points} type over a number field named like story points.
   */
  public static FieldCatalog of(List<FieldDto> fields) {
    List<FieldDto> byId =
        fields.stream()
            .filter(f -> f.id() != null)
            .sorted(Comparator.comparing(FieldDto::id))
            .toList();
    String points = firstId(byId, f -> STORY_POINTS_TYPE.equals(f.customType()));
    return new FieldCatalog(
        firstId(byId, f -> SPRINT_TYPE.equals(f.customType())),
        firstId(byId, f -> EPIC_LINK_TYPE.equals(f.customType())),
        points != null ? points : firstId(byId, FieldCatalog::isNamedStoryPoints),
        firstId(byId, FieldCatalog::isTeam),
        firstId(byId, f -> f.custom() && FLAGGED_NAME.equalsIgnoreCase(f.name())));
  }

  /** The custom field named "Flagged" (the impediment flag), when the field list has it. */
  public Optional<String> flaggedField() {
    return Optional.ofNullable(flaggedField);
  }

  public Optional<String> sprintField() {
    return Optional.ofNullable(sprintField);
  }

  public Optional<String> epicLinkField() {
    return Optional.ofNullable(epicLinkField);
  }

  public Optional<String> storyPointsField() {
    return Optional.ofNullable(storyPointsField);
  }

  public Optional<String> teamField() {
    return Optional.ofNullable(teamField);
  }

  /**
   * The sprint values among an issue's custom fields: the sprint field's value when it is known,
   * else every custom field whose value looks like a list of sprints. Sorted by field id.
   */
  public List<JsonNode> sprintValues(Map<String, JsonNode> customFields) {
    if (sprintField != null) {
      JsonNode value = customFields.get(sprintField);
      return value == null ? List.of() : List.of(value);
    }
    return customFields.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(Map.Entry::getValue)
        .filter(FieldCatalog::looksLikeSprints)
        .toList();
  }

  private static boolean looksLikeSprints(JsonNode value) {
    if (!value.isArray() || value.isEmpty()) {
      return SprintParser.looksLikeSprint(value);
    }
    for (JsonNode element : value) {
      if (!SprintParser.looksLikeSprint(element)) {
        return false;
      }
    }
    return true;
  }

  private static boolean isTeam(FieldDto field) {
    return field.customType() != null && TEAM_TYPES.contains(field.customType());
  }

  private static boolean isNamedStoryPoints(FieldDto field) {
    boolean number = FLOAT_TYPE.equals(field.customType()) || "number".equals(field.valueType());
    return number && STORY_POINTS_NAMES.stream().anyMatch(n -> n.equalsIgnoreCase(field.name()));
  }

  private static @Nullable String firstId(List<FieldDto> fields, Predicate<FieldDto> test) {
    return fields.stream().filter(test).map(FieldDto::id).findFirst().orElse(null);
  }

  @Override
  public String toString() {
    return "FieldCatalog[sprint="
        + sprintField
        + ", epicLink="
        + epicLinkField
        + ", storyPoints="
        + storyPointsField
        + ", flagged="
        + flaggedField
        + ", team="
        + teamField
        + "]";
  }
}
