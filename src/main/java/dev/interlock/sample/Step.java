package dev.interlock.sample;

import java.time.Instant;

/** An issue reaching {@code status} at {@code at}. */
record Step(WorkflowStatus status, Instant at) {}
