package dev.interlock.sample;

/** Jira's default priority scheme, highest first, with Cloud's ids. */
enum PriorityLevel {
  HIGHEST("1", "Highest"),
  HIGH("2", "High"),
  MEDIUM("3", "Medium"),
  LOW("4", "Low"),
  LOWEST("5", "Lowest");

  final String id;
  final String label;

  PriorityLevel(String id, String label) {
    this.id = id;
    this.label = label;
  }

  /** One step more urgent, or this when already the highest. */
  PriorityLevel raised() {
    return this == HIGHEST ? this : values()[ordinal() - 1];
  }

  /** One step less urgent, or this when already the lowest. */
  PriorityLevel lowered() {
    return this == LOWEST ? this : values()[ordinal() + 1];
  }
}
