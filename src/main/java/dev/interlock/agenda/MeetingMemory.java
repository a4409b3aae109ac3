package dev.interlock.agenda;

import java.util.List;

/**
 * What the agenda remembers of earlier meetings. {@code basis} says where the memory comes from
 * (the state store, or earlier meetings recomputed from the snapshot's history, or none); {@code
 * earlierMeetings} the meetings it knows, oldest first. Action items: open ones first (overdue
 * first, then by due date and key), then those done since the last meeting. Escalations and
 * resolved items are sorted by kind and key; {@code deltas} follow the riskiest items' order.
 */
public record MeetingMemory(
    String basis,
    List<String> earlierMeetings,
    String escalateTo,
    List<ActionItem> actionItems,
    List<Escalation> escalations,
    List<ItemDelta> deltas,
    List<IssueRef> resolvedSinceLastMeeting,
    List<UnownedBlocker> unownedBlockers) {
  /** No memory: an agenda built without looking at earlier meetings. */
  public static final MeetingMemory NONE =
      new MeetingMemory(
          "no earlier meetings looked at",
          List.of(),
          "",
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          List.of());

  public MeetingMemory {
    earlierMeetings = List.copyOf(earlierMeetings);
    actionItems = List.copyOf(actionItems);
    escalations = List.copyOf(escalations);
    deltas = List.copyOf(deltas);
    resolvedSinceLastMeeting = List.copyOf(resolvedSinceLastMeeting);
    unownedBlockers = List.copyOf(unownedBlockers);
  }

  /** This memory without deltas and resolved items: for an agenda that knows no earlier meeting. */
  public MeetingMemory withoutComparisons() {
    return new MeetingMemory(
        basis,
        earlierMeetings,
        escalateTo,
        actionItems,
        escalations,
        List.of(),
        List.of(),
        unownedBlockers);
  }

  /**
   * What a meeting group of {@code teams} remembers: the action items, escalations, resolved items
   * and unowned blockers that touch one of its teams (an action item by its own team or an issue it
   * is about); deltas are looked up by key, so all are kept.
   */
  public MeetingMemory forTeams(java.util.Set<String> teams) {
    if (!shown()) {
      return this;
    }
    java.util.function.Predicate<IssueRef> ours = r -> r.ownedBy(teams);
    return new MeetingMemory(
        basis,
        earlierMeetings,
        escalateTo,
        actionItems.stream()
            .filter(a -> ours.test(a.issue()) || a.about().stream().anyMatch(ours))
            .toList(),
        escalations.stream().filter(e -> e.issues().stream().anyMatch(ours)).toList(),
        deltas,
        resolvedSinceLastMeeting.stream().filter(ours).toList(),
        unownedBlockers.stream()
            .filter(u -> ours.test(u.blocker()) || u.waiting().stream().anyMatch(ours))
            .toList());
  }

  /** False for {@link #NONE}: the agenda was built without looking at earlier meetings. */
  public boolean shown() {
    return !equals(NONE);
  }

  /** The open action items. */
  public List<ActionItem> openActionItems() {
    return actionItems.stream().filter(ActionItem::open).toList();
  }

  /** The action items done since the last meeting. */
  public List<ActionItem> doneActionItems() {
    return actionItems.stream().filter(a -> !a.open()).toList();
  }

  /** The delta of riskiest item {@code key}, or null when the memory has none. */
  public @org.jspecify.annotations.Nullable ItemDelta deltaOf(String key) {
    return deltas.stream().filter(d -> d.key().equals(key)).findFirst().orElse(null);
  }
}
