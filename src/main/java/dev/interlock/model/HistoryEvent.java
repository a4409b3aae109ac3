package dev.interlock.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One changed field of one changelog entry. {@code field} is what Jira names it ({@code status},
 * {@code Fix Version}, {@code Sprint}, {@code Link}, {@code duedate}…); {@code fieldId} is set on
 * Cloud. {@code from}/{@code to} are raw ids or values, {@code fromText}/{@code toText} (Jira's
 * {@code fromString}/{@code toString}) the text Jira shows.
 */
public record HistoryEvent(
    Instant at,
    @Nullable String author,
    String field,
    @Nullable String fieldId,
    @Nullable String from,
    @Nullable String fromText,
    @Nullable String to,
    @Nullable String toText) {}
