package dev.interlock.agenda;

import java.time.Instant;
import java.util.List;

/**
 * What an earlier meeting had on its agenda: the scheduled {@code meeting} time and its topics (the
 * riskiest items, the cycles and the action items as they stood then).
 */
public record PastMeeting(Instant meeting, List<PastTopic> topics) {
  public PastMeeting {
    topics = List.copyOf(topics);
  }
}
