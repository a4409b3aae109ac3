package dev.interlock.agenda;

import java.time.LocalDate;
import java.util.List;

/**
 * The longest chain of open blockers behind a committed item: {@code path} from the issue to finish
 * first to {@code item}, the teams along it, the commitment ({@code commitmentLabel} on {@code
 * commitment}), the days the chain needs and the slack left (negative: short by that many days).
 */
public record ChainItem(
    IssueRef item,
    String commitmentLabel,
    LocalDate commitment,
    List<String> path,
    List<String> teams,
    int daysNeeded,
    long slackDays) {
  public ChainItem {
    path = List.copyOf(path);
    teams = List.copyOf(teams);
  }
}
