package dev.interlock.agenda;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The team dependency structure matrix: one row per waiting team, one cell per blocker team, both
 * in {@code teams} order. A cell holds the open dependencies and the worst risk score (0 to 1)
 * among the row team's issues that wait in it; the risk is null when none of them is scored (no
 * commitment, nothing committed waiting on it), and an empty cell is 0 and null.
 */
public record Dsm(List<String> teams, List<Row> rows) {
  public Dsm {
    teams = List.copyOf(teams);
    rows = List.copyOf(rows);
  }

  /** One waiting team's cells, in {@code teams} order. */
  public record Row(String waiting, List<Cell> cells) {
    public Row {
      cells = List.copyOf(cells);
    }
  }

  /** Open dependencies of a row team on a column team, and the worst risk among them, if any. */
  public record Cell(int open, @Nullable Double worstRisk) {}
}
