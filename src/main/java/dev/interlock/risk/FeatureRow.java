package dev.interlock.risk;

import dev.interlock.model.IssueKey;
import java.util.Arrays;

/**
 * The feature values of one item as of T, indexed by {@link Feature#ordinal()}, with the raw facts
 * the explanations quote ({@code daysLeft} in days, -1 without a commitment).
 */
public record FeatureRow(IssueKey key, double[] values, long daysLeft) {
  public FeatureRow {
    if (values.length != Feature.values().length) {
      throw new IllegalArgumentException(
          "values.length != " + Feature.values().length + ": " + values.length);
    }
    values = values.clone();
  }

  public double value(Feature f) {
    return values[f.ordinal()];
  }

  /** This row with {@code f} set to {@code value}. */
  public FeatureRow with(Feature f, double value) {
    double[] v = values.clone();
    v[f.ordinal()] = value;
    return new FeatureRow(key, v, daysLeft);
  }

  @Override
  public double[] values() {
    return values.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FeatureRow r
        && r.key.equals(key)
        && Arrays.equals(r.values, values)
        && r.daysLeft == daysLeft;
  }

  @Override
  public int hashCode() {
    return key.hashCode() * 31 + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    return key + " " + Arrays.toString(values);
  }
}
