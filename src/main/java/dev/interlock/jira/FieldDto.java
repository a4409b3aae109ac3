package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** One entry of {@code GET /rest/api/2/field} ({@code field.json}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record FieldDto(
    @Nullable String id, @Nullable String name, boolean custom, @Nullable FieldSchemaDto schema) {

  /**
   * A field's type. {@code custom} is the plugin type key that identifies a custom field's meaning
   * on every site, e.g. {@code com.pyxis.greenhopper.jira:gh-sprint}.
   */
  @JsonIgnoreProperties(ignoreUnknown = true)
  public record FieldSchemaDto(
      @Nullable String type,
      @Nullable String items,
      @Nullable String custom,
      @Nullable Long customId) {}

  /** {@code schema.custom}, or null. */
  public @Nullable String customType() {
    return schema == null ? null : schema.custom();
  }

  /** {@code schema.type}, or null. */
  public @Nullable String valueType() {
    return schema == null ? null : schema.type();
  }
}
