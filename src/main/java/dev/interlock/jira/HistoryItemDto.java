package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * One changed field of a changelog entry. {@code field} is the display name for custom fields;
 * {@code fieldId} is sent by Cloud only. Jira's {@code fromString}/{@code toString} are named
 * {@code fromText}/{@code toText} here ({@code toString} cannot name a record component).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record HistoryItemDto(
    @Nullable String field,
    @Nullable String fieldtype,
    @Nullable String fieldId,
    @Nullable String from,
    @JsonProperty("fromString") @Nullable String fromText,
    @Nullable String to,
    @JsonProperty("toString") @Nullable String toText) {}
