package dev.interlock.graph;

import dev.interlock.model.Commitment;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A vertex of the dependency graph: an issue of the snapshot, or an issue known only from a link
 * ({@code issue} null, {@code stub} set). {@code team} is null when no team owns it.
 */
public record GraphNode(
    IssueKey key, @Nullable Issue issue, @Nullable LinkedIssue stub, @Nullable String team) {

  private static final Status UNKNOWN = new Status("Unknown", StatusCategory.UNDEFINED);

  /** True when the issue is in the snapshot (not only seen through a link). */
  public boolean visible() {
    return issue != null;
  }

  public String summary() {
    if (issue != null) {
      return issue.summary();
    }
    return stub != null && stub.summary() != null ? stub.summary() : "(not visible)";
  }

  public Status status() {
    if (issue != null) {
      return issue.status();
    }
    return stub != null && stub.status() != null ? stub.status() : UNKNOWN;
  }

  /** The issue's commitment; none for an issue outside the snapshot. */
  public Optional<Commitment> commitment() {
    return issue == null ? Optional.empty() : issue.commitment();
  }

  /** Open means not in the done category; an issue of unknown status counts as open. */
  public boolean isOpen() {
    return !status().isDone();
  }
}
