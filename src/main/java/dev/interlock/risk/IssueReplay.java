package dev.interlock.risk;

import dev.interlock.model.Comment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Person;
import dev.interlock.model.Sprint;
import dev.interlock.model.SprintState;
import dev.interlock.model.Status;
import dev.interlock.model.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Rebuilds one issue as it was at a time T: starting from its current fields, every changelog entry
 * recorded after T is undone, newest first. Replayed fields: status (with its category), resolution
 * and resolution time, assignee, priority, sprints (with their state at T), due date, fix versions
 * (released or not at T), components, links ({@code Link} entries), the impediment flag, summary,
 * issue type, labels, story points, the team field, epic and parent. History and comments after T
 * are dropped, so nothing in the result was recorded after T. Not replayed, because Jira records no
 * change of them: the key's project after a move (the key in the snapshot is the current one) and
 * whether the type is a sub-task type. Components are matched by id where the changelog records
 * one, and other issues' keys in link changes are read through their moves ({@link
 * ReplayCatalog#currentKey}), so that links and components keep matching after a rename or a move.
 */
final class IssueReplay {
  private final ReplayCatalog catalog;

  IssueReplay(ReplayCatalog catalog) {
    this.catalog = catalog;
  }

  /** The issue as of {@code t}, or empty when it was created after {@code t}. */
  Optional<Issue> asOf(Issue issue, Instant t) {
    if (issue.created().isAfter(t)) {
      return Optional.empty();
    }
    State s = new State(issue);
    List<HistoryEvent> history = issue.history();
    for (int i = history.size() - 1; i >= 0 && history.get(i).at().isAfter(t); i--) {
      undo(s, history.get(i));
    }
    return Optional.of(s.build(issue, t, catalog));
  }

  private void undo(State s, HistoryEvent e) {
    switch (e.field()) {
      case "status" -> s.status = e.fromText() == null ? s.status : catalog.status(e.fromText());
      case "resolution" -> s.resolution = e.from() == null ? null : text(e.fromText(), e.from());
      case "assignee" ->
          s.assignee = e.from() == null ? null : new Person(e.from(), text(e.fromText(), e.from()));
      case "priority" -> s.priority = e.fromText();
      case "duedate" -> s.due = dueBefore(e, s.due);
      case "Fix Version" -> undoVersion(s, e);
      case "Sprint" -> s.sprints = sprints(e.from(), e.fromText());
      case "Component" -> undoComponent(s, e);
      case "Link" -> undoLink(s, e);
      case Issue.FLAGGED_FIELD -> s.flagged = Issue.flagSet(e.fromText());
      case "summary" -> s.summary = e.fromText() == null ? s.summary : e.fromText();
      case "issuetype" -> s.issueType = e.fromText() == null ? s.issueType : e.fromText();
      case "labels" -> s.labels = labels(e.fromText());
      case "Epic Link" -> s.epic = key(e.fromText());
      case "Parent", "Parent Issue" -> undoParent(s, e);
      default -> undoCustom(s, e);
    }
  }

  /** Story points and the team field, named by the site (matched ignoring case). */
  private static void undoCustom(State s, HistoryEvent e) {
    String field = e.field().toLowerCase(java.util.Locale.ROOT);
    if (field.equals("story points") || field.equals("story point estimate")) {
      s.storyPoints = number(e.fromText() != null ? e.fromText() : e.from());
    } else if (field.equals("team")) {
      s.teamField = e.fromText() == null || e.fromText().isBlank() ? null : e.fromText();
    } else if ("IssueParentAssociation".equals(e.fieldId())) {
      undoParent(s, e);
    }
  }

  /**
   * A change of parent: on a site whose epics are parents (Cloud's {@code IssueParentAssociation})
   * the epic when the parent was the epic, else the sub-task's parent. Keys come from the text.
   */
  private static void undoParent(State s, HistoryEvent e) {
    IssueKey to = key(e.toText());
    IssueKey from = key(e.fromText());
    if (to != null && to.equals(s.epic) || (to == null && s.parent == null && s.epic != null)) {
      s.epic = from;
    } else {
      s.parent = from;
    }
  }

  /** Jira records labels as one space-separated string. */
  private static List<String> labels(@Nullable String text) {
    List<String> labels = new ArrayList<>();
    if (text != null) {
      for (String label : text.strip().split("\\s+")) {
        if (!label.isEmpty()) {
          labels.add(label);
        }
      }
    }
    return labels;
  }

  private static @Nullable IssueKey key(@Nullable String text) {
    return text != null && IssueKey.isKey(text.strip()) ? IssueKey.parse(text.strip()) : null;
  }

