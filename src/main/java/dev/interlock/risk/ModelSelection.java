package dev.interlock.risk;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Chooses the penalty and the feature set and calibrates, using the training rows only, among the
 * configurations a {@link SelectionPolicy} allows (by default every set of {@link #FEATURE_SETS}
 * with every λ of {@link #LAMBDAS}). The past moments are split in time: the newest ones, holding
 * at least {@link #VALIDATION_SHARE} of the rows, validate; the older ones train, leaving out every
 * item that also appears in validation so that no outcome is seen twice. Each configuration is
 * fitted on the inner training rows and the one with the lowest validation log-loss wins (ties: the
 * earlier, i.e. smaller set and larger λ). Platt scaling ({@link PlattScaling}) is then fitted on
 * the winner's validation predictions, and the final model is refitted on all rows with the chosen
 * λ and set and calibrated with that scaling. When the policy allows one configuration only, or
 * validation is too thin ({@link #MIN_VALIDATION_ROWS}, {@link #MIN_PER_CLASS}), the policy's fixed
 * configuration is fitted on all rows and Platt-scaled on its own training predictions.
 */
final class ModelSelection {
  /** The penalties tried, on standardised features: a log grid from almost none to strong. */
  static final List<Double> LAMBDAS = List.of(100.0, 30.0, 10.0, 3.0, 1.0, 0.3, 0.1, 0.03);

  /** The feature sets tried, smallest first. */
  static final List<Set<Feature>> FEATURE_SETS =
      List.of(Feature.CORE, Feature.COMPACT, Feature.ALL);

  /** The least share of rows the newest moments hold out for validation. */
  static final double VALIDATION_SHARE = 0.25;

  /** Validation rows needed to choose; fewer and the fallback applies. */
  static final int MIN_VALIDATION_ROWS = 20;

  /** Slipped and on-time rows each needed in validation and in inner training. */
  static final int MIN_PER_CLASS = 4;

  private ModelSelection() {}

  /** The chosen, calibrated model and how it was chosen. */
  record Choice(RiskModel model, String how) {}

  /**
   * @param points past moments, newest first
   * @param blockerRisk whether {@link Feature#BLOCKER_RISK} may be used (not in the first pass)
   * @param policy the configurations that may be chosen among
   */
  static Choice choose(
      List<TrainingSet.Point> points, boolean blockerRisk, SelectionPolicy policy) {
    List<FeatureRow> all = new ArrayList<>();
    List<Integer> allY = new ArrayList<>();
    points.forEach(p -> add(p, all, allY, null));
    SelectionPolicy.Grid grid = policy.grid(all.size());
    if (!grid.chooses()) {
      return fixed(all, array(allY), blockerRisk, grid, policy + " fixes it");
    }
    int validationTarget = (int) Math.ceil(VALIDATION_SHARE * all.size());
    List<FeatureRow> valRows = new ArrayList<>();
    List<Integer> valY = new ArrayList<>();
    int split = 0;
    while (split < points.size() && valRows.size() < validationTarget) {
      add(points.get(split++), valRows, valY, null);
    }
    Set<Object> held = valRows.stream().map(FeatureRow::key).collect(Collectors.toSet());
    List<FeatureRow> innerRows = new ArrayList<>();
    List<Integer> innerY = new ArrayList<>();
    for (TrainingSet.Point p : points.subList(split, points.size())) {
      add(p, innerRows, innerY, held);
    }
    if (!enough(valY, MIN_VALIDATION_ROWS) || !enough(innerY, MIN_VALIDATION_ROWS)) {
      return fixed(all, array(allY), blockerRisk, grid, "too few rows to validate");
    }
    return select(
        all, array(allY), innerRows, array(innerY), valRows, array(valY), blockerRisk, grid);
  }

  private static Choice select(
      List<FeatureRow> all,
      int[] allY,
      List<FeatureRow> inner,
      int[] innerY,
      List<FeatureRow> val,
      int[] valY,
      boolean blockerRisk,
      SelectionPolicy.Grid grid) {
    RiskModel best = null;
    Set<Feature> bestSet = null;
    double bestLoss = Double.POSITIVE_INFINITY;
    for (Set<Feature> set : grid.sets()) {
      Set<Feature> used = usable(set, blockerRisk);
      for (double lambda : grid.lambdas()) {
        RiskModel m = RiskModel.fit(inner, innerY, lambda, used);
        double loss = logLoss(m, val, valY);
        if (loss < bestLoss - 1e-12) {
          best = m;
          bestSet = set;
          bestLoss = loss;
        }
      }
    }
    double[] ab = PlattScaling.fit(rawLogits(best, val), valY);
    RiskModel model =
        RiskModel.fit(all, allY, best.lambda(), best.features()).calibrated(ab[0], ab[1]);
    String how =
        String.format(
            Locale.ROOT,
            "%s features, λ = %s, chosen by log-loss %.3f on %d validation rows (newest moments);"
                + " Platt a = %.2f, b = %.2f",
            name(bestSet),
            best.lambda(),
            bestLoss / val.size(),
            val.size(),
            ab[0],
            ab[1]);
    return new Choice(model, how);
  }

  private static Choice fixed(
      List<FeatureRow> all, int[] y, boolean blockerRisk, SelectionPolicy.Grid grid, String why) {
    Set<Feature> used = usable(grid.fixedSet(), blockerRisk);
    RiskModel raw = RiskModel.fit(all, y, grid.fixedLambda(), used);
    double[] ab = PlattScaling.fit(rawLogits(raw, all), y);
    String how =
        String.format(
            Locale.ROOT,
            "%s: %s features, λ = %s, Platt on training rows",
            why,
            name(grid.fixedSet()),
            grid.fixedLambda());
    return new Choice(raw.calibrated(ab[0], ab[1]), how);
  }

  private static Set<Feature> usable(Set<Feature> set, boolean blockerRisk) {
    Set<Feature> used = new HashSet<>(set);
    if (!blockerRisk) {
      used.remove(Feature.BLOCKER_RISK);
    }
    return used;
  }

  private static String name(Set<Feature> set) {
    return set.equals(Feature.CORE) ? "core" : set.equals(Feature.COMPACT) ? "compact" : "all";
  }

  /** The summed log-loss of the model's probabilities. */
  static double logLoss(RiskModel m, List<FeatureRow> rows, int[] y) {
    double sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, m.probability(rows.get(i))));
      sum -= y[i] == 1 ? Math.log(p) : Math.log(1 - p);
    }
    return sum;
  }

  private static double[] rawLogits(RiskModel m, List<FeatureRow> rows) {
    return rows.stream().mapToDouble(m::rawLogit).toArray();
  }

  private static void add(
      TrainingSet.Point p, List<FeatureRow> rows, List<Integer> y, @Nullable Set<Object> exclude) {
    for (int i = 0; i < p.rows().size(); i++) {
      if (exclude == null || !exclude.contains(p.rows().get(i).key())) {
        rows.add(p.rows().get(i));
        y.add(p.labels()[i]);
      }
    }
  }

  private static boolean enough(List<Integer> y, int rows) {
    int pos = y.stream().mapToInt(Integer::intValue).sum();
    return y.size() >= rows && pos >= MIN_PER_CLASS && y.size() - pos >= MIN_PER_CLASS;
  }

  private static int[] array(List<Integer> y) {
    return y.stream().mapToInt(Integer::intValue).toArray();
  }
}
