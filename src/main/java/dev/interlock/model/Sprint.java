package dev.interlock.model;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * A sprint an issue is or was in. Data Center's old sprint strings may carry only {@code id} and
 * {@code state}; the other fields are then null (name falls back to "Sprint " + id).
 */
public record Sprint(
    long id,
    String name,
    SprintState state,
    @Nullable Instant start,
    @Nullable Instant end,
    @Nullable Instant complete) {}
