package dev.interlock.jira;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Turns the lists Jira sends (absent, null, or with null entries) into plain immutable lists. */
final class WireLists {
  private WireLists() {}

  /** An unmodifiable copy without null entries; empty for a null list. */
  static <T> List<T> orEmpty(@Nullable List<T> list) {
    return list == null ? List.of() : list.stream().filter(Objects::nonNull).toList();
  }
}
