package dev.interlock.cli;

import dev.interlock.state.StateStore;
import org.jspecify.annotations.Nullable;

/**
 * Where an agenda learns what earlier meetings held: the state store when there is one and it holds
 * a meeting before this one, else the snapshot's history recomputed as of each earlier scheduled
 * meeting ({@link #NONE}: no store).
 */
record EarlierMeetings(@Nullable StateStore store) {
  static final EarlierMeetings NONE = new EarlierMeetings(null);
}
