package dev.interlock.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CommentBodiesTest {
  @Test
  void aBodyOverJirasLimitIsShortenedAtALineAndKeepsItsFooter() {
    String line = "* Finding: " + "x".repeat(90) + "\n";
    String content = line.repeat(1_000);
    String footer = CommentBodies.FOOTER_RULE + "\n_Written by Interlock_";
    String body = CommentBodies.fit(content, footer);
    assertThat(body.length()).isLessThanOrEqualTo(CommentBodies.MAX_LENGTH);
    assertThat(body)
        .endsWith("(shortened to fit Jira's limit; the agenda has the rest)\n" + footer);
    // Only whole lines are kept before the note.
    assertThat(body.substring(0, body.indexOf("…"))).endsWith("\n");
    assertThat(body.substring(0, body.indexOf("…")).strip().split("\n"))
        .allMatch(l -> l.equals(line.strip()));
    assertThat(CommentBodies.fit(line, footer)).isEqualTo(line + footer);
  }

  @Test
  void theDigestIgnoresDayCountsAndSmallRiskMovesButNotDatesOrKeys() {
    String a = "* Risk: 91% — open for 51 days; due 2026-11-20; blocked by PAY-55\n";
    String b = "* Risk: 93% — open for 52 days; due 2026-11-20; blocked by PAY-55\n";
    assertThat(CommentBodies.digestible(a)).isEqualTo(CommentBodies.digestible(b));
    assertThat(CommentBodies.digestible(a))
        .isNotEqualTo(CommentBodies.digestible(a.replace("2026-11-20", "2026-11-27")))
        .isNotEqualTo(CommentBodies.digestible(a.replace("PAY-55", "PAY-56")))
        .isNotEqualTo(CommentBodies.digestible(a.replace("91%", "71%")));
  }
}
