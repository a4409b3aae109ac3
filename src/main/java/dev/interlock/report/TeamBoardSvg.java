package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.graph.MeetingSplit;
import dev.interlock.model.Words;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The team dependency board as an inline SVG heat map: one row per waiting team, one column per
 * blocker team (the {@link TeamMatrix} order), each cell shaded by how many open cross-team
 * dependencies make the row team wait on the column team, with the number written in it. Drawn
 * here, with nothing from outside the page (no script, no font, no link). Accessible: a {@code
 * <title>} and a {@code <desc>} that lists every wait in words, and a title per cell. Every text is
 * XML-escaped; output is deterministic (integers only, fixed geometry). Meant for inline use in
 * HTML, whose parser puts {@code <svg>} in the SVG namespace by itself: it carries no {@code
 * xmlns}, so the page names no URL at all.
 */
final class TeamBoardSvg {
  /** Side of one cell, in pixels. */
  static final int CELL = 28;

  /** Team names longer than this many characters (code points) are cut in the labels. */
  static final int LABEL_LENGTH = 18;

  /** Cell fills from no wait to the most waits on the board. */
  static final List<String> SHADES = List.of("#f8f9fa", "#ffe3e3", "#ffa8a8", "#fa5252", "#c92a2a");

  static final String SAME_TEAM = "#dee2e6";

  private static final int CHAR_WIDTH = 7;
  private static final int GAP = 6;
  private static final int CAPTION_WIDTH = 240;

  private final TeamMatrix matrix;
  private final Map<String, Integer> groupOf;
  private final int max;
  private final int labelWidth;
  private final StringBuilder out = new StringBuilder();

  private TeamBoardSvg(TeamMatrix matrix, Map<String, Integer> groupOf) {
    this.matrix = matrix;
    this.groupOf = groupOf;
    this.max =
        matrix.rows().stream()
            .flatMap(row -> row.counts().stream())
            .mapToInt(Integer::intValue)
            .max()
            .orElse(0);
    int longest =
        matrix.teams().stream()
            .mapToInt(t -> label(t).codePointCount(0, label(t).length()))
            .max()
            .orElse(0);
    this.labelWidth = longest * CHAR_WIDTH + GAP;
  }

  /** The board of {@code agenda}'s team-to-team waits; empty when no team waits on another. */
  static String render(Agenda agenda) {
    if (agenda.teamLinks().isEmpty()) {
      return "";
    }
    return new TeamBoardSvg(TeamMatrix.of(agenda), groupOf(agenda.analysis().grouping())).draw();
  }

  /** Each team's group number (from 1) when the teams meet in groups; empty otherwise. */
  private static Map<String, Integer> groupOf(MeetingSplit split) {
    Map<String, Integer> groupOf = new HashMap<>();
    if (split.needed()) {
      for (int g = 0; g < split.groups().size(); g++) {
        for (String team : split.groups().get(g).teams()) {
          groupOf.put(team, g + 1);
        }
      }
    }
    return groupOf;
  }

  private String draw() {
    int n = matrix.teams().size();
    int left = labelWidth;
    int top = labelWidth * 3 / 4 + GAP;
    int width = Math.max(left + n * CELL + labelWidth * 3 / 4, left + CAPTION_WIDTH);
    int height = top + n * CELL + 2 * CELL;
    out.append("<svg class=\"board\" role=\"img\"");
    out.append(" aria-labelledby=\"board-title board-desc\"");
    out.append(" width=\"").append(width).append("\" height=\"").append(height).append('"');
    out.append(" viewBox=\"0 0 ").append(width).append(' ').append(height).append("\">\n");
    out.append("<title id=\"board-title\">").append(escape(title())).append("</title>\n");
    out.append("<desc id=\"board-desc\">").append(escape(description())).append("</desc>\n");
    out.append("<g font-family=\"sans-serif\" font-size=\"11\">\n");
    drawColumnLabels(left, top);
    for (int r = 0; r < n; r++) {
      drawRow(r, left, top + r * CELL);
    }
    drawLegend(left, top + n * CELL + CELL);
    out.append("</g>\n</svg>\n");
    return out.toString();
  }

  private String title() {
    return "Team-to-team waits: rows wait on columns; "
        + Words.count(total(), "open cross-team dependency", "open cross-team dependencies");
  }

  /** Every non-empty cell in words, row by row, so the numbers are there without the picture. */
  private String description() {
    StringBuilder text = new StringBuilder("Row team waits on column team.");
    for (TeamMatrix.Row row : matrix.rows()) {
      for (int c = 0; c < matrix.teams().size(); c++) {
        int count = row.counts().get(c);
        if (count > 0) {
          text.append(' ').append(cellTitle(row.waiting(), matrix.teams().get(c), count));
          text.append('.');
        }
      }
    }
    return text.toString();
  }

  private void drawColumnLabels(int left, int top) {
    for (int c = 0; c < matrix.teams().size(); c++) {
      int x = left + c * CELL + CELL / 2;
      int y = top - GAP;
      out.append("<text x=\"").append(x).append("\" y=\"").append(y);
      out.append("\" transform=\"rotate(-45 ").append(x).append(' ').append(y).append(")\">");
      appendLabel(matrix.teams().get(c));
      out.append("</text>\n");
    }
  }

