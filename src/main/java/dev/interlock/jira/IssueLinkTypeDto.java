package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.interlock.model.LinkType;
import org.jspecify.annotations.Nullable;

/** A link type with its two verbs, exactly as the site configured them. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueLinkTypeDto(
    @Nullable String id,
    @Nullable String name,
    @Nullable String inward,
    @Nullable String outward,
    @Nullable String self) {

  /** The model type, or null without a name; a missing id or verb becomes "". */
  public @Nullable LinkType toLinkType() {
    if (name == null || name.isBlank()) {
      return null;
    }
    return new LinkType(orBlank(id), name, orBlank(inward), orBlank(outward));
  }

  private static String orBlank(@Nullable String text) {
    return text == null ? "" : text;
  }
}
