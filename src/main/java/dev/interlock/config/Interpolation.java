package dev.interlock.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Expands {@code ${VAR}} and {@code ${VAR:-default}} from an environment map. As in the shell, the
 * default stands in when the variable is unset or empty. Defaults do not nest; text that is not a
 * well-formed reference is kept as written.
 */
final class Interpolation {
  private static final String NAME = "[A-Za-z_][A-Za-z0-9_]*";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{(" + NAME + ")(?::-([^}]*))?}");
  private static final Pattern BARE_REFERENCE = Pattern.compile("\\$\\{" + NAME + "}");

  /** Makes the error for a variable that is unset and has no default. */
  interface Unset {
    ConfigException error(String variable);
  }

  private Interpolation() {}

  static String expand(String template, Map<String, String> env, Unset unset)
      throws ConfigException {
    Matcher m = REFERENCE.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String value = env.get(m.group(1));
      if (m.group(2) != null && (value == null || value.isEmpty())) {
        value = m.group(2);
      }
      if (value == null) {
        throw unset.error(m.group(1));
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** True when {@code text} is exactly one reference without a default, like {@code ${TOKEN}}. */
  static boolean isBareReference(String text) {
    return BARE_REFERENCE.matcher(text).matches();
  }
}
