package dev.interlock.agenda;

/**
 * Something the minute plan had no time for, in one line: a riskiest item ({@code subject} is its
 * key) or a team's turn ({@code subject} is the team). Its full entry stays in the agenda's {@code
 * riskiest} or {@code teamSections}.
 */
public record RadarLine(Kind kind, String subject, String line) {
  /** What the line stands for. */
  public enum Kind {
    RISK,
    TEAM
  }
}
