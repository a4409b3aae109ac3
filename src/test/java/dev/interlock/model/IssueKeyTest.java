package dev.interlock.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class IssueKeyTest {
  @Test
  void keysSortByProjectThenNumberNotAsText() {
    List<IssueKey> sorted =
        Stream.of("PAY-10", "CORE-3", "PAY-9").map(IssueKey::parse).sorted().toList();
    assertThat(sorted).extracting(IssueKey::toString).containsExactly("CORE-3", "PAY-9", "PAY-10");
  }

  @Test
  void parseRejectsTextThatIsNotAKeyAndNamesIt() {
    assertThatThrownBy(() -> IssueKey.parse("PAY 12"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Jira issue key (expected PROJECT-123): PAY 12");
  }

  @Test
  void parseAcceptsDigitsAndUnderscoresInTheProjectKey() {
    assertThat(IssueKey.parse("ANY23-174")).isEqualTo(new IssueKey("ANY23", 174));
  }

  @Test
  void keysOfNeighbouringProjectsDoNotShareHashCodes() {
    java.util.Set<Integer> hashes = new java.util.HashSet<>();
    for (int p = 1; p <= 100; p++) {
      for (int n = 1; n <= 1000; n++) {
        hashes.add(new IssueKey(String.format(java.util.Locale.ROOT, "T%03d", p), n).hashCode());
      }
    }
    assertThat(hashes).hasSize(100_000);
  }

  @Test
  void equalKeysHaveEqualHashCodes() {
    assertThat(IssueKey.parse("PAY-7").hashCode()).isEqualTo(new IssueKey("PAY", 7).hashCode());
    assertThat(IssueKey.parse("PAY-7")).isEqualTo(new IssueKey("PAY", 7));
  }
}
