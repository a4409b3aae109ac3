package dev.interlock.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Where the agenda's risk scores come from. {@code learned}: a model trained on the site's own
 * history scores them as calibrated slip probabilities, and {@code how} says in words how it was
 * chosen and calibrated; otherwise history was too thin ({@code how} is null) and the scores are
 * the transparent first risk score. Either way {@code outcomes} is the number of known outcomes
 * (commitments that fell due before {@code dueBefore}, each counted once per past moment it was
 * seen open), {@code slipped} of them late, from {@code items} distinct items; a model needs at
 * least {@code minOutcomes}, with at least {@code minOfEachKind} slipped and as many on time.
 * {@code history} is false when the snapshot carries no change history at all: then nothing can be
 * learned, whatever the counts.
 */
public record RiskBasis(
    boolean learned,
    LocalDate dueBefore,
    int outcomes,
    int slipped,
    int items,
    @Nullable String how,
    int minOutcomes,
    int minOfEachKind,
    boolean history) {
  public RiskBasis {
    if (learned && !history) {
      throw new IllegalArgumentException("scores cannot be learned without change history");
    }
    if (learned != (how != null)) {
      throw new IllegalArgumentException(
          "how must be given exactly when the scores are learned: learned "
              + learned
              + ", how "
              + how);
    }
    if (slipped < 0 || slipped > outcomes) {
      throw new IllegalArgumentException(
          "need 0 <= slipped <= outcomes: slipped " + slipped + ", outcomes " + outcomes);
    }
    if (items < 0 || items > outcomes) {
      throw new IllegalArgumentException(
          "need 0 <= items <= outcomes: items " + items + ", outcomes " + outcomes);
    }
  }
}
