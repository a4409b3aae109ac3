package dev.interlock.risk;

import dev.interlock.model.IssueKey;
import org.jspecify.annotations.Nullable;

/** Reads the text of a {@code Link} changelog entry: "This issue is blocked by PAY-7". */
final class LinkText {
  private static final String PREFIX = "This issue ";

  private LinkText() {}

  /** The verb in "This issue {verb} {key}", or null when the text has another shape. */
  static @Nullable String verb(@Nullable String text, String key) {
    if (text == null || !text.startsWith(PREFIX) || !text.endsWith(" " + key)) {
      return null;
    }
    return text.substring(PREFIX.length(), text.length() - key.length() - 1).strip();
  }

  /** One id for a restored link, the same from both of its issues. */
  static String replayedId(IssueKey a, IssueKey b, String typeName) {
    IssueKey first = a.compareTo(b) <= 0 ? a : b;
    IssueKey second = first == a ? b : a;
    return "replayed:" + first + ":" + second + ":" + typeName;
  }
}
