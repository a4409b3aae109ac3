package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One issue while the company is being planned. Issues refer to each other (parents, links) and are
 * completed in stages: planned, numbered, simulated, linked. So this one holder is mutable and
 * never leaves the package; everything written comes from it after the last stage.
 */
final class IssueDraft implements LinkTarget {
  /** Position in planning order: names the issue's own random stream. */
  final int ordinal;

  final ProjectPlan project;
  final IssueKind kind;
  final Instant created;
  final @Nullable IssueDraft parent;
  final Fate fate;
  final Member reporter;
  final List<String> components;
  final List<String> labels;
  final @Nullable Double points;
  final List<IssueDraft> children = new ArrayList<>();
  final List<PlannedLink> links = new ArrayList<>();
  final List<HistoryEntry> history = new ArrayList<>();
  final List<CommentPlan> comments = new ArrayList<>();

  String summary;
  int number;
  String id = "";
  @Nullable Life life;

  IssueDraft(
      int ordinal,
      ProjectPlan project,
      IssueKind kind,
      Instant created,
      @Nullable IssueDraft parent,
      Fate fate,
      Member reporter,
      List<String> components,
      List<String> labels,
      @Nullable Double points,
      String summary) {
    this.ordinal = ordinal;
    this.project = project;
    this.kind = kind;
    this.created = created;
    this.parent = parent;
    this.fate = fate;
    this.reporter = reporter;
    this.components = List.copyOf(components);
    this.labels = List.copyOf(labels);
    this.points = points;
    this.summary = summary;
    if (parent != null) {
      parent.children.add(this);
    }
  }

  /** The simulated fields; throws when asked before the simulation ran. */
  Life life() {
    if (life == null) {
      throw new IllegalStateException("issue not simulated yet: " + key());
    }
    return life;
  }

  /** The epic above this issue, directly or through its parent. */
  @Nullable IssueDraft epic() {
    if (parent == null) {
      return null;
    }
    return parent.kind == IssueKind.EPIC ? parent : parent.epic();
  }

  @Override
  public String key() {
    return project.key() + "-" + number;
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public String summary() {
    return summary;
  }

  @Override
  public WorkflowStatus status() {
    return life().status();
  }

  @Override
  public PriorityLevel priority() {
    return life().priority();
  }

  @Override
  public IssueKind kind() {
    return kind;
  }

  @Override
  public boolean visible() {
    return true;
  }

  @Override
  public String toString() {
    return key() + " " + summary;
  }
}
