package dev.interlock.publish;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WikiTextTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "{code}rm -rf{code}      ; \\{code\\}rm \\-rf\\{code\\}",
        "ping [~jsmith] now      ; ping \\[\\~jsmith\\] now",
        "a | b                   ; a \\| b",
        "back\\slash             ; back\\\\slash",
        "*bold* and _it_         ; \\*bold\\* and \\_it\\_",
        "{color:red}x{color}     ; \\{color:red\\}x\\{color\\}",
        "!http://x/y.png!        ; \\!http://x/y.png\\!",
        "[click|http://evil]     ; \\[click\\|http://evil\\]",
        "PAY-55 blocks CHK-63    ; PAY-55 blocks CHK-63",
        "-struck- text           ; \\-struck- text",
        "thumbs (y) and (Catalog) ; thumbs \\(y) and (Catalog)",
        "ünïcode ✓               ; ünïcode ✓",
      })
  void markupFromJiraComesOutAsPlainTextAndKeysStayLinks(String text, String escaped) {
    assertThat(WikiText.escape(text.strip())).isEqualTo(escaped.strip());
  }

  @org.junit.jupiter.api.Test
  void aLineBreakCannotStartNewMarkup() {
    assertThat(WikiText.escape("one\nh1. two\r\n# three")).isEqualTo("one h1. two  \\# three");
  }
}
