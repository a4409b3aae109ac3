package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import org.jspecify.annotations.Nullable;

/** {@code fields.status}; the linked issues of Data Center may omit {@code statusCategory}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record StatusDto(
    @Nullable String id, @Nullable String name, @Nullable StatusCategoryDto statusCategory) {

  /** {@code statusCategory}: {@code key} is one of new, indeterminate, done, undefined. */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record StatusCategoryDto(
      @Nullable Integer id, @Nullable String key, @Nullable String name) {}

  /** The model status, or null without a name; a missing category is {@code UNDEFINED}. */
  public @Nullable Status toStatus() {
    if (name == null || name.isBlank()) {
      return null;
    }
    String key = statusCategory == null ? null : statusCategory.key();
    return new Status(
        name, key == null ? StatusCategory.UNDEFINED : StatusCategory.fromJiraKey(key));
  }
}
