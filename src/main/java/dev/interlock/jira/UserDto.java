package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.interlock.model.Person;
import org.jspecify.annotations.Nullable;

/** A user: Cloud identifies by {@code accountId}, Data Center by {@code name} (or {@code key}). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record UserDto(
    @Nullable String accountId,
    @Nullable String name,
    @Nullable String key,
    @Nullable String displayName) {

  /** {@code accountId}, else {@code name}, else {@code key}; null when none is set. */
  public @Nullable String personId() {
    if (accountId != null) {
      return accountId;
    }
    return name != null ? name : key;
  }

  /** The model person, or null without an id; the display name falls back to the id. */
  public @Nullable Person toPerson() {
    String id = personId();
    if (id == null) {
      return null;
    }
    return new Person(id, displayName == null ? id : displayName);
  }
}
