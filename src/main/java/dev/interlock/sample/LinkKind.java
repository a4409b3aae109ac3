package dev.interlock.sample;

import org.jspecify.annotations.Nullable;

/**
 * The issue link types of the sample site, exactly as its {@code issueLinkType} endpoint reports
 * them. A link reads "source (outward verb) target". {@code sourceBlocks} says who is the blocker
 * for the types that mean a dependency: the source (Blocks, the reversed Dependent, Gates) or the
 * target (Dependency, Requirement); it is null for types that are no dependency at all.
 */
enum LinkKind {
  BLOCKS("10000", "Blocks", "is blocked by", "blocks", true),
  CLONERS("10001", "Cloners", "is cloned by", "clones", null),
  DUPLICATE("10002", "Duplicate", "is duplicated by", "duplicates", null),
  RELATES("10003", "Relates", "relates to", "relates to", null),
  DEPENDENCY("10100", "Dependency", "is a dependency of", "depends on", false),
  // Reversed on purpose, as in Atlassian's own example: the outward holder is the blocker.
  DEPENDENT("10101", "Dependent", "depends on", "is depended on by", true),
  REQUIREMENT("10102", "Requirement", "is required by", "requires", false),
  GATES("10103", "Gates", "is gated by", "gates", true);

  final String id;
  final String label;
  final String inward;
  final String outward;
  final @Nullable Boolean sourceBlocks;

  LinkKind(String id, String label, String inward, String outward, @Nullable Boolean sourceBlocks) {
    this.id = id;
    this.label = label;
    this.inward = inward;
    this.outward = outward;
    this.sourceBlocks = sourceBlocks;
  }

  boolean isDependency() {
    return sourceBlocks != null;
  }
}
