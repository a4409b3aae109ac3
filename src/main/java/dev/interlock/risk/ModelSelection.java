package dev.interlock.risk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.stream.Collectors;

/**
 * Fits the model of a {@link SelectionPolicy} on the training rows and calibrates it on out-of-time
 * predictions of the same procedure.
 *
 * <p><b>Weights.</b> An item open with the same commitment at many past moments is one outcome:
 * each of its rows weighs 1 / (its rows among those fitted), so a long-lived item counts as much as
 * one seen once.
 *
 * <p><b>Configuration.</b> A policy with one configuration fixes it. Otherwise (by default every
 * set of {@link #FEATURE_SETS} with every λ of {@link #LAMBDAS}) the past moments are split in
 * time: the newest ones, holding at least {@link #VALIDATION_SHARE} of the rows, validate; the
 * older ones train, leaving out every item that also appears in validation so that no outcome is
 * seen twice; the configuration with the lowest weighted validation log-loss wins (ties: the
 * earlier, i.e. smaller set and larger λ). When validation is too thin ({@link
 * #MIN_VALIDATION_ROWS}, {@link #MIN_PER_CLASS}) the policy's fixed configuration is taken.
 *
 * <p><b>Calibration.</b> The final model is the configuration fitted on all rows. Its Platt scaling
 * ({@link PlattScaling}) is fitted on what the same procedure predicted out of time: for each of
 * the newest {@link #MAX_ORIGINS} past moments m, the configuration fitted, with the same weights,
 * on the rows of moments before m whose commitment fell due before m (what a model as of m could
 * learn from), scores the rows of m. The scaling thus measures how far the procedure's raw log-odds
 * over-reach on moments it has not seen, the shift the agenda's model faces at T. When those
 * predictions are too few, it is fitted on the training rows and says so.
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

  /** The newest past moments predicted out of time for the calibration. */
  static final int MAX_ORIGINS = 12;

  private ModelSelection() {}

  /** The chosen, calibrated model and how it was chosen. */
  record Choice(RiskModel model, String how) {}

  /** Labelled rows with the issue-commitment each belongs to. */
  record Rows(List<FeatureRow> rows, int[] y, List<String> groups) {
    static Rows of(List<TrainingSet.Point> points, BiPredicate<TrainingSet.Point, Integer> keep) {
      List<FeatureRow> rows = new ArrayList<>();
      List<Integer> y = new ArrayList<>();
      List<String> groups = new ArrayList<>();
      for (TrainingSet.Point p : points) {
        for (int i = 0; i < p.rows().size(); i++) {
          if (keep.test(p, i)) {
            rows.add(p.rows().get(i));
            y.add(p.labels()[i]);
            groups.add(p.group(i));
          }
        }
      }
      return new Rows(rows, y.stream().mapToInt(Integer::intValue).toArray(), groups);
    }

    int size() {
      return rows.size();
    }

    /** 1 / (rows of the same issue-commitment among these rows). */
    double[] weights() {
      return ModelSelection.weights(groups);
    }

    boolean enough(int min) {
      int pos = java.util.Arrays.stream(y).sum();
      return y.length >= min && pos >= MIN_PER_CLASS && y.length - pos >= MIN_PER_CLASS;
    }

    RiskModel fit(double lambda, Set<Feature> used) {
      return RiskModel.fit(rows, y, weights(), lambda, used);
    }
  }

  /** Each row's weight: 1 / (rows with the same group). */
  static double[] weights(List<String> groups) {
    Map<String, Integer> counts = new HashMap<>();
    groups.forEach(g -> counts.merge(g, 1, Integer::sum));
    return groups.stream().mapToDouble(g -> 1.0 / counts.get(g)).toArray();
  }

  /**
   * @param points past moments, newest first
   * @param blockerRisk whether {@link Feature#BLOCKER_RISK} may be used (not in the first pass)
   * @param policy the configurations that may be chosen among
   */
  static Choice choose(
      List<TrainingSet.Point> points, boolean blockerRisk, SelectionPolicy policy) {
    Rows all = Rows.of(points, (p, i) -> true);
    SelectionPolicy.Grid grid = policy.grid(all.size());
    Set<Feature> set = grid.fixedSet();
    double lambda = grid.fixedLambda();
    String how = policy + " fixes it: " + name(set) + " features, λ = " + lambda;
    if (grid.chooses()) {
      int validationTarget = (int) Math.ceil(VALIDATION_SHARE * all.size());
      int split = 0;
      int held = 0;
      while (split < points.size() && held < validationTarget) {
        held += points.get(split++).rows().size();
      }
      Rows val = Rows.of(points.subList(0, split), (p, i) -> true);
      Set<Object> heldKeys = val.rows().stream().map(FeatureRow::key).collect(Collectors.toSet());
      Rows inner =
          Rows.of(
              points.subList(split, points.size()),
              (p, i) -> !heldKeys.contains(p.rows().get(i).key()));
      if (!val.enough(MIN_VALIDATION_ROWS) || !inner.enough(MIN_VALIDATION_ROWS)) {
        how = "too few rows to validate: " + name(set) + " features, λ = " + lambda;
      } else {
        Selected best = select(inner, val, blockerRisk, grid);
        set = best.set();
        lambda = best.lambda();
        how = best.how();
      }
    }
    Set<Feature> used = usable(set, blockerRisk);
    RiskModel raw = all.fit(lambda, used);
    OutOfTime oot = outOfTime(points, lambda, used);
    double[] ab;
    String calibration;
    if (oot.rows().enough(MIN_VALIDATION_ROWS)) {
      ab = PlattScaling.fit(oot.logits(), oot.rows().y());
      calibration =
          String.format(
              Locale.ROOT,
              "Platt on %d out-of-time predictions at %d past moments",
              oot.rows().size(),
              oot.origins());
    } else {
      ab = PlattScaling.fit(rawLogits(raw, all.rows()), all.y());
      calibration = "Platt on training rows (too few out-of-time predictions)";
    }
    String words =
        String.format(Locale.ROOT, "%s; %s, a = %.2f, b = %.2f", how, calibration, ab[0], ab[1]);
    return new Choice(raw.calibrated(ab[0], ab[1]), words);
  }

  private record Selected(Set<Feature> set, double lambda, String how) {}

  private static Selected select(
      Rows inner, Rows val, boolean blockerRisk, SelectionPolicy.Grid grid) {
    Set<Feature> bestSet = null;
    double bestLambda = 0;
    double bestLoss = Double.POSITIVE_INFINITY;
    double[] valWeights = val.weights();
    for (Set<Feature> set : grid.sets()) {
      Set<Feature> used = usable(set, blockerRisk);
      for (double lambda : grid.lambdas()) {
        RiskModel m = inner.fit(lambda, used);
        double loss = logLoss(m, val.rows(), val.y(), valWeights);
        if (loss < bestLoss - 1e-12) {
          bestSet = set;
          bestLambda = lambda;
          bestLoss = loss;
        }
      }
    }
    double total = java.util.Arrays.stream(valWeights).sum();
    String how =
        String.format(
            Locale.ROOT,
            "%s features, λ = %s, chosen by log-loss %.3f on %d validation rows (newest moments)",
            name(bestSet),
            bestLambda,
            bestLoss / total,
            val.size());
    return new Selected(bestSet, bestLambda, how);
  }

  /** Raw log-odds predicted out of time, with the rows they were predicted for. */
  record OutOfTime(Rows rows, double[] logits, int origins) {}

  /**
   * What the procedure, fitted on what was learnable before each of the newest past moments,
   * predicts for that moment's rows.
   */
  static OutOfTime outOfTime(List<TrainingSet.Point> points, double lambda, Set<Feature> used) {
    List<FeatureRow> rows = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    List<String> groups = new ArrayList<>();
    List<Double> logits = new ArrayList<>();
    int origins = 0;
    for (int o = 0; o < Math.min(MAX_ORIGINS, points.size()); o++) {
      TrainingSet.Point origin = points.get(o);
      Rows before =
          Rows.of(
              points.subList(o + 1, points.size()),
              (p, i) -> SlipLabeler.isOverdue(p.commitments().get(i), origin.at()));
      if (!before.enough(MIN_VALIDATION_ROWS)) {
        continue;
      }
      RiskModel m = before.fit(lambda, used);
      origins++;
      for (int i = 0; i < origin.rows().size(); i++) {
        rows.add(origin.rows().get(i));
        y.add(origin.labels()[i]);
        groups.add(origin.group(i));
        logits.add(m.rawLogit(origin.rows().get(i)));
      }
    }
    return new OutOfTime(
        new Rows(rows, y.stream().mapToInt(Integer::intValue).toArray(), groups),
        logits.stream().mapToDouble(Double::doubleValue).toArray(),
        origins);
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

  /** The summed log-loss of the model's probabilities, each row counted with its weight. */
  static double logLoss(RiskModel m, List<FeatureRow> rows, int[] y, double[] w) {
    double sum = 0;
    for (int i = 0; i < rows.size(); i++) {
      double p = Math.min(1 - 1e-12, Math.max(1e-12, m.probability(rows.get(i))));
      sum -= w[i] * (y[i] == 1 ? Math.log(p) : Math.log(1 - p));
    }
    return sum;
  }

  private static double[] rawLogits(RiskModel m, List<FeatureRow> rows) {
    return rows.stream().mapToDouble(m::rawLogit).toArray();
  }
}
