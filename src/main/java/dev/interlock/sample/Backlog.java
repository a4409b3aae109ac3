package dev.interlock.sample;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Every issue of the company while it is planned: creates drafts (choosing reporter, components,
 * labels and story points), keeps them per project, and finally numbers them: keys per project in
 * creation order, ids across the site in creation order.
 */
final class Backlog {
  private static final List<String> LABELS =
      List.of("tech-debt", "customer-reported", "security", "q4-okr", "a11y", "performance");
  private static final double[] STORY_POINTS = {1, 2, 3, 5, 8, 13};

  private final List<IssueDraft> all = new ArrayList<>();
  private final List<List<IssueDraft>> byProject = new ArrayList<>();
  private final List<Summaries> summaries = new ArrayList<>();
  private final Instant now;

  Backlog(Company company, SampleOptions options) {
    this.now = options.now();
    for (ProjectPlan project : company.projects()) {
      byProject.add(new ArrayList<>());
      summaries.add(new Summaries(project, new Dice(options.seed(), 200_000L + project.index())));
    }
  }

  /** A new issue with a generated summary. */
  IssueDraft add(
      ProjectPlan project,
      IssueKind kind,
      Instant created,
      @Nullable IssueDraft parent,
      Fate fate,
      Dice dice) {
    return add(
        project, kind, created, parent, fate, dice, summaries.get(project.index()).next(kind));
  }

  /** A new issue with the given summary. */
  IssueDraft add(
      ProjectPlan project,
      IssueKind kind,
      Instant created,
      @Nullable IssueDraft parent,
      Fate fate,
      Dice dice,
      String summary) {
    if (!created.isBefore(now)) {
      throw new IllegalArgumentException("issue created at or after now: " + created);
    }
    List<String> components =
        kind != IssueKind.EPIC && dice.chance(0.7)
            ? List.of(dice.pick(project.components()))
            : List.of();
    List<String> labels = dice.chance(0.2) ? List.of(dice.pick(LABELS)) : List.of();
    IssueDraft draft =
        new IssueDraft(
            all.size(),
            project,
            kind,
            created,
            parent,
            fate,
            dice.pick(project.people()),
            components,
            labels,
            points(kind, dice),
            summary);
    all.add(draft);
    byProject.get(project.index()).add(draft);
    return draft;
  }

  /**
   * Adds an issue after {@link #number}: it takes the next key number of its project and the next
   * id, so that no issue numbered before changes.
   */
  IssueDraft addNumbered(
      ProjectPlan project,
      IssueKind kind,
      Instant created,
      Fate fate,
      Member reporter,
      List<String> labels,
      String summary) {
    IssueDraft draft =
        new IssueDraft(
            all.size(),
            project,
            kind,
            created,
            null,
            fate,
            reporter,
            List.of(),
            labels,
            null,
            summary);
    draft.number = of(project).stream().mapToInt(d -> d.number).max().orElse(0) + 1;
    draft.id =
        String.valueOf(all.stream().mapToInt(d -> Integer.parseInt(d.id)).max().orElse(10000) + 1);
    all.add(draft);
    byProject.get(project.index()).add(draft);
    return draft;
  }

  /** Every draft in planning order. */
  List<IssueDraft> all() {
    return all;
  }

  /** The drafts of one project in planning order. */
  List<IssueDraft> of(ProjectPlan project) {
    return byProject.get(project.index());
  }

  /** A random epic of the project created before {@code created}, or null when there is none. */
  @Nullable IssueDraft epicBefore(ProjectPlan project, Instant created, Dice dice) {
    List<IssueDraft> epics =
        of(project).stream()
            .filter(d -> d.kind == IssueKind.EPIC && d.created.isBefore(created))
            .toList();
    return epics.isEmpty() ? null : dice.pick(epics);
  }

  /**
   * An instant in {@code [from, to)} during office hours, uniformly spread; when office hours leave
   * (almost) no room, the first working instant in the range, else {@code from}.
   */
  static Instant moment(Instant from, Instant to, Dice dice) {
    long span = Duration.between(from, to).toMillis();
    for (int attempt = 0; attempt < 40 && span > 0; attempt++) {
      Instant t = from.plusMillis((long) (dice.uniform(0, 1) * span));
      if (WorkClock.isWorking(t)) {
        return t;
      }
    }
    Instant aligned = WorkClock.align(from);
    return aligned.isBefore(to) ? aligned : from;
  }

  /** Gives every draft its key number (per project, by creation) and id (site-wide). */
  void number() {
    Comparator<IssueDraft> byCreation =
        Comparator.comparing((IssueDraft d) -> d.created).thenComparingInt(d -> d.ordinal);
    for (List<IssueDraft> drafts : byProject) {
      List<IssueDraft> sorted = drafts.stream().sorted(byCreation).toList();
      for (int i = 0; i < sorted.size(); i++) {
        sorted.get(i).number = i + 1;
      }
    }
    List<IssueDraft> sorted = all.stream().sorted(byCreation).toList();
    for (int i = 0; i < sorted.size(); i++) {
      sorted.get(i).id = String.valueOf(10001 + i);
    }
  }

  private static @Nullable Double points(IssueKind kind, Dice dice) {
    return switch (kind) {
      case STORY -> dice.chance(0.9) ? STORY_POINTS[dice.weighted(10, 20, 30, 25, 12, 3)] : null;
      case TASK -> dice.chance(0.6) ? STORY_POINTS[dice.weighted(30, 35, 25, 10)] : null;
      case BUG -> dice.chance(0.4) ? STORY_POINTS[dice.weighted(50, 35, 15)] : null;
      case EPIC, SUBTASK -> null;
    };
  }
}
