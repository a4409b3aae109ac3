package dev.interlock.report;

import io.pebbletemplates.pebble.extension.escaper.EscapingStrategy;

/**
 * Makes text from Jira inert in Markdown: a backslash goes before every character that could start
 * formatting, a link, HTML or a table cell ({@code \ ` * _ [ ] < > |}) and before a {@code #} that
 * opens the text; line breaks become spaces so a value cannot start a line of its own. Everything
 * else, including non-ASCII text, is kept as is.
 */
final class MarkdownEscaping implements EscapingStrategy {
  private static final String SPECIAL = "\\`*_[]<>|";

  @Override
  public String escape(String input) {
    String oneLine = input.replaceAll("\\R", " ");
    StringBuilder out = new StringBuilder(oneLine.length() + 16);
    for (int i = 0; i < oneLine.length(); i++) {
      char c = oneLine.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 || (c == '#' && i == 0)) {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
