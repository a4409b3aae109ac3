package dev.interlock.agenda;

import java.util.List;

/**
 * One finding of the analyses as the agenda carries it: {@code kind} and {@code category} are the
 * names of {@code FindingKind} and its category, {@code severity} HIGH, MEDIUM or LOW; issues and
 * teams sorted; the reason in plain words.
 */
public record FindingItem(
    String kind,
    String category,
    String severity,
    List<String> issues,
    List<String> teams,
    String reason) {
  public FindingItem {
    issues = List.copyOf(issues);
    teams = List.copyOf(teams);
  }
}
