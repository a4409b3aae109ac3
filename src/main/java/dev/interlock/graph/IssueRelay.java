package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import org.jspecify.annotations.Nullable;

/**
 * An open issue that passes one team's wait on to another: {@code blockedBy} open issues of other
 * teams block it and {@code blocking} open issues of other teams wait on it, so {@code paths()} =
 * their product cross-team paths run through it.
 */
public record IssueRelay(IssueKey key, @Nullable String team, int blockedBy, int blocking) {
  public int paths() {
    return blockedBy * blocking;
  }
}
