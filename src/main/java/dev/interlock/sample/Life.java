package dev.interlock.sample;

import java.time.Instant;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An issue's fields as of the generation's "now", the result of replaying its changes forward from
 * creation. Sprint indices refer to the project's sprints; {@code firstSprint} is {@link
 * ProjectPlan#NONE} when the issue is in no sprint; {@code fixVersion} likewise.
 */
record Life(
    WorkflowStatus status,
    @Nullable Instant started,
    @Nullable Instant resolved,
    PriorityLevel priority,
    @Nullable Member assignee,
    @Nullable LocalDate due,
    int fixVersion,
    int firstSprint,
    int lastSprint) {}
