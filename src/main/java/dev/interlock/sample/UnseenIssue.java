package dev.interlock.sample;

/**
 * An issue of a project outside the data (as if the user could not browse it), known only from what
 * the links of visible issues embed about it.
 */
record UnseenIssue(
    String key,
    String id,
    String summary,
    WorkflowStatus status,
    PriorityLevel priority,
    IssueKind kind)
    implements LinkTarget {

  @Override
  public boolean visible() {
    return false;
  }
}
