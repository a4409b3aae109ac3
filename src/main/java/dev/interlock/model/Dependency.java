package dev.interlock.model;

/**
 * A directed dependency: {@code blocker} must finish before {@code blocked} can. {@code inferred}
 * is true when the link type was not configured and its meaning was read from its verbs.
 */
public record Dependency(
    IssueKey blocker,
    IssueKey blocked,
    String linkType,
    String linkId,
    Strength strength,
    boolean inferred) {

  public Dependency {
    if (blocker.equals(blocked)) {
      throw new IllegalArgumentException("dependency of an issue on itself: " + blocker);
    }
  }
}
