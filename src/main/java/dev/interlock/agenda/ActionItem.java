package dev.interlock.agenda;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An action item of the meeting (a Jira issue the configuration's action-item JQL matches). {@code
 * owner}: the assignee's display name, null when nobody is assigned; {@code about}: the issues it
 * links to; {@code meetingsOpen}: at how many meetings it has been open, this one included (0 when
 * done); {@code done}: the day it was done, for one done since the last meeting.
 */
public record ActionItem(
    IssueRef issue,
    boolean open,
    boolean overdue,
    @Nullable String owner,
    @Nullable LocalDate due,
    List<IssueRef> about,
    int meetingsOpen,
    @Nullable LocalDate done) {
  public ActionItem {
    about = List.copyOf(about);
  }
}
