package dev.interlock.publish;

import dev.interlock.agenda.Agenda;
import dev.interlock.state.StateStore.PublishedComment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What a publish run will do, issue by issue: {@code create} a comment the store does not know,
 * {@code update} one whose content changed, leave an {@code unchanged} one alone, and {@code leave}
 * the comment of an issue no longer on the agenda (update it once to say so, delete it, or keep it,
 * as {@code publish.onLeave} says). A pure function of the agenda, its snapshot and what the store
 * remembers.
 */
public record PublishPlan(List<Entry> entries, int skipped) {
  public static final String CREATE = "create";
  public static final String UPDATE = "update";
  public static final String UNCHANGED = "unchanged";
  public static final String LEAVE = "leave";

  public PublishPlan {
    entries = List.copyOf(entries);
  }

  /**
   * One issue's action. {@code commentId} is the remembered comment (null for a create); for a
   * leave, {@code body} is the leave note (null when the comment is deleted or kept).
   */
  public record Entry(
      String action,
      String issueKey,
      String issueId,
      @org.jspecify.annotations.Nullable String commentId,
      @org.jspecify.annotations.Nullable String body,
      String digest) {}

  public static PublishPlan of(
      Agenda agenda,
      List<PlannedComment> planned,
      Map<String, PublishedComment> remembered,
      String onLeave,
      int skipped) {
    List<Entry> entries = new ArrayList<>();
    java.util.Set<String> onAgenda = new java.util.HashSet<>();
    for (PlannedComment p : planned) {
      onAgenda.add(p.issueId());
      PublishedComment known = remembered.get(p.issueId());
      String action =
          known == null ? CREATE : known.digest().equals(p.digest()) ? UNCHANGED : UPDATE;
      entries.add(
          new Entry(
              action,
              p.issueKey(),
              p.issueId(),
              known == null ? null : known.commentId(),
              p.body(),
              p.digest()));
    }
    for (PublishedComment known : remembered.values()) {
      if (onAgenda.contains(known.issueId())
          || known.issueId().startsWith(CommentBodies.MEETING_PREFIX)) {
        continue; // a meeting's comment stays as it was at that meeting
      }
      String digest = CommentBodies.leavingDigest(agenda, known.issueKey());
      if (onLeave.equals("update") && known.digest().equals(digest)) {
        continue; // said once already
      }
      entries.add(
          new Entry(
              LEAVE,
              known.issueKey(),
              known.issueId(),
              known.commentId(),
              onLeave.equals("update") ? CommentBodies.leaving(agenda, known.issueKey()) : null,
              digest));
    }
    return new PublishPlan(entries, skipped);
  }

  public long count(String action) {
    return entries.stream().filter(e -> e.action().equals(action)).count();
  }

  /** The writes the plan makes: creates, updates, and leaves that update or delete. */
  public long writes(String onLeave) {
    return count(CREATE) + count(UPDATE) + (onLeave.equals("keep") ? 0 : count(LEAVE));
  }

  /** {@code "create 12, update 3, unchanged 40, leave 1, skipped 0"}. */
  public String counts() {
    return "create "
        + count(CREATE)
        + ", update "
        + count(UPDATE)
        + ", unchanged "
        + count(UNCHANGED)
        + ", leave "
        + count(LEAVE)
        + ", skipped "
        + skipped;
  }
}
