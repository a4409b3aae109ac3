package dev.interlock.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An issue as the agenda shows it. {@code team} is null for an issue no team owns; {@code
 * commitment} and {@code commitmentLabel} are null when the issue has no commitment; {@code
 * visible} is false for an issue known only from a link (outside the snapshot).
 */
public record IssueRef(
    String key,
    String summary,
    @Nullable String team,
    String status,
    String statusCategory,
    @Nullable LocalDate commitment,
    @Nullable String commitmentLabel,
    boolean visible) {
  /** Whether one of {@code teams} owns this issue (an issue of no team is nobody's). */
  public boolean ownedBy(java.util.Set<String> teams) {
    return team != null && teams.contains(team);
  }
}
