package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownEscapingTest {
  private final MarkdownEscaping escaping = new MarkdownEscaping();

  @Test
  void everyCharacterThatStartsFormattingGetsABackslash() {
    assertThat(escaping.escape("a|b*c_d`e[f]g<h>i")).isEqualTo("a\\|b\\*c\\_d\\`e\\[f\\]g\\<h\\>i");
  }

  @Test
  void aBackslashIsDoubledSoItCannotEscapeOurEscapes() {
    assertThat(escaping.escape("C:\\temp\\*")).isEqualTo("C:\\\\temp\\\\\\*");
  }

  @Test
  void hashIsEscapedOnlyWhereItWouldStartAHeading() {
    assertThat(escaping.escape("#42 needs issue #7")).isEqualTo("\\#42 needs issue #7");
  }

  @Test
  void lineBreaksBecomeSpacesSoAValueStaysOnItsLine() {
    assertThat(escaping.escape("first\n# second\r\nthird")).isEqualTo("first # second third");
  }

  @Test
  void nonAsciiTextAndHarmlessPunctuationAreKeptAsIs() {
    assertThat(escaping.escape("Währungsumrechnung — ¥/€ 対応 (v2.3): 100%!"))
        .isEqualTo("Währungsumrechnung — ¥/€ 対応 (v2.3): 100%!");
  }
}
