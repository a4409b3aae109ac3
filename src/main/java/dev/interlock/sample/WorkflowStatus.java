package dev.interlock.sample;

/**
 * The statuses of the sample site's workflow, with the ids and status categories a Jira Cloud
 * company-managed project reports ({@code new} 2, {@code indeterminate} 4, {@code done} 3).
 */
enum WorkflowStatus {
  TO_DO("10000", "To Do", 2, "new", "blue-gray", "To Do"),
  IN_PROGRESS("3", "In Progress", 4, "indeterminate", "yellow", "In Progress"),
  IN_REVIEW("10002", "In Review", 4, "indeterminate", "yellow", "In Progress"),
  BLOCKED("10003", "Blocked", 4, "indeterminate", "yellow", "In Progress"),
  DONE("10001", "Done", 3, "done", "green", "Done");

  final String id;
  final String label;
  final int categoryId;
  final String categoryKey;
  final String colorName;
  final String categoryName;

  WorkflowStatus(
      String id,
      String label,
      int categoryId,
      String categoryKey,
      String colorName,
      String categoryName) {
    this.id = id;
    this.label = label;
    this.categoryId = categoryId;
    this.categoryKey = categoryKey;
    this.colorName = colorName;
    this.categoryName = categoryName;
  }

  boolean isDone() {
    return this == DONE;
  }
}
