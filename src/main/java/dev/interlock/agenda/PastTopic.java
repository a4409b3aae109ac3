package dev.interlock.agenda;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One topic of a meeting's agenda as it is remembered. {@code kind} is {@link #RISKIEST}, {@link
 * #CYCLE} or {@link #ACTION}; {@code key} is the issue key, or for a cycle its issue keys sorted
 * and joined by spaces. {@code risk}: the item's score then (riskiest items only); {@code date}:
 * its commitment or an action item's due date then; {@code open}: not done then.
 */
public record PastTopic(
    String kind, String key, @Nullable Double risk, @Nullable LocalDate date, boolean open) {
  public static final String RISKIEST = "riskiest";
  public static final String CYCLE = "cycle";
  public static final String ACTION = "action";
}
