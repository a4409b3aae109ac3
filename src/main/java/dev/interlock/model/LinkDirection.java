package dev.interlock.model;

/**
 * Which side of a Jira link an issue sees. In issue A's {@code issuelinks}, an entry with {@code
 * outwardIssue: B} reads "A (outward verb) B", e.g. "A blocks B": A holds the {@link #OUTWARD}
 * verb. An entry with {@code inwardIssue: B} reads "A (inward verb) B", e.g. "A is blocked by B".
 */
public enum LinkDirection {
  /** This issue holds the link type's outward verb towards the other issue. */
  OUTWARD,
  /** This issue holds the link type's inward verb towards the other issue. */
  INWARD
}
