package dev.interlock.agenda;

import java.util.ArrayList;
import java.util.List;

/**
 * Fits the meeting into its timebox. Action items ({@link #ACTION_ITEMS_PER_MINUTE} a minute),
 * escalations ({@link #ESCALATIONS_PER_MINUTE} a minute: they are handed to whoever decides, not
 * solved in the meeting, and take at most a {@link #ESCALATION_SHARE}th of the timebox however many
 * there are) and assigning the parking lot ({@link #TOPICS_PER_MINUTE} topics a minute) come first;
 * then the riskiest item ({@link #RISK_ITEM_MINUTES}), one minute per team with something
 * cross-team to say, worst first, and as many further riskiest items as the rest allows. Minutes
 * too few for one more item go to the riskiest items while some are left over, else to an open
 * floor. Whatever gets no minutes is for the caller to list as "also on the radar".
 */
final class MinutePlanner {
  static final int ACTION_ITEMS_PER_MINUTE = 2;
  static final int ESCALATIONS_PER_MINUTE = 2;
  static final int ESCALATION_SHARE = 3;
  static final int TOPICS_PER_MINUTE = 3;
  static final int RISK_ITEM_MINUTES = 3;
  static final int TEAM_MINUTES = 1;

  private final int timebox;
  private int left;

  MinutePlanner(int timeboxMinutes) {
    if (timeboxMinutes <= 0) {
      throw new IllegalArgumentException("timeboxMinutes <= 0: " + timeboxMinutes);
    }
    this.timebox = timeboxMinutes;
  }

  /**
   * The plan for these subjects, each list worst first: {@code actionItems} and {@code escalations}
   * (keys; empty when there are none), the {@code riskiest} keys, the {@code teams} with something
   * cross-team to say, and the number of parking-lot topics.
   */
  MinutePlan plan(
      List<String> actionItems,
      List<String> escalations,
      List<String> riskiest,
      List<String> teams,
      int parkingTopics) {
    left = timebox;
    int actions = take(ceilDiv(actionItems.size(), ACTION_ITEMS_PER_MINUTE));
    int escalate =
        take(
            Math.min(
                ceilDiv(escalations.size(), ESCALATIONS_PER_MINUTE),
                Math.max(1, timebox / ESCALATION_SHARE)));
    int parking = take(ceilDiv(parkingTopics, TOPICS_PER_MINUTE));
    int risks = Math.min(riskiest.size(), Math.min(1, left / RISK_ITEM_MINUTES));
    left -= risks * RISK_ITEM_MINUTES;
    int speakers = Math.min(teams.size(), left / TEAM_MINUTES);
    left -= speakers * TEAM_MINUTES;
    int more = Math.min(riskiest.size() - risks, left / RISK_ITEM_MINUTES);
    risks += more;
    left -= more * RISK_ITEM_MINUTES;
    int riskMinutes = risks * RISK_ITEM_MINUTES;
    int open = 0;
    if (risks > 0 && risks < riskiest.size()) {
      riskMinutes += left;
    } else {
      open = left;
    }
    List<MinutePlan.Slot> slots = new ArrayList<>();
    add(slots, SlotKind.ACTION_ITEMS, actions, actionItems);
    add(slots, SlotKind.ESCALATIONS, escalate, escalations);
    add(slots, SlotKind.RISKIEST, riskMinutes, riskiest.subList(0, risks));
    add(slots, SlotKind.TEAM_ROUND, speakers * TEAM_MINUTES, teams.subList(0, speakers));
    add(slots, SlotKind.OPEN_FLOOR, open, List.of());
    add(slots, SlotKind.PARKING_LOT, parking, List.of());
    return new MinutePlan(timebox, slots);
  }

  private int take(int wanted) {
    int got = Math.min(wanted, left);
    left -= got;
    return got;
  }

  private static void add(
      List<MinutePlan.Slot> slots, SlotKind kind, int minutes, List<String> subjects) {
    if (minutes > 0) {
      slots.add(new MinutePlan.Slot(kind, minutes, subjects));
    }
  }

  private static int ceilDiv(int n, int per) {
    return (n + per - 1) / per;
  }
}
