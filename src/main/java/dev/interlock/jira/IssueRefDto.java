package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/**
 * Another issue embedded in this one ({@code parent}, {@code subtasks}, a link's side): its key and
 * a few fields (summary, status, priority, issuetype).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueRefDto(
    @Nullable String id, @Nullable String key, @Nullable String self, @Nullable FieldsDto fields) {}
