package dev.interlock.config;

import org.jspecify.annotations.Nullable;

/**
 * Writing back to Jira: whether {@code nightly} publishes ({@code enabled}), what is posted ({@code
 * comments}: agenda or none), the optional comment visibility (a role or group), what happens to
 * the comment of an issue that left the agenda ({@code onLeave}: update, delete, keep), and the
 * most writes one run may make ({@code maxWrites}).
 */
public record PublishSettings(
    boolean enabled,
    String comments,
    @Nullable String visibilityType,
    @Nullable String visibilityValue,
    String onLeave,
    int maxWrites,
    @Nullable String meetingIssue) {
  public static final int DEFAULT_MAX_WRITES = 200;
  public static final PublishSettings DEFAULT =
      new PublishSettings(false, "agenda", null, null, "update", DEFAULT_MAX_WRITES, null);
}
