package dev.interlock.model;

/**
 * Something Interlock left out and why, e.g. reason "link to an issue outside the snapshot",
 * subject "PAY-12 -> LEGACY-4". Skips are counted by reason in every summary; none is silent.
 */
public record Skip(String reason, String subject) {}
