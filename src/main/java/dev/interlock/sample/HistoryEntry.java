package dev.interlock.sample;

import java.time.Instant;
import java.util.List;

/** One changelog history: what {@code author} changed at {@code at}. */
record HistoryEntry(Instant at, Member author, List<HistoryItem> items) {
  HistoryEntry {
    items = List.copyOf(items);
  }
}
