package dev.interlock.jira;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Skip;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Flattens changelog histories into {@link HistoryEvent}s, one per changed field, oldest first.
 * Histories at the same instant keep the order of their ids (numerically), items their wire order.
 * Used for inline changelogs and for the bulk changelog alike.
 */
public final class HistoryMapper {
  static final String NO_DATE = "history entry without date";
  static final String NO_FIELD = "history item without field";

  private static final Comparator<HistoryDto> OLDEST_FIRST =
      Comparator.comparing(HistoryDto::created).thenComparing(HistoryDto::id, HistoryMapper::byId);

  private HistoryMapper() {}

  /**
   * The events of {@code histories}, oldest first. {@code subject} (usually the issue key) names
   * the issue in the skips added for entries without a date or items without a field.
   */
  public static List<HistoryEvent> events(
      String subject, List<HistoryDto> histories, List<Skip> skipped) {
    List<HistoryDto> dated = new ArrayList<>();
    for (HistoryDto history : histories) {
      if (history.created() == null) {
        skipped.add(new Skip(NO_DATE, subject + " history " + history.id()));
      } else {
        dated.add(history);
      }
    }
    dated.sort(OLDEST_FIRST);
    List<HistoryEvent> events = new ArrayList<>();
    for (HistoryDto history : dated) {
      addEvents(subject, history, events, skipped);
    }
    return events;
  }

  private static void addEvents(
      String subject, HistoryDto history, List<HistoryEvent> events, List<Skip> skipped) {
    String author = history.author() == null ? null : history.author().personId();
    for (HistoryItemDto item : history.items()) {
      String field = item.field() != null ? item.field() : item.fieldId();
      if (field == null) {
        skipped.add(new Skip(NO_FIELD, subject + " history " + history.id()));
        continue;
      }
      events.add(
          new HistoryEvent(
              history.created(),
              author,
              field,
              item.fieldId(),
              item.from(),
              item.fromText(),
              item.to(),
              item.toText()));
    }
  }

  // Ids are numeric strings: "9" before "10". Missing ids sort last.
  private static int byId(@Nullable String a, @Nullable String b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    boolean numeric = a.matches("\\d+") && b.matches("\\d+");
    if (numeric && a.length() != b.length()) {
      return Integer.compare(a.length(), b.length());
    }
    return a.compareTo(b);
  }
}
