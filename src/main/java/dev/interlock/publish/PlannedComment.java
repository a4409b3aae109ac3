package dev.interlock.publish;

/**
 * What Interlock means to say on one issue: the issue (key and id), the comment body in wiki
 * markup, and the digest of its content (without the footer's date), by which an unchanged comment
 * is recognised.
 */
public record PlannedComment(String issueKey, String issueId, String body, String digest) {}
