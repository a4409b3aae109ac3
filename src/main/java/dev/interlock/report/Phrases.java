package dev.interlock.report;

import dev.interlock.agenda.CycleItem;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.Summary;
import dev.interlock.risk.RiskScore;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The words and numbers every format prints the same way: times, percentages, commitments, counts.
 * All output is locale-independent ({@link Locale#ROOT}) and unescaped; the caller escapes it for
 * its format.
 */
final class Phrases {
  /** Shown where an issue belongs to no team. */
  static final String NO_TEAM = "no team";

  /** A score at or above this is shown as high risk. */
  static final double HIGH_RISK = 0.7;

  /** A score at or above this (and below {@link #HIGH_RISK}) is shown as medium risk. */
  static final double MEDIUM_RISK = 0.4;

  private Phrases() {}

  /** ISO-8601 in UTC, for example {@code 2026-11-16T08:00:00Z}. */
  static String instant(Instant instant) {
    return DateTimeFormatter.ISO_INSTANT.format(instant);
  }

  /** A score in [0, 1] as a whole percentage: {@link RiskScore#percent}. */
  static String percent(double score) {
    return RiskScore.percent(score);
  }

  /** {@code part} of {@code whole} as a percentage with one decimal, {@code 23.5%}; of 0, 0.0%. */
  static String share(int part, int whole) {
    double percent = whole == 0 ? 0 : 100.0 * part / whole;
    return String.format(Locale.ROOT, "%.1f%%", percent);
  }

  /**
   * {@code high}, {@code medium} or {@code low}, by {@link #HIGH_RISK} and {@link #MEDIUM_RISK}.
   */
  static String riskLevel(double score) {
    if (score >= HIGH_RISK) {
      return "high";
    }
    return score >= MEDIUM_RISK ? "medium" : "low";
  }

  /** Names separated by commas, or {@code none}. */
  static String names(List<?> names) {
    return names.isEmpty()
        ? "none"
        : String.join(", ", names.stream().map(String::valueOf).toList());
  }

  /** The team's name, or {@link #NO_TEAM}. */
  static String team(@Nullable String team) {
    return team == null ? NO_TEAM : team;
  }

  /**
   * Who owns the issue: its team, "no team", or "not visible" for an issue outside the snapshot.
   */
  static String owner(IssueRef issue) {
    return issue.visible() ? team(issue.team()) : "not visible";
  }

  /**
   * What the issue is committed to: {@code Sprint 14 due 2026-11-20}, {@code due 2026-11-20},
   * {@code Sprint 14}, or {@code no commitment}.
   */
  static String commitment(IssueRef issue) {
    String label = issue.commitmentLabel();
    if (issue.commitment() == null) {
      return label == null ? "no commitment" : label;
    }
    String due = "due " + issue.commitment();
    return label == null ? due : label + " " + due;
  }

  /**
   * The issue's status kind for colouring: {@code done}, {@code progress} or {@code todo}. Accepts
   * Jira's category keys ({@code new}, {@code indeterminate}, {@code done}) and their names ({@code
   * To Do}, {@code IN_PROGRESS}); anything else is {@code todo}.
   */
  static String statusKind(String statusCategory) {
    String plain = statusCategory.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (plain.equals("done")) {
      return "done";
    }
    return plain.equals("indeterminate") || plain.equals("inprogress") ? "progress" : "todo";
  }

  /**
   * The status, and the commitment when there is one: {@code In Progress, Sprint 14 due 2026-11-20}
   * or {@code Done}.
   */
  static String statusLine(IssueRef issue) {
    boolean committed = issue.commitment() != null || issue.commitmentLabel() != null;
    return committed ? issue.status() + ", " + commitment(issue) : issue.status();
  }

  /** Issues with their teams: {@code PAY-5 (Payments), OPS-1 (no team)}, or {@code none}. */
  static String refs(List<?> issues) {
    if (issues.isEmpty()) {
      return "none";
    }
    List<String> parts = new ArrayList<>();
    for (Object issue : issues) {
      IssueRef ref = (IssueRef) issue;
      parts.add(ref.key() + " (" + owner(ref) + ")");
    }
    return String.join(", ", parts);
  }

  /** The cycle walked back to its start: {@code PAY-5 → CHK-9 → CAT-2 → PAY-5}. */
  static String cyclePath(CycleItem cycle) {
    List<String> walk = new ArrayList<>(cycle.path());
    if (!walk.isEmpty()) {
      walk.add(walk.get(0));
    }
    return String.join(" → ", walk);
  }

  /** The summary counts in words, for example {@code 5 issues}, {@code 1 cycle}. */
  static List<String> counts(Summary summary) {
    return List.of(
        count(summary.issues(), "issue"),
        count(summary.teams(), "team"),
        count(summary.dependencies(), "dependency", "dependencies"),
        count(summary.crossTeamDependencies(), "cross-team dependency", "cross-team dependencies"),
        count(summary.cycles(), "cycle"),
        count(summary.items(), "item"));
  }

  /** What was left out, by reason: {@code skipped (done before the window: 3, unmapped: 2)}. */
  static String skipped(Map<String, Long> skipped) {
    if (skipped.isEmpty()) {
      return "nothing skipped";
    }
    List<String> parts = new ArrayList<>();
    skipped.forEach((reason, n) -> parts.add(reason + ": " + n));
    return "skipped (" + String.join(", ", parts) + ")";
  }

  private static String count(long n, String singular) {
    return count(n, singular, singular + "s");
  }

  private static String count(long n, String singular, String plural) {
    return n + " " + (n == 1 ? singular : plural);
  }
}
