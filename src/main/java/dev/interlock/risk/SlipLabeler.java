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
 * What "slipped" means. An item open at T with a commitment on or after T's day slipped if it was
 * resolved after the commitment's day, or the commitment was moved later or removed before it was
 * met, or it was still open after that day. When the data ends before any of that is decided, the
 * outcome is unknown. The verdict reads only the {@code later} view of the issue and nothing
 * recorded after {@code dataEnd}, so a label for training as of T can be drawn from the snapshot as
 * of T.
 */
public final class SlipLabeler {
  /** Changelog fields that can move a commitment. */
  static final Set<String> COMMITMENT_FIELDS = Set.of("duedate", "Fix Version", "Sprint");

  /** The verdict on one item. */
  public enum Outcome {
    SLIPPED,
    ON_TIME,
    UNKNOWN
  }

  /**
   * The outcome in detail: on time; late (resolved after the day); moved (the commitment was moved
   * later before it was met); descoped (the commitment was removed before it was met); open after
   * the day; or unknown yet.
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

    /** The slipped / on-time / unknown outcome this detail counts as. */
    public Outcome outcome() {
      return switch (this) {
        case ON_TIME -> Outcome.ON_TIME;
        case UNKNOWN -> Outcome.UNKNOWN;
        default -> Outcome.SLIPPED;
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

  /** The outcome of {@code c}, made at {@code t}, read from the later view of the issue. */
  public Outcome outcome(Issue later, Commitment c, Instant t) {
    return verdict(later, c, t).outcome();
  }

  /** The outcome of {@code c} in detail; {@link #outcome} is its summary. */
  public Verdict verdict(Issue later, Commitment c, Instant t) {
    Instant resolvedAt = later.isDone() ? later.resolved() : null;
    if (resolvedAt != null && (resolvedAt.isAfter(dataEnd) || !resolvedAt.isAfter(t))) {
      resolvedAt = null;
    }
    Instant dayAfter = c.date().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
    Instant stop = min(min(resolvedAt != null ? resolvedAt : dataEnd, dataEnd), dayAfter);
    Verdict moved = movedLater(later, c, t, stop);
    if (moved != null) {
      return moved;
    }
    if (resolvedAt != null) {
      return day(resolvedAt).isAfter(c.date()) ? Verdict.LATE : Verdict.ON_TIME;
    }
    return day(dataEnd).isAfter(c.date()) ? Verdict.OPEN_AFTER : Verdict.UNKNOWN;
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
