package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** Any Jira entity read only for its name: priority, resolution, component. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record NamedDto(@Nullable String id, @Nullable String name) {}