  private static @Nullable Double number(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Double.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * The due date before a change: {@code from}, or, as Jira Server often records it, only {@code
   * fromString} ("2011-03-15 00:00:00.0"); neither means there was none. A value in neither form is
   * not guessed at: the date is kept as it was.
   */
  private static @Nullable LocalDate dueBefore(HistoryEvent e, @Nullable LocalDate current) {
    String value = e.from() != null && !e.from().isBlank() ? e.from() : e.fromText();
    if (value == null || value.isBlank()) {
      return null;
    }
    return ISO_DATE_START.matcher(value).lookingAt()
        ? LocalDate.parse(value.substring(0, 10))
        : current;
  }

  private static final java.util.regex.Pattern ISO_DATE_START =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private void undoVersion(State s, HistoryEvent e) {
    if (e.to() != null) {
      s.versions.removeIf(v -> v.id().equals(e.to()));
    }
    if (e.from() != null && s.versions.stream().noneMatch(v -> v.id().equals(e.from()))) {
      // The name it had then, as the changelog recorded it; a version renamed since keeps the
      // release date the snapshot knows (Jira keeps no history of those).
      Version known = catalog.version(e.from(), text(e.fromText(), e.from()));
      String then = e.fromText() != null && !e.fromText().isBlank() ? e.fromText() : known.name();
      s.versions.add(new Version(known.id(), then, known.releaseDate(), known.released()));
    }
  }

  /**
   * A component change, matched by the id the changelog records in {@code from}/{@code to} when
   * there is one (a component renamed since has another name now), else by name.
   */
  private static void undoComponent(State s, HistoryEvent e) {
    if (e.to() != null || e.toText() != null) {
      int at = componentIndex(s, e.to(), e.toText());
      if (at >= 0) {
        s.components.remove(at);
        s.componentIds.remove(at);
      }
    }
    if (e.fromText() != null && componentIndex(s, e.from(), e.fromText()) < 0) {
      s.components.add(e.fromText());
      s.componentIds.add(e.from() == null ? "" : e.from());
    }
  }

  private static int componentIndex(State s, @Nullable String id, @Nullable String name) {
    if (id != null && !id.isBlank()) {
      int byId = s.componentIds.indexOf(id);
      if (byId >= 0) {
        return byId;
      }
    }
    for (int i = 0; i < s.components.size(); i++) {
      boolean idUnknownOrSame = s.componentIds.get(i).isEmpty() || id == null || id.isBlank();
      if (s.components.get(i).equals(name) && idUnknownOrSame) {
        return i;
      }
    }
    return -1;
  }

  /**
   * A link change. The changelog names the other issue by the key it had then; an issue moved to
   * another project since has a new key, which is the one the snapshot's links hold.
   */
  private void undoLink(State s, HistoryEvent e) {
    if (e.to() != null && IssueKey.isKey(e.to())) {
      IssueKey other = catalog.currentKey(IssueKey.parse(e.to()));
      String verb = LinkText.verb(e.toText(), e.to());
      s.links.stream()
          .filter(l -> l.other().key().equals(other) && (verb == null || l.verb().equals(verb)))
          .findFirst()
          .or(() -> s.links.stream().filter(l -> l.other().key().equals(other)).findFirst())
          .ifPresent(s.links::remove);
    }
    if (e.from() != null && IssueKey.isKey(e.from())) {
      IssueKey other = catalog.currentKey(IssueKey.parse(e.from()));
      restoreLink(s, other, LinkText.verb(e.fromText(), e.from()));
    }
  }

  private void restoreLink(State s, IssueKey other, @Nullable String verb) {
    if (verb == null) {
      return;
    }
    catalog
        .verb(verb)
        .ifPresent(
            v -> {
              LinkDirection dir = v.outward() ? LinkDirection.OUTWARD : LinkDirection.INWARD;
              String id = LinkText.replayedId(s.key, other, v.type().name());
              s.links.add(new IssueLink(id, v.type(), dir, new LinkedIssue(other, null, null)));
            });
  }

  private List<Sprint> sprints(@Nullable String ids, @Nullable String names) {
    List<Sprint> result = new ArrayList<>();
    if (ids == null || ids.isBlank()) {
      return result;
    }
    String[] idList = ids.split(",");
    String[] nameList = names == null ? new String[0] : names.split(",");
    for (int i = 0; i < idList.length; i++) {
      long id = Long.parseLong(idList[i].strip());
      String name = i < nameList.length ? nameList[i].strip() : "Sprint " + id;
      result.add(catalog.sprint(id, name));
    }
    return result;
  }

  private static String text(@Nullable String text, String raw) {
    return text != null ? text : raw;
  }

  /** The fields being rebuilt, mutable while the changelog is undone. */
  private static final class State {
    final IssueKey key;
    String summary;
    String issueType;
    List<String> labels;
    @Nullable Double storyPoints;
    @Nullable String teamField;
    @Nullable IssueKey parent;
    @Nullable IssueKey epic;
    Status status;
    @Nullable String resolution;
    @Nullable Person assignee;
    @Nullable String priority;
    @Nullable LocalDate due;
    List<Version> versions;
    List<Sprint> sprints;
    List<String> components;
    List<String> componentIds;
    List<IssueLink> links;
    boolean flagged;

    State(Issue issue) {
      key = issue.key();
      summary = issue.summary();
      issueType = issue.issueType();
      labels = new ArrayList<>(issue.labels());
      storyPoints = issue.storyPoints();
      teamField = issue.teamField();
      parent = issue.parent();
      epic = issue.epic();
      status = issue.status();
      resolution = issue.resolution();
      assignee = issue.assignee();
      priority = issue.priority();
      due = issue.dueDate();
      versions = new ArrayList<>(issue.fixVersions());
      sprints = new ArrayList<>(issue.sprints());
      components = new ArrayList<>(issue.components());
      componentIds =
          new ArrayList<>(
              issue.componentIds().isEmpty()
                  ? java.util.Collections.nCopies(components.size(), "")
                  : issue.componentIds());
      links = new ArrayList<>(issue.links());
      flagged = issue.flagged();
    }

    Issue build(Issue now, Instant t, ReplayCatalog catalog) {
      List<HistoryEvent> history = now.history().stream().filter(e -> !e.at().isAfter(t)).toList();
      List<Comment> comments =
          now.comments().stream().filter(c -> !c.created().isAfter(t)).toList();
      return new Issue(
          now.key(),
          now.id(),
          summary,
          issueType,
          now.subtask(),
          status,
          priority,
          assignee,
          now.created(),
          updated(now, history, comments, t),
          resolved(now, history, t, catalog),
          resolution,
          due,
          versions.stream().map(v -> versionAt(v, t)).toList(),
          sprints.stream().map(sp -> sprintAt(sp, t)).toList(),
          components,
          List.copyOf(labels),
          parent,
          epic,
          storyPoints,
          teamField,
          // An issue that did not exist yet cannot have been linked: its link goes.
          links.stream().filter(l -> !catalog.createdAfter(l.other().key(), t)).toList(),
          history,
          comments,
          flagged,
          now.historyFetched(),
          componentIds.stream().allMatch(String::isEmpty) ? List.of() : componentIds);
    }

    /**
     * When the issue was resolved as of t: when the resolution it holds then was set; on a site
     * without resolutions, when it last moved from an open status into a done one (a later move
     * between done statuses, such as Resolved to Closed, does not resolve it again).
     */
    private @Nullable Instant resolved(
        Issue now, List<HistoryEvent> history, Instant t, ReplayCatalog catalog) {
      if (resolution == null && !status.isDone()) {
        return null;
      }
      if (now.resolved() != null && !now.resolved().isAfter(t)) {
        return now.resolved();
      }
      Instant resolutionSet = null;
      Instant intoDone = null;
      Instant anyStatus = null;
      for (HistoryEvent e : history) {
        if (e.field().equals("resolution")) {
          resolutionSet = e.to() != null || e.toText() != null ? e.at() : null;
        } else if (e.field().equals("status")) {
          anyStatus = e.at();
          boolean wasDone = e.fromText() != null && catalog.status(e.fromText()).isDone();
          boolean isDone = e.toText() != null && catalog.status(e.toText()).isDone();
          if (isDone && !wasDone) {
            intoDone = e.at();
          }
        }
      }
      if (resolution != null && resolutionSet != null) {
        return resolutionSet;
      }
      return intoDone != null ? intoDone : anyStatus;
    }

    private static Instant updated(
        Issue now, List<HistoryEvent> history, List<Comment> comments, Instant t) {
      Instant latest = now.created();
      for (HistoryEvent e : history) {
        latest = e.at().isAfter(latest) ? e.at() : latest;
      }
      for (Comment c : comments) {
        latest = c.created().isAfter(latest) ? c.created() : latest;
      }
      return now.updated().isAfter(t) ? latest : now.updated();
    }

    private static Version versionAt(Version v, Instant t) {
      LocalDate day = LocalDate.ofInstant(t, ZoneOffset.UTC);
      boolean released = v.released() && v.releaseDate() != null && !v.releaseDate().isAfter(day);
      return new Version(v.id(), v.name(), v.releaseDate(), released);
    }

    private static Sprint sprintAt(Sprint s, Instant t) {
      SprintState state = s.state();
      if (s.complete() != null && !s.complete().isAfter(t)) {
        state = SprintState.CLOSED;
      } else if (s.start() != null && !s.start().isAfter(t)) {
        state = SprintState.ACTIVE;
      } else if (s.start() != null) {
        state = SprintState.FUTURE;
      }
      return new Sprint(s.id(), s.name(), state, s.start(), s.end(), s.complete());
    }
  }
}
