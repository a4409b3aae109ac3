package dev.interlock.sample;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One sprint of a team's board, as the Cloud sprint field reports it. {@code state} is {@code
 * closed}, {@code active} or {@code future}; {@code complete} is set for closed sprints only.
 */
record SprintPlan(
    long id,
    String name,
    String state,
    long boardId,
    String goal,
    Instant start,
    Instant end,
    @Nullable Instant complete) {}
