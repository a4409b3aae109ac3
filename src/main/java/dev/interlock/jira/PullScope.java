package dev.interlock.jira;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a pull asks for. {@code updatedSince} maps a team's name to the moment its incremental
 * search starts from (the last successful pull minus the overlap); a team without an entry is
 * pulled in full. {@code sweep}: also list every team's keys ({@code fields=key}), to find the
 * issues deleted or moved out of scope since. {@code outside} chooses the issues outside the teams
 * to fetch once the teams are in.
 */
public record PullScope(Map<String, Instant> updatedSince, boolean sweep, OutsideKeys outside) {
  /** Everything, as on a first pull: every linked issue that no team's search returned. */
  public static final PullScope FULL =
      new PullScope(
          Map.of(),
          false,
          (pulled, linked, swept) ->
              linked.stream()
                  .filter(k -> !pulled.contains(k))
                  .sorted(dev.interlock.model.IssueKey::compareText)
                  .toList());

  public PullScope {
    updatedSince = Map.copyOf(updatedSince);
  }

  public boolean incremental() {
    return !updatedSince.isEmpty();
  }

  /** Chooses the keys outside the teams to fetch, in the order to fetch them. */
  @FunctionalInterface
  public interface OutsideKeys {
    /**
     * {@code pulled}: the keys the teams' searches returned tonight; {@code linked}: the keys their
     * links point to; {@code swept}: each team's keys when the pull swept, else null.
     */
    List<String> choose(
        Set<String> pulled, Set<String> linked, @Nullable Map<String, Set<String>> swept);
  }
}
