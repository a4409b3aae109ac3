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
  private final ReplayCatalog catalog;
  private final IssueReplay replay;

  public SnapshotReplay(Snapshot snapshot) {
    this.snapshot = snapshot;
    this.catalog = new ReplayCatalog(snapshot);
    this.replay = new IssueReplay(catalog);
  }

  /**
   * A replay of this snapshot for many moments that replays an issue again only when it changed in
   * between (not thread-safe; one per series of moments).
   */
  ReplaySweep sweep() {
    return new ReplaySweep(snapshot, catalog, replay);
  }

  /** The snapshot as of {@code t}; {@code takenAt} is {@code t}. */
  public Snapshot asOf(Instant t) {
    List<Issue> issues = new ArrayList<>();
    for (Issue issue : snapshot.issues()) {
      replay.asOf(issue, t).ifPresent(issues::add);
    }
    return snapshot.withIssues(t, issues);
  }

  /** One issue as of {@code t}; empty when it was created after {@code t}. */
  public java.util.Optional<Issue> issueAsOf(Issue issue, Instant t) {
    return replay.asOf(issue, t);
  }
}
