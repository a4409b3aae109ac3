package dev.interlock.risk;

import dev.interlock.model.Commitment;
import dev.interlock.model.IssueKey;
import java.util.ArrayList;
import java.util.List;

/**
 * Blocker risk for training rows, out of fold. The first-pass model scores each open blocker, and
 * the rows that wait on it learn from that score; if the model had been fitted on the blocker's own
 * rows, the score would carry the blocker's known outcome into the rows that wait on it (the
 * blocker slipped, so its score is high, so the items waiting on it look risky). So the items are
 * split into {@link #FOLDS} folds by key ({@link #fold}, the same on every run), the first pass is
 * fitted {@code FOLDS} times, each time without the rows of one fold, by the same procedure as the
 * first pass on all rows ({@link ModelSelection}), and every blocker is scored by the model fitted
 * without its fold. Scoring the open items at T needs none of this: their outcomes are in no
 * training row.
 */
final class OutOfFold {
  /** Folds of items. */
  static final int FOLDS = 5;

  private OutOfFold() {}

  /** The fold of an item: its key's text hash, modulo {@link #FOLDS}. */
  static int fold(IssueKey key) {
    return Math.floorMod(key.toString().hashCode(), FOLDS);
  }

  /**
   * The points with {@link Feature#BLOCKER_RISK} filled in, each blocker scored by a first-pass
   * model fitted without its fold's rows.
   */
  static List<TrainingSet.Point> withBlockerRisk(
      List<TrainingSet.Point> points, SelectionPolicy policy) {
    List<RiskModel> models = new ArrayList<>();
    for (int f = 0; f < FOLDS; f++) {
      models.add(ModelSelection.choose(without(points, f), false, policy).model());
    }
    return points.stream().map(p -> p.withBlockerRisk(key -> models.get(fold(key)))).toList();
  }

  /** The points without the rows of fold {@code f}; points left empty are dropped. */
  static List<TrainingSet.Point> without(List<TrainingSet.Point> points, int f) {
    List<TrainingSet.Point> kept = new ArrayList<>();
    for (TrainingSet.Point p : points) {
      List<FeatureRow> rows = new ArrayList<>();
      List<Integer> labels = new ArrayList<>();
      List<Commitment> commitments = new ArrayList<>();
      int[] y = p.labels();
      for (int i = 0; i < p.rows().size(); i++) {
        if (fold(p.rows().get(i).key()) != f) {
          rows.add(p.rows().get(i));
          labels.add(y[i]);
          commitments.add(p.commitments().get(i));
        }
      }
      if (!rows.isEmpty()) {
        int[] ky = labels.stream().mapToInt(Integer::intValue).toArray();
        kept.add(new TrainingSet.Point(p.at(), rows, ky, commitments, p.upstream()));
      }
    }
    return kept;
  }
}
