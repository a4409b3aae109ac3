package dev.interlock.sample;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Turns an issue's tracks and links into Jira Cloud changelog histories: one history per instant
 * and author, items as Jira writes them (ids in {@code from}/{@code to}, display text in the
 * strings; sprint ids comma-space separated; a resolution item with every move into or out of Done;
 * a fix-version move as a removal and an addition).
 */
final class Changelog {
  private record Pending(Instant at, Member author, HistoryItem item) {}

  private final ProjectPlan project;
  private final List<Pending> pending = new ArrayList<>();

  Changelog(ProjectPlan project) {
    this.project = project;
  }

  void status(Track<WorkflowStatus> track) {
    for (Track.Change<WorkflowStatus> c : track.changes()) {
      WorkflowStatus from = c.before();
      WorkflowStatus to = c.value();
      add(c, item("status", "status", id(from), label(from), id(to), label(to)));
      if (to == WorkflowStatus.DONE) {
        add(c, item("resolution", "resolution", null, null, "10000", "Done"));
      } else if (from == WorkflowStatus.DONE) {
        add(c, item("resolution", "resolution", "10000", "Done", null, null));
      }
    }
  }

  void assignee(Track<Member> track) {
    for (Track.Change<Member> c : track.changes()) {
      Member from = c.before();
      Member to = c.value();
      add(
          c,
          item(
              "assignee",
              "assignee",
              from == null ? null : from.accountId(),
              from == null ? null : from.displayName(),
              to == null ? null : to.accountId(),
              to == null ? null : to.displayName()));
    }
  }

  void sprints(Track<SprintSpan> track) {
    for (Track.Change<SprintSpan> c : track.changes()) {
      HistoryItem item =
          new HistoryItem(
              "Sprint",
              "custom",
              "customfield_10020",
              sprints(c.before(), SprintPlan::id),
              sprints(c.before(), SprintPlan::name),
              sprints(c.value(), SprintPlan::id),
              sprints(c.value(), SprintPlan::name));
      add(c, item);
    }
  }

  void dues(Track<LocalDate> track) {
    for (Track.Change<LocalDate> c : track.changes()) {
      LocalDate from = c.before();
      LocalDate to = c.value();
      add(c, item("duedate", "duedate", date(from), dateText(from), date(to), dateText(to)));
    }
  }

  void versions(Track<Integer> track) {
    for (Track.Change<Integer> c : track.changes()) {
      if (c.before() != null) {
        VersionPlan old = project.versions().get(c.before());
        add(c, item("Fix Version", "fixVersions", old.id(), old.name(), null, null));
      }
      if (c.value() != null) {
        VersionPlan now = project.versions().get(c.value());
        add(c, item("Fix Version", "fixVersions", null, null, now.id(), now.name()));
      }
    }
  }

  void priority(Track<PriorityLevel> track) {
    for (Track.Change<PriorityLevel> c : track.changes()) {
      PriorityLevel from = c.before();
      PriorityLevel to = c.value();
      add(
          c,
          item(
              "priority",
              "priority",
              from == null ? null : from.id,
              from == null ? null : from.label,
              to == null ? null : to.id,
              to == null ? null : to.label));
    }
  }

  /** "This issue blocks CHK-12": one item for each link of the issue, when the link was made. */
  void links(IssueDraft issue) {
    for (PlannedLink link : issue.links) {
      String other = link.other(issue).key();
      String text = "This issue " + link.verb(issue) + " " + other;
      Member author = link.source() instanceof IssueDraft d ? d.reporter : issue.reporter;
      pending.add(
          new Pending(
              link.at(), author, new HistoryItem("Link", "jira", null, null, null, other, text)));
    }
  }

  /** The histories in time order; items of one instant and author form one history. */
  List<HistoryEntry> entries() {
    List<Pending> sorted =
        pending.stream()
            .sorted(Comparator.comparing(Pending::at).thenComparing(p -> p.author().accountId()))
            .toList();
    List<HistoryEntry> entries = new ArrayList<>();
    int i = 0;
    while (i < sorted.size()) {
      Pending head = sorted.get(i);
      List<HistoryItem> items = new ArrayList<>();
      while (i < sorted.size()
          && sorted.get(i).at().equals(head.at())
          && sorted.get(i).author().equals(head.author())) {
        items.add(sorted.get(i++).item());
      }
      entries.add(new HistoryEntry(head.at(), head.author(), items));
    }
    return entries;
  }

  private void add(Track.Change<?> change, HistoryItem item) {
    pending.add(new Pending(change.at(), change.author(), item));
  }

  private static HistoryItem item(
      String field,
      String fieldId,
      @Nullable String from,
      @Nullable String fromText,
      @Nullable String to,
      @Nullable String toText) {
    return new HistoryItem(field, "jira", fieldId, from, fromText, to, toText);
  }

  private @Nullable String sprints(
      @Nullable SprintSpan span, java.util.function.Function<SprintPlan, Object> part) {
    if (span == null) {
      return null;
    }
    return project.sprints().subList(span.first(), span.last() + 1).stream()
        .map(s -> String.valueOf(part.apply(s)))
        .collect(Collectors.joining(", "));
  }

  private static @Nullable String id(@Nullable WorkflowStatus status) {
    return status == null ? null : status.id;
  }

  private static @Nullable String label(@Nullable WorkflowStatus status) {
    return status == null ? null : status.label;
  }

  private static @Nullable String date(@Nullable LocalDate date) {
    return date == null ? null : date.toString();
  }

  private static @Nullable String dateText(@Nullable LocalDate date) {
    return date == null ? null : date + " 00:00:00.0";
  }
}
