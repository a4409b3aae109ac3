package dev.interlock.model;

import org.jspecify.annotations.Nullable;

/**
 * What Jira embeds about the other end of a link: its key and, when present, summary and status.
 * This is all Interlock knows of a linked issue outside the snapshot.
 */
public record LinkedIssue(IssueKey key, @Nullable String summary, @Nullable Status status) {}
