package dev.interlock.model;

import java.time.LocalDate;

/**
 * A date an item is promised by: its due date, the release date of a fix version, or the end of a
 * sprint it is in. {@code label} names the source, e.g. "release 2.4" or "sprint PAY 14".
 */
public record Commitment(CommitmentKind kind, LocalDate date, String label) {}
