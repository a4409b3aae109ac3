package dev.interlock.sample;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Summaries that read like real work, from per-kind templates filled with a project's nouns. Within
 * one project a summary is used once while unused combinations remain.
 */
final class Summaries {
  private static final List<String> EPICS =
      List.of(
          "%B v2",
          "Rework %s",
          "%B for the EU launch",
          "Self-service %b",
          "Harden %s",
          "%B: performance and scale");
  private static final List<String> STORIES =
      List.of(
          "Expose %s in the %T API",
          "Show %s to customers",
          "Let support agents search %s",
          "Add an audit trail for %s",
          "Support GBP and CHF in %s",
          "Let merchants export %s as CSV",
          "Migrate %s to the new schema",
          "Notify customers about changes to %s",
          "Paginate %s in the API",
          "Cache %s for five minutes",
          "%T: redesign %s for small screens",
          "Backfill %s for existing accounts",
          "Version the API contract for %s",
          "%T: track %s in analytics");
  private static final List<String> TASKS =
      List.of(
          "Upgrade the dependencies of %s to the latest LTS",
          "Add dashboards and alerts for %s",
          "Write the runbook for %s",
          "Remove the feature flag for %s",
          "Load-test %s at twice the peak",
          "Clean up unused tables of %s",
          "Spike: evaluate options for %s",
          "Document %s for the support team");
  private static final List<String> BUGS =
      List.of(
          "500 error in %s when the locale is missing",
          "Timeouts in %s under load",
          "Stale data in %s after a currency switch",
          "Duplicate entries in %s",
          "%S broken for accounts created before 2024",
          "Race condition when retrying %s",
          "Customer time zone ignored in %s",
          "Wrong rounding in %s for JPY");
  private static final List<String> SUBTASKS =
      List.of(
          "Backend: persist %s",
          "Frontend: screen for %s",
          "Write integration tests for %s",
          "Update the OpenAPI spec for %s",
          "Add metrics for %s",
          "QA sign-off: %s",
          "Roll out %s behind a feature flag",
          "Review fixes: %s");

  private final ProjectPlan project;
  private final Dice dice;
  private final Set<String> used = new HashSet<>();

  Summaries(ProjectPlan project, Dice dice) {
    this.project = project;
    this.dice = dice;
  }

  /** A summary for a new issue of {@code kind}, unused in this project if still possible. */
  String next(IssueKind kind) {
    List<String> templates = templates(kind);
    String summary = fill(dice.pick(templates), dice.pick(project.nouns()));
    for (int attempt = 0; attempt < 20 && !used.add(summary); attempt++) {
      summary = fill(dice.pick(templates), dice.pick(project.nouns()));
    }
    return summary;
  }

  /** %s the noun, %S capitalised, %b and %B without a leading "the", %T the team. */
  private String fill(String template, String noun) {
    String bare = noun.startsWith("the ") ? noun.substring(4) : noun;
    return template
        .replace("%S", capitalised(noun))
        .replace("%s", noun)
        .replace("%B", capitalised(bare))
        .replace("%b", bare)
        .replace("%T", project.name());
  }

  private static String capitalised(String text) {
    return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
  }

  private static List<String> templates(IssueKind kind) {
    return switch (kind) {
      case EPIC -> EPICS;
      case STORY -> STORIES;
      case TASK -> TASKS;
      case BUG -> BUGS;
      case SUBTASK -> SUBTASKS;
    };
  }
}
