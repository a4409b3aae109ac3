package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The values one field of one issue took over time: a value at creation, then changes in time
 * order. Changes at or after {@code limit} ("now") never happened and are dropped; a change dated
 * before the previous one is moved up to it, so the replay order is always the time order.
 */
final class Track<T> {
  /** One change: at {@code at}, {@code author} set the field to {@code value}. */
  record Change<T>(Instant at, Member author, @Nullable T before, @Nullable T value) {}

  private final @Nullable T initial;
  private final Instant created;
  private final Instant limit;
  private final List<Change<T>> changes = new ArrayList<>();

  Track(@Nullable T initial, Instant created, Instant limit) {
    this.initial = initial;
    this.created = created;
    this.limit = limit;
  }

  /**
   * Records a change unless it lies at or after the limit or does not change the value. A change at
   * the same instant as the previous one replaces it, so a field changes at most once per instant.
   */
  void set(Instant at, Member author, @Nullable T value) {
    Instant when = at.isBefore(lastTime()) ? lastTime() : at;
    if (!when.isBefore(limit) || Objects.equals(value, current())) {
      return;
    }
    T before = current();
    if (!changes.isEmpty() && changes.get(changes.size() - 1).at().equals(when)) {
      before = changes.remove(changes.size() - 1).before();
      if (Objects.equals(before, value)) {
        return;
      }
    }
    changes.add(new Change<>(when, author, before, value));
  }

  /** The value now, after every recorded change. */
  @Nullable T current() {
    return changes.isEmpty() ? initial : changes.get(changes.size() - 1).value();
  }

  /** The value at {@code t}: after every change at or before it. */
  @Nullable T at(Instant t) {
    T value = initial;
    for (Change<T> change : changes) {
      if (change.at().isAfter(t)) {
        break;
      }
      value = change.value();
    }
    return value;
  }

  /** When the value last became {@code value}, or null when it never changed to it. */
  @Nullable Instant lastSetTo(T value) {
    Instant found = null;
    for (Change<T> change : changes) {
      if (value.equals(change.value())) {
        found = change.at();
      }
    }
    return found;
  }

  List<Change<T>> changes() {
    return changes;
  }

  private Instant lastTime() {
    return changes.isEmpty() ? created : changes.get(changes.size() - 1).at();
  }
}
