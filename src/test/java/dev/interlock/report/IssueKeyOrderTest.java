package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IssueKeyOrderTest {
  @Test
  void keysSortByProjectThenNumberThenTextAndOtherTextByCharacters() {
    assertThat(
            Stream.of("PAY-10", "weird", "CAT-2", "PAY-9", "PAY-09").sorted(IssueKeyOrder.INSTANCE))
        .containsExactly("CAT-2", "PAY-09", "PAY-9", "PAY-10", "weird");
  }
}
