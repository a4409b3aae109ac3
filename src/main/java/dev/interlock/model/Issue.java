package dev.interlock.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One Jira issue as Interlock reads it: the current fields plus the full history. Collections are
 * copied and unmodifiable; {@code history} is in time order, oldest first. {@code flagged}: flagged
 * as an impediment now. {@code historyFetched} is false when the issue came without its changelog
 * (fetched without {@code expand=changelog}): its history is then empty because it was not asked
 * for, not because nothing changed. {@code componentIds} are the Jira ids of {@code components}, in
 * the same order, or empty when the source did not give them (a changelog names a component by id
 * and by the name it had then, so a component renamed since is recognised only by its id).
 */
public record Issue(
    IssueKey key,
    String id,
    String summary,
    String issueType,
    boolean subtask,
    Status status,
    @Nullable String priority,
    @Nullable Person assignee,
    Instant created,
    Instant updated,
    @Nullable Instant resolved,
    @Nullable String resolution,
    @Nullable LocalDate dueDate,
    List<Version> fixVersions,
    List<Sprint> sprints,
    List<String> components,
    List<String> labels,
    @Nullable IssueKey parent,
    @Nullable IssueKey epic,
    @Nullable Double storyPoints,
    @Nullable String teamField,
    List<IssueLink> links,
    List<HistoryEvent> history,
    List<Comment> comments,
    boolean flagged,
    boolean historyFetched,
    List<String> componentIds) {

  /** The changelog field Jira records the impediment flag under. */
  public static final String FLAGGED_FIELD = "Flagged";

  public Issue {
    fixVersions = List.copyOf(fixVersions);
    sprints = List.copyOf(sprints);
    components = List.copyOf(components);
    labels = List.copyOf(labels);
    links = List.copyOf(links);
    history = List.copyOf(history);
    comments = List.copyOf(comments);
    componentIds = List.copyOf(componentIds);
    if (!componentIds.isEmpty() && componentIds.size() != components.size()) {
      throw new IllegalArgumentException(
          key
              + ": "
              + componentIds.size()
              + " component ids for "
              + components.size()
              + " components");
    }
  }

  /** This issue with {@code versions} as its fix versions; everything else as it is. */
  public Issue withFixVersions(List<Version> versions) {
    return new Issue(
        key,
        id,
        summary,
        issueType,
        subtask,
        status,
        priority,
        assignee,
        created,
        updated,
        resolved,
        resolution,
        dueDate,
        versions,
        sprints,
        components,
        labels,
        parent,
        epic,
        storyPoints,
        teamField,
        links,
        history,
        comments,
        flagged,
        historyFetched,
        componentIds);
  }

  /** An issue whose components are known by name only. */
  public Issue(
      IssueKey key,
      String id,
      String summary,
      String issueType,
      boolean subtask,
      Status status,
      @Nullable String priority,
      @Nullable Person assignee,
      Instant created,
      Instant updated,
      @Nullable Instant resolved,
      @Nullable String resolution,
      @Nullable LocalDate dueDate,
      List<Version> fixVersions,
      List<Sprint> sprints,
      List<String> components,
      List<String> labels,
      @Nullable IssueKey parent,
      @Nullable IssueKey epic,
      @Nullable Double storyPoints,
      @Nullable String teamField,
      List<IssueLink> links,
      List<HistoryEvent> history,
      List<Comment> comments,
      boolean flagged,
      boolean historyFetched) {
    this(
        key,
        id,
        summary,
        issueType,
        subtask,
        status,
        priority,
        assignee,
        created,
        updated,
        resolved,
        resolution,
        dueDate,
        fixVersions,
        sprints,
        components,
        labels,
        parent,
        epic,
        storyPoints,
        teamField,
        links,
        history,
        comments,
        flagged,
        historyFetched,
        List.of());
  }

  /**
   * When the impediment flag was last set, if the issue is flagged and its history tells; empty
   * when it is not flagged or the flag predates the history.
   */
  public Optional<Instant> flaggedSince() {
    if (!flagged) {
      return Optional.empty();
    }
    Instant since = null;
    for (HistoryEvent e : history) {
      if (FLAGGED_FIELD.equals(e.field())) {
        since = flagSet(e.toText()) ? e.at() : null;
      }
    }
    return Optional.ofNullable(since);
  }

  /** Whether a value of the impediment flag in the changelog means set ("Impediment") or not. */
  public static boolean flagSet(@Nullable String text) {
    return text != null && !text.isBlank();
  }

  /** The Jira project this issue lives in. */
  public String project() {
    return key.project();
  }

  /** Done means the status is in Jira's "done" category. */
  public boolean isDone() {
    return status.isDone();
  }

  /** The sprint currently active for this issue, if any. */
  public Optional<Sprint> activeSprint() {
    return sprints.stream().filter(s -> s.state() == SprintState.ACTIVE).findFirst();
  }

  /**
   * Every commitment this issue carries, sorted by date then kind: the due date, each unreleased or
   * released fix version with a release date, and the end of each active or future sprint.
   */
  public List<Commitment> commitments() {
    List<Commitment> all = new ArrayList<>();
    if (dueDate != null) {
      all.add(new Commitment(CommitmentKind.DUE_DATE, dueDate, "due date"));
    }
    for (Version v : fixVersions) {
      if (v.releaseDate() != null) {
        all.add(new Commitment(CommitmentKind.FIX_VERSION, v.releaseDate(), "release " + v.name()));
      }
    }
    for (Sprint s : sprints) {
      if (s.end() != null && s.state() != SprintState.CLOSED) {
        LocalDate end = LocalDate.ofInstant(s.end(), ZoneOffset.UTC);
        all.add(new Commitment(CommitmentKind.SPRINT_END, end, s.name()));
      }
    }
    all.sort(Comparator.comparing(Commitment::date).thenComparing(Commitment::kind));
    return List.copyOf(all);
  }

  /**
   * The commitment that counts: the due date; else the earliest fix-version release date; else the
   * end of the active sprint (else of the earliest future sprint).
   */
  public Optional<Commitment> commitment() {
    List<Commitment> all = commitments();
    for (CommitmentKind kind : CommitmentKind.values()) {
      Optional<Commitment> first = all.stream().filter(c -> c.kind() == kind).findFirst();
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }
}
