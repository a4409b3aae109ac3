package dev.interlock.model;

/**
 * One entry of an issue's {@code issuelinks}, as seen from that issue: "this issue ({@code
 * direction}'s verb of {@code type}) {@code other}". The same Jira link appears on both issues with
 * the same {@code id} and opposite directions.
 */
public record IssueLink(String id, LinkType type, LinkDirection direction, LinkedIssue other) {

  /** The verb this issue holds, e.g. "blocks" or "is blocked by". */
  public String verb() {
    return direction == LinkDirection.OUTWARD ? type.outward() : type.inward();
  }
}
