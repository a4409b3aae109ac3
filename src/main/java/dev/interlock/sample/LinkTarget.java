package dev.interlock.sample;

/** What an issue link embeds about the issue at its other end. */
interface LinkTarget {
  String key();

  String id();

  String summary();

  WorkflowStatus status();

  PriorityLevel priority();

  IssueKind kind();

  /** False for an issue of a project the user cannot see: its links are on one side only. */
  boolean visible();
}
