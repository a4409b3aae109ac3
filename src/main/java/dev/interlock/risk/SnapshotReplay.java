package dev.interlock.risk;

import dev.interlock.model.Issue;
import dev.interlock.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A snapshot as it was at a time T: issues created after T are left out, every other issue is
 * rebuilt by {@link IssueReplay}. Links added after T are gone and links removed after T are back,
 * because each issue's {@code Link} changelog entries are undone. Thread-safe and immutable.
 */
public final class SnapshotReplay {
  private final Snapshot snapshot;
  private final IssueReplay replay;

  public SnapshotReplay(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.replay = new IssueReplay(new ReplayCatalog(snapshot));
  }

  /** The snapshot as of {@code t}; {@code takenAt} is {@code t}. */
  public Snapshot asOf(Instant t) {
    List<Issue> issues = new ArrayList<>();
    for (Issue issue : snapshot.issues()) {
      replay.asOf(issue, t).ifPresent(issues::add);
    }
    return new Snapshot(
        snapshot.source(), t, issues, snapshot.linkTypes(), snapshot.skipped(), snapshot.siteUrl());
  }

  /** One issue as of {@code t}; empty when it was created after {@code t}. */
  public java.util.Optional<Issue> issueAsOf(Issue issue, Instant t) {
    return replay.asOf(issue, t);
  }
}