  private void drawRow(int r, int left, int y) {
    TeamMatrix.Row row = matrix.rows().get(r);
    out.append("<text x=\"").append(left - GAP).append("\" y=\"").append(y + CELL / 2 + 4);
    out.append("\" text-anchor=\"end\">");
    appendLabel(row.waiting());
    out.append("</text>\n");
    for (int c = 0; c < matrix.teams().size(); c++) {
      drawCell(row.waiting(), matrix.teams().get(c), row.counts().get(c), left + c * CELL, y);
    }
  }

  /**
   * A cell; the diagonal, and on the agenda above meeting groups every pair of teams that meet in
   * the same group, is grey: not this meeting's business.
   */
  private void drawCell(String waiting, String blocker, int count, int x, int y) {
    Integer group = groupOf.get(waiting);
    boolean sameGroup = group != null && group.equals(groupOf.get(blocker));
    boolean same = waiting.equals(blocker) || sameGroup;
    String title =
        waiting.equals(blocker)
            ? waiting + " (same team)"
            : sameGroup
                ? waiting + " and " + blocker + " meet in group " + group
                : cellTitle(waiting, blocker, count);
    out.append("<g class=\"cell\"><title>").append(escape(title));
    out.append("</title><rect x=\"").append(x).append("\" y=\"").append(y);
    out.append("\" width=\"").append(CELL).append("\" height=\"").append(CELL);
    out.append("\" fill=\"").append(same ? SAME_TEAM : shade(count));
    out.append("\" stroke=\"#ffffff\"/>");
    if (count > 0) {
      out.append("<text x=\"").append(x + CELL / 2).append("\" y=\"").append(y + CELL / 2 + 4);
      out.append("\" text-anchor=\"middle\"");
      out.append(level(count) >= 3 ? " fill=\"#ffffff\"" : "").append('>');
      out.append(count).append("</text>");
    }
    out.append("</g>\n");
  }

  /** One swatch per shade the board can use (1 to {@code max} waits), and what they mean. */
  private void drawLegend(int left, int y) {
    int x = left;
    int shown = 0;
    for (int count = 1; count <= max; count++) {
      if (level(count) > shown) {
        shown = level(count);
        out.append("<rect x=\"").append(x).append("\" y=\"").append(y - CELL / 2);
        out.append("\" width=\"").append(CELL).append("\" height=\"").append(CELL / 2);
        out.append("\" fill=\"").append(SHADES.get(shown)).append("\"/>\n");
        x += CELL;
      }
    }
    out.append("<text x=\"").append(x + GAP).append("\" y=\"").append(y - 2).append("\">");
    out.append(escape(max == 1 ? "1 open wait" : "1 to " + max + " open waits"));
    out.append("</text>\n");
    out.append("<text x=\"").append(left).append("\" y=\"").append(y + CELL - 6).append("\">");
    out.append("each row team waits on the column team</text>\n");
  }

  /** 0 for no wait; 1 (one wait) to 4 ({@code max} waits) in equal steps, rounded down. */
  int level(int count) {
    int steps = SHADES.size() - 1;
    if (count <= 0) {
      return 0;
    }
    if (max <= 1) {
      return steps;
    }
    return 1 + (count - 1) * (steps - 1) / (max - 1);
  }

  private String shade(int count) {
    return SHADES.get(level(count));
  }

  private int total() {
    return matrix.rows().stream()
        .flatMap(row -> row.counts().stream())
        .mapToInt(Integer::intValue)
        .sum();
  }

  private void appendLabel(String team) {
    String label = label(team);
    if (!label.equals(team)) {
      out.append("<title>").append(escape(team)).append("</title>");
    }
    out.append(escape(label));
  }

  static String cellTitle(String waiting, String blocker, int count) {
    return waiting + " waits on " + blocker + ": " + count;
  }

  /** At most {@link #LABEL_LENGTH} code points, ending with an ellipsis when cut. */
  static String label(String team) {
    if (team.codePointCount(0, team.length()) <= LABEL_LENGTH) {
      return team;
    }
    return team.substring(0, team.offsetByCodePoints(0, LABEL_LENGTH - 1)) + "…";
  }

  /**
   * XML text: {@code & < > " '} as entities; characters XML 1.0 forbids (control characters but tab
   * and line breaks, lone surrogates, U+FFFE and U+FFFF) are dropped, so any Jira text parses.
   */
  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '"' -> escaped.append("&quot;");
        case '\'' -> escaped.append("&#39;");
        default -> appendIfAllowed(escaped, text, i);
      }
    }
    return escaped.toString();
  }

  private static void appendIfAllowed(StringBuilder escaped, String text, int i) {
    char c = text.charAt(i);
    boolean pairHigh =
        Character.isHighSurrogate(c)
            && i + 1 < text.length()
            && Character.isLowSurrogate(text.charAt(i + 1));
    boolean pairLow =
        Character.isLowSurrogate(c) && i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    boolean allowed =
        c == '\t'
            || c == '\n'
            || c == '\r'
            || (c >= 0x20 && c < 0xD800)
            || (c >= 0xE000 && c <= 0xFFFD)
            || pairHigh
            || pairLow;
    if (allowed) {
      escaped.append(c);
    }
  }
}
