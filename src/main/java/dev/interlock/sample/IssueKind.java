package dev.interlock.sample;

/** The issue types of the sample site, with Cloud's ids and hierarchy levels. */
enum IssueKind {
  EPIC("10000", "Epic", false, 1),
  STORY("10001", "Story", false, 0),
  TASK("10002", "Task", false, 0),
  SUBTASK("10003", "Sub-task", true, -1),
  BUG("10004", "Bug", false, 0);

  final String id;
  final String label;
  final boolean subtask;
  final int hierarchyLevel;

  IssueKind(String id, String label, boolean subtask, int hierarchyLevel) {
    this.id = id;
    this.label = label;
    this.subtask = subtask;
    this.hierarchyLevel = hierarchyLevel;
  }

  /** Work that goes through a sprint itself: not an epic, not a sub-task. */
  boolean isWorkItem() {
    return this == STORY || this == TASK || this == BUG;
  }
}
