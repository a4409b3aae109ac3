package dev.interlock.jira;

import java.util.Locale;
import java.util.Set;
import okhttp3.Headers;

/** Renders request headers for a log line with every credential replaced. */
final class Redaction {
  static final String REDACTED = "<redacted>";
  private static final Set<String> SECRET_HEADERS =
      Set.of("authorization", "proxy-authorization", "cookie", "set-cookie");

  private Redaction() {}

  /** {@code "Accept: application/json, Authorization: <redacted>"}, in header order. */
  static String headers(Headers headers) {
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < headers.size(); i++) {
      if (i > 0) {
        line.append(", ");
      }
      String name = headers.name(i);
      line.append(name).append(": ").append(isSecret(name) ? REDACTED : headers.value(i));
    }
    return line.toString();
  }

  static boolean isSecret(String headerName) {
    return SECRET_HEADERS.contains(headerName.toLowerCase(Locale.ROOT));
  }
}
