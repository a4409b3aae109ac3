package dev.interlock.cli;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.MeetingMemory;
import dev.interlock.agenda.MemoryBuilder;
import dev.interlock.agenda.PastMeeting;
import dev.interlock.agenda.PastTopic;
import dev.interlock.config.InterlockConfig;
import dev.interlock.config.MeetingSchedule;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Words;
import dev.interlock.state.MeetingRecord;
import dev.interlock.state.StateException;
import dev.interlock.state.StateStore;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Gives an agenda its memory of earlier meetings, and turns an agenda into the record the state
 * store keeps of its meeting. Meetings are told apart by {@code meeting.schedule}: without one,
 * nothing is remembered (the action items are still listed, "done" meaning in the last {@code
 * sinceDays} days). With one, the earlier meetings come from the store when it holds any before
 * this meeting, else they are recomputed from the snapshot's history as of each of the {@link
 * #RECOMPUTED} scheduled meetings before this one.
 */
final class MeetingMemories {
  /** How many earlier scheduled meetings are recomputed without a store. */
  static final int RECOMPUTED = 3;

  private final InterlockConfig config;
  private final AgendaJob job;

  MeetingMemories(InterlockConfig config, AgendaJob job) {
    this.config = config;
    this.job = job;
  }

  /** {@code built} (as of {@code asOf}) with its memory of the meetings {@code earlier} knows. */
  Agenda remember(AgendaJob.Built built, Snapshot taken, Instant asOf, EarlierMeetings earlier) {
    MeetingSchedule schedule = config.meeting().schedule();
    Instant lastMet = lastMet(built.agenda(), schedule, asOf);
    if (schedule == null) {
      String basis =
          "no meeting.schedule, so earlier meetings are not known; action items done in the last "
              + Words.count(config.meeting().sinceDays(), "day")
              + " are listed";
      Agenda agenda = withMemory(built, asOf, lastMet, ZoneOffset.UTC, List.of(), basis);
      return agenda.withMemory(agenda.memory().withoutComparisons());
    }
    Instant meeting = schedule.next(asOf).toInstant();
    List<PastMeeting> stored = stored(earlier.store(), meeting);
    if (!stored.isEmpty()) {
      String basis =
          "recorded in the state store "
              + earlier.store().file().getFileName()
              + " ("
              + Words.count(stored.size(), "earlier meeting")
              + ")";
      return withMemory(built, asOf, lastMet, schedule.zone(), stored, basis);
    }
    if (!taken.hasChangeHistory()) {
      String basis =
          "no earlier meetings: no state store holds one and the snapshot has no change history"
              + " to recompute them from";
      return withMemory(built, asOf, lastMet, schedule.zone(), List.of(), basis);
    }
    List<PastMeeting> recomputed = recompute(taken, schedule, meeting);
    String basis =
        "recomputed from the snapshot's history as of each of the "
            + Words.count(recomputed.size(), "earlier scheduled meeting")
            + (earlier.store() == null ? " (no state store)" : " (the state store has none yet)");
    return withMemory(built, asOf, lastMet, schedule.zone(), recomputed, basis);
  }

  /** The record of {@code agenda}'s meeting, or null without a schedule (nothing to key it by). */
  static @Nullable MeetingRecord record(
      InterlockConfig config, Agenda agenda, Instant recordedAt, @Nullable Long runId) {
    MeetingSchedule schedule = config.meeting().schedule();
    if (schedule == null) {
      return null;
    }
    Instant asOf = agenda.meeting().asOf();
    List<MeetingRecord.Topic> topics =
        MemoryBuilder.topics(agenda).stream()
            .map(t -> new MeetingRecord.Topic(t.kind(), t.key(), t.risk(), t.date(), t.open()))
            .toList();
    return new MeetingRecord(schedule.next(asOf).toInstant(), asOf, recordedAt, runId, topics);
  }

  private Agenda withMemory(
      AgendaJob.Built built,
      Instant asOf,
      Instant lastMet,
      ZoneId zone,
      List<PastMeeting> past,
      String basis) {
    MeetingMemory memory =
        new MemoryBuilder(asOf, lastMet, zone, config.meeting().escalateTo())
            .build(
                built.agenda(),
                built.graph(),
                config.meeting().actionItems()::matches,
                built.scores(),
                past,
                basis);
    return built.agenda().withMemory(memory);
  }

  private static Instant lastMet(Agenda agenda, @Nullable MeetingSchedule schedule, Instant asOf) {
    return schedule != null
        ? schedule.previous(asOf).toInstant()
        : asOf.minus(java.time.Duration.ofDays(agenda.meeting().sinceDays()));
  }

  private static List<PastMeeting> stored(@Nullable StateStore store, Instant meeting) {
    if (store == null) {
      return List.of();
    }
    try {
      return store.meetingsBefore(meeting).stream()
          .map(
              m ->
                  new PastMeeting(
                      m.meeting(),
                      m.topics().stream()
                          .map(
                              t -> new PastTopic(t.kind(), t.topic(), t.risk(), t.date(), t.open()))
                          .toList()))
          .toList();
    } catch (StateException e) {
      throw new UserError(ExitCodes.INVALID_CONFIG, e.getMessage(), e);
    }
  }

  /** The agendas of the earlier scheduled meetings, each as of just before its meeting. */
  private List<PastMeeting> recompute(Snapshot taken, MeetingSchedule schedule, Instant meeting) {
    List<Instant> times = new ArrayList<>();
    Instant t = meeting;
    for (int i = 0; i < RECOMPUTED; i++) {
      t = schedule.previous(t.minusSeconds(1)).toInstant();
      times.add(0, t);
    }
    List<PastMeeting> past = new ArrayList<>();
    for (Instant m : times) {
      Instant asOf = m.minusSeconds(1);
      AgendaJob.Built then = job.build(taken, asOf, List.of());
      Agenda remembered =
          withMemory(
              then, asOf, schedule.previous(asOf).toInstant(), schedule.zone(), List.of(), "");
      past.add(new PastMeeting(m, MemoryBuilder.topics(remembered)));
    }
    return past;
  }
}
