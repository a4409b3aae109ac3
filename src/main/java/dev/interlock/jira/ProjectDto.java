package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code fields.project}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record ProjectDto(@Nullable String id, @Nullable String key, @Nullable String name) {}
