package dev.interlock.publish;

/**
 * Text taken from Jira or the configuration, made plain for Jira wiki markup: every character that
 * starts markup ({@code { } [ ] | * _ + ^ ~ ! # ?} and a backslash, and the bracket of a short
 * emoticon such as {@code (y)}) is escaped with a backslash, so {@code {code}}, {@code [~user]},
 * {@code [text|url]}, {@code !image!}, {@code {color}}, tables and emoticons come out as the
 * characters they are, and nobody is mentioned. A hyphen is escaped only where it could strike text
 * through (after a space or at the start), so an issue key such as {@code PAY-55} stays a link.
 * Line breaks become spaces: one value, one line.
 */
final class WikiText {
  private static final String SPECIAL = "\\{}[]|*_+^~!#?";
  // (y), (n), (i), (/), (x), (on), (off), (*r)...: the emoticons Jira draws from a short word in
  // brackets. Any other bracket is plain text.
  private static final java.util.regex.Pattern EMOTICON =
      java.util.regex.Pattern.compile("\\([A-Za-z/*]{1,3}\\)");

  private WikiText() {}

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 8);
    char previous = ' ';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n' || c == '\t') {
        c = ' ';
      }
      boolean emoticon = c == '(' && EMOTICON.matcher(text).region(i, text.length()).lookingAt();
      if (SPECIAL.indexOf(c) >= 0 || emoticon || (c == '-' && Character.isWhitespace(previous))) {
        out.append('\\');
      }
      out.append(c);
      previous = c;
    }
    return out.toString();
  }
}
