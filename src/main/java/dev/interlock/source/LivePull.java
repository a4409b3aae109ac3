package dev.interlock.source;

import dev.interlock.jira.PullReport;
import dev.interlock.jira.TeamFailure;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Words;
import java.util.ArrayList;
import java.util.List;

/** A live snapshot and how the pull went. */
public record LivePull(Snapshot snapshot, PullReport report) {

  /** True when some team's pull failed: the snapshot lacks part of its work. */
  public boolean isPartial() {
    return !report.failures().isEmpty();
  }

  /**
   * What the agenda must say is missing: each failed team, and the linked issues Jira would not
   * show (their status and team are unknown).
   */
  public List<String> warnings() {
    return warnings(report);
  }

  /** The warnings of {@link #warnings()} for any pull's report. */
  public static List<String> warnings(PullReport report) {
    List<String> warnings = new ArrayList<>();
    report.failures().stream().map(TeamFailure::describe).forEach(warnings::add);
    if (!report.invisible().isEmpty()) {
      warnings.add(invisibleWarning(report.invisible()));
    }
    return List.copyOf(warnings);
  }

  /** {@code "3 linked issues outside the teams could not be read (…): A-1, B-2, C-3"}. */
  public static String invisibleWarning(List<String> keys) {
    return Words.count(keys.size(), "linked issue")
        + " outside the teams could not be read (missing, or the account may not browse them): "
        + String.join(", ", keys);
  }
}
