package dev.interlock.agenda;

import java.time.Instant;

/** The meeting the agenda is for and the moment it describes. */
public record MeetingInfo(
    String name, Instant asOf, int timeboxMinutes, int maxItems, int sinceDays, String source) {}
