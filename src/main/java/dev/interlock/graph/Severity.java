package dev.interlock.graph;

/** How much a finding matters to the meeting, most first. */
public enum Severity {
  /** Something will be late or cannot finish as planned; say it in the meeting. */
  HIGH,
  /** Likely trouble; the teams involved should look at it after the meeting. */
  MEDIUM,
  /** The data is unclear; fix it in Jira so the next agenda is right. */
  LOW
}
