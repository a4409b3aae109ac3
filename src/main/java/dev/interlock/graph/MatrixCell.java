package dev.interlock.graph;

import dev.interlock.model.IssueKey;
import java.util.List;

/**
 * One non-empty cell of the team dependency matrix: team {@code waiting} waits on team {@code
 * blocker} through {@code open} open dependencies; {@code waitingIssues} are its issues that wait
 * (sorted), for scoring the cell's worst risk.
 */
public record MatrixCell(String waiting, String blocker, int open, List<IssueKey> waitingIssues) {
  public MatrixCell {
    waitingIssues = List.copyOf(waitingIssues);
  }
}
