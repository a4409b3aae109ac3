package dev.interlock.agenda;

import java.util.List;

/** An open cross-team blocker with no assignee and no action item: the meeting agrees an owner. */
public record UnownedBlocker(IssueRef blocker, List<IssueRef> waiting) {
  public UnownedBlocker {
    waiting = List.copyOf(waiting);
  }
}
