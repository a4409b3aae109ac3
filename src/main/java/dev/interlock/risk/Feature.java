package dev.interlock.risk;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The model's inputs, each computed as of T from the replayed snapshot only. Counts of days and
 * issues enter as ln(1 + n) so that the tenth blocker weighs less than the first.
 */
public enum Feature {
  /** ln(1 + days from T to the commitment), 0 when overdue; no commitment counts as 90 days. */
  DAYS_LEFT,
  /** Due-date changes from a set date plus fix versions taken off, before T. */
  COMMITMENT_MOVES,
  /** Sprints the open item was in that had closed by T (carried over). */
  SPRINT_CARRY_OVERS,
  /** ln(1 + days since the last status change, or since creation). */
  DAYS_IN_STATUS,
  /** Times the resolution was cleared (reopened) before T. */
  REOPENED,
  /** ln(1 + days since creation). */
  AGE,
  /** Open issues it waits on (blockers in the dependency graph as of T). */
  OPEN_BLOCKERS,
  /** Of those, how many another team owns. */
  CROSS_TEAM_BLOCKERS,
  /**
   * The highest first-pass slip probability among the open issues it waits on, directly or through
   * chains; 0 with none ({@link BlockerRisk}).
   */
  BLOCKER_RISK,
  /** ln(1 + open issues that wait on it, directly or through chains). */
  WAITING_ISSUES,
  /** Other teams among those waiting. */
  WAITING_TEAMS,
  /** The assignee's shrunk rate of slipped commitments known at T ({@link TrackRecord}). */
  ASSIGNEE_SLIP_RATE,
  /** The owning team's shrunk rate of slipped commitments known at T. */
  TEAM_SLIP_RATE,
  /** ln(1 + open issues the assignee holds at T). */
  ASSIGNEE_WORKLOAD,
  /** Priority as a rank: 5 Highest/Blocker … 1 Lowest/Trivial; unknown names 3. */
  PRIORITY,
  /** 1 for a Bug. */
  BUG,
  /** ln(1 + changelog entries and comments in the 14 days up to T). */
  RECENT_ACTIVITY,
  /** 1 when the status is in the "to do" category. */
  NOT_STARTED,
  /** 1 when nobody is assigned. */
  UNASSIGNED,
  /**
   * ln(1 + days since the commitment that counts was last set: the due date, fix version or sprint
   * last changed, or creation).
   */
  COMMITMENT_AGE,
  /** ln(1 + other open issues in the same fix version); 0 without a fix version. */
  RELEASE_OPEN,
  /** The share of the fix version's issues that are done; 0 without a fix version. */
  RELEASE_DONE_SHARE,
  /** ln(1 + issues in the same fix version); 0 without a fix version. */
  RELEASE_SIZE;

  /** Every feature. */
  public static final Set<Feature> ALL = Collections.unmodifiableSet(EnumSet.allOf(Feature.class));

  /**
   * The sturdy set: the signals published studies of delay on public Jira data found strongest (the
   * assignee's track record and workload, discussion and activity), the commitment's own state
   * (days left, moves) and the blockers' risk. Tried before {@link #ALL} when choosing.
   */
  public static final Set<Feature> COMPACT =
      Collections.unmodifiableSet(
          EnumSet.of(
              DAYS_LEFT,
              COMMITMENT_MOVES,
              ASSIGNEE_SLIP_RATE,
              TEAM_SLIP_RATE,
              ASSIGNEE_WORKLOAD,
              RECENT_ACTIVITY,
              OPEN_BLOCKERS,
              BLOCKER_RISK));

  /** The smallest set: days left and the assignee's and team's track record. */
  public static final Set<Feature> CORE =
      Collections.unmodifiableSet(EnumSet.of(DAYS_LEFT, ASSIGNEE_SLIP_RATE, TEAM_SLIP_RATE));

  /** The feature's name in JSON and tables, e.g. {@code daysLeft}. */
  public String camelName() {
    StringBuilder b = new StringBuilder();
    boolean upper = false;
    for (char ch : name().toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        upper = true;
      } else {
        b.append(upper ? Character.toUpperCase(ch) : ch);
        upper = false;
      }
    }
    return b.toString();
  }
}
