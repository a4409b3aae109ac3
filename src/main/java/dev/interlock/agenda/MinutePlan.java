package dev.interlock.agenda;

import java.util.List;

/**
 * How the meeting spends its {@code timeboxMinutes}, slot by slot in meeting order; the slots'
 * minutes add up to the timebox exactly. A slot's {@code subjects} are what it covers, in the order
 * they are taken: issue keys for action items, escalations and the riskiest items, team names for
 * the team round; empty for the parking-lot assignment and the open floor.
 */
public record MinutePlan(int timeboxMinutes, List<Slot> slots) {
  public MinutePlan {
    slots = List.copyOf(slots);
    int sum = slots.stream().mapToInt(Slot::minutes).sum();
    if (sum != timeboxMinutes) {
      throw new IllegalArgumentException(
          "the slots add up to " + sum + " minutes, not the timebox of " + timeboxMinutes);
    }
  }

  /** One part of the meeting: {@code minutes} > 0 spent on {@code subjects}. */
  public record Slot(SlotKind kind, int minutes, List<String> subjects) {
    public Slot {
      subjects = List.copyOf(subjects);
      if (minutes <= 0) {
        throw new IllegalArgumentException(kind + ": minutes <= 0: " + minutes);
      }
    }
  }

  /** The subjects of the slot of {@code kind}, or none when the plan has no such slot. */
  public List<String> subjects(SlotKind kind) {
    return slots.stream()
        .filter(s -> s.kind() == kind)
        .flatMap(s -> s.subjects().stream())
        .toList();
  }
}
