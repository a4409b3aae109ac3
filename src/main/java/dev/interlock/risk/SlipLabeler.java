package dev.interlock.risk;

import dev.interlock.model.Commitment;
import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What "slipped" means. An item open at T with a commitment on or after T's day is <b>on time</b>
 * when it is resolved, with a resolution that means done, at the end of the commitment's day (UTC)
 * and its commitment was not moved later or removed between T and the resolution that holds then.
 * So an item resolved by the day counts on time even if it is reopened after the day (that is new
 * work), and an item resolved by the day but reopened before the day ended counts only if it was
 * resolved again by the end of the day. Otherwise its outcome is, first that applies: <b>moved</b>
 * (the commitment was moved later before it was met), <b>descoped</b> (the commitment was removed
 * before it was met, or the item was resolved with a resolution that means not done, such as Won't
 * Fix, Duplicate or Cannot Reproduce: {@link #NOT_DONE_RESOLUTIONS}), <b>late</b> (resolved after
 * the day), <b>open after</b> the day; or <b>unknown</b> when the data ends before any of that is
 * decided. When the data ends before the day does, the state when it ends counts. The verdict reads
 * only the {@code later} view of the issue and nothing recorded after {@code dataEnd}, so a label
 * for training as of T can be drawn from the snapshot as of T.
 *
 * <p>Two labels can be read from a verdict ({@link Target}): late or descoped (what the model
 * learns), or late only, where a descoped item has no label.
 */
public final class SlipLabeler {
  /** Changelog fields that can move a commitment. */
  static final Set<String> COMMITMENT_FIELDS = Set.of("duedate", "Fix Version", "Sprint");

  /**
   * Resolutions, in lower case, that close an item without doing it: the commitment was descoped,
   * not met. Any other resolution (Fixed, Done, Implemented, a site's own words) means done.
   */
  static final Set<String> NOT_DONE_RESOLUTIONS =
      Set.of(
          "won't fix",
          "wont fix",
          "won't do",
          "won't implement",
          "duplicate",
          "duplicated",
          "cannot reproduce",
          "can't reproduce",
          "incomplete",
          "invalid",
          "not a problem",
          "not a bug",
          "answered",
          "later",
          "rejected",
          "declined",
          "obsolete",
          "abandoned",
          "cancelled",
          "canceled",
          "out of scope",
          "works as designed",
          "works as intended",
          "unresolved");

  /** The verdict on one item. */
  public enum Outcome {
    SLIPPED,
    ON_TIME,
    UNKNOWN
  }

  /** Which outcomes a label counts as slipped. */
  public enum Target {
    /** Late, moved later, descoped or open after the day: the label the model learns. */
    LATE_OR_DESCOPED,
    /** Late, moved later or open after the day; a descoped item has no label ({@code UNKNOWN}). */
    LATE_ONLY
  }

  /**
   * The outcome in detail: on time; late (resolved after the day); moved (the commitment was moved
   * later before it was met); descoped (the commitment was removed before it was met, or the item
   * was closed as not done); open after the day; or unknown yet.
   */
  public enum Verdict {
    ON_TIME("onTime"),
    LATE("late"),
    MOVED("moved"),
    DESCOPED("descoped"),
    OPEN_AFTER("openAfter"),
    UNKNOWN("unknown");

    private final String word;

    Verdict(String word) {
      this.word = word;
    }

    /** The name in the predictions file, e.g. "openAfter". */
    public String word() {
      return word;
    }

    /** The slipped / on-time / unknown outcome this detail counts as: late or descoped. */
    public Outcome outcome() {
      return outcome(Target.LATE_OR_DESCOPED);
    }

    /** The outcome this detail counts as for {@code target}. */
    public Outcome outcome(Target target) {
      return switch (this) {
        case ON_TIME -> Outcome.ON_TIME;
        case UNKNOWN -> Outcome.UNKNOWN;
        case DESCOPED -> target == Target.LATE_ONLY ? Outcome.UNKNOWN : Outcome.SLIPPED;
        case LATE, MOVED, OPEN_AFTER -> Outcome.SLIPPED;
      };
    }
  }

  private final SnapshotReplay replay;
  private final Instant dataEnd;

  /**
   * @param replay replays issues of the view the outcomes are read from
   * @param dataEnd the newest moment that view knows about
   */
  public SlipLabeler(SnapshotReplay replay, Instant dataEnd) {
    this.replay = replay;
    this.dataEnd = dataEnd;
  }

  /** The commitment that counts for an item as of {@code t} (its replayed state). */
  static Optional<Commitment> commitmentAt(Issue atT) {
    return atT.commitment();
  }

  /** True when the commitment's day is before T's day: overdue, not a prediction. */
  static boolean isOverdue(Commitment c, Instant t) {
    return c.date().isBefore(day(t));
  }

  /** The outcome of {@code c}, made at {@code t}, read from the later view: late or descoped. */
  public Outcome outcome(Issue later, Commitment c, Instant t) {
    return verdict(later, c, t).outcome();
  }

  /** The outcome of {@code c} for {@code target}. */
  public Outcome outcome(Issue later, Commitment c, Instant t, Target target) {
    return verdict(later, c, t).outcome(target);
  }

  /** The outcome of {@code c} in detail; {@link #outcome} is its summary. */
  public Verdict verdict(Issue later, Commitment c, Instant t) {
    Instant resolvedAt = later.isDone() ? later.resolved() : null;
    if (resolvedAt != null && (resolvedAt.isAfter(dataEnd) || !resolvedAt.isAfter(t))) {
      resolvedAt = null;
    }
    Instant dayAfter = c.date().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    // The last moment the commitment can be met, and the resolution that holds then, if any.
    Instant end = min(dayAfter.minusNanos(1), dataEnd);
    Issue met = resolvedAt != null && !resolvedAt.isAfter(end) ? later : metBefore(later, t, end);
    Instant stop = met != null ? met.resolved() : min(dataEnd, dayAfter);
    Verdict moved = movedLater(later, c, t, stop);
    if (moved != null) {
      return moved;
    }
    if (met != null) {
      return notDone(met.resolution()) ? Verdict.DESCOPED : Verdict.ON_TIME;
    }
    if (resolvedAt != null) {
      return notDone(later.resolution()) ? Verdict.DESCOPED : Verdict.LATE;
    }
    return day(dataEnd).isAfter(c.date()) ? Verdict.OPEN_AFTER : Verdict.UNKNOWN;
  }

  /**
   * The issue as of {@code end} when it was resolved then by a resolution set after {@code t}
   * though it is not resolved so now (reopened after the day, or resolved again later); else null.
   * Replays only issues whose status or resolution changed between t and end.
   */
  private @Nullable Issue metBefore(Issue later, Instant t, Instant end) {
    boolean changed =
        later.history().stream()
            .anyMatch(
                e ->
                    e.at().isAfter(t)
                        && !e.at().isAfter(end)
                        && (e.field().equals("status") || e.field().equals("resolution")));
    if (!changed) {
      return null;
    }
    Issue then = replay.issueAsOf(later, end).orElse(null);
    return then != null && then.isDone() && then.resolved() != null && then.resolved().isAfter(t)
        ? then
        : null;
  }

  /** Whether a resolution closes an item without doing it ({@link #NOT_DONE_RESOLUTIONS}). */
  static boolean notDone(@Nullable String resolution) {
    return resolution != null
        && NOT_DONE_RESOLUTIONS.contains(
            resolution.strip().replace('\u2019', '\'').toLowerCase(java.util.Locale.ROOT));
  }

  // MOVED or DESCOPED at the first change that put the commitment later or took it away, else null.
  private @Nullable Verdict movedLater(Issue later, Commitment c, Instant t, Instant stop) {
    for (HistoryEvent e : later.history()) {
      if (e.at().isAfter(t) && e.at().isBefore(stop) && COMMITMENT_FIELDS.contains(e.field())) {
        Optional<Commitment> then =
            replay.issueAsOf(later, e.at()).flatMap(SlipLabeler::commitmentAt);
        if (then.isEmpty()) {
          return Verdict.DESCOPED;
        }
        if (then.get().date().isAfter(c.date())) {
          return Verdict.MOVED;
        }
      }
    }
    return null;
  }

  static LocalDate day(Instant t) {
    return LocalDate.ofInstant(t, ZoneOffset.UTC);
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
