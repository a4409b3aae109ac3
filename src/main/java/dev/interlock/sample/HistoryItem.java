package dev.interlock.sample;

import org.jspecify.annotations.Nullable;

/**
 * One changed field of a changelog history, in Jira's terms: {@code fromText}/{@code toText} are
 * the wire's {@code fromString}/{@code toString}. {@code fieldId} is null for links, which Cloud
 * reports without one.
 */
record HistoryItem(
    String field,
    String fieldType,
    @Nullable String fieldId,
    @Nullable String from,
    @Nullable String fromText,
    @Nullable String to,
    @Nullable String toText) {}
