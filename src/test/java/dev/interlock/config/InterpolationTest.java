package dev.interlock.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class InterpolationTest {
  private static final Interpolation.Unset UNSET =
      variable -> new ConfigException(variable + " unset");

  @Test
  void expandsEveryReferenceInAValue() throws ConfigException {
    String text =
        Interpolation.expand(
            "${SCHEME}://${HOST}/jira", Map.of("SCHEME", "https", "HOST", "j"), UNSET);

    assertThat(text).isEqualTo("https://j/jira");
  }

  @Test
  void aDefaultStandsInForAnUnsetOrEmptyVariableButNotForASetOne() throws ConfigException {
    assertThat(Interpolation.expand("${A:-x}", Map.of(), UNSET)).isEqualTo("x");
    assertThat(Interpolation.expand("${A:-x}", Map.of("A", ""), UNSET)).isEqualTo("x");
    assertThat(Interpolation.expand("${A:-x}", Map.of("A", "a"), UNSET)).isEqualTo("a");
    assertThat(Interpolation.expand("${A:-}", Map.of(), UNSET)).isEmpty();
  }

  @Test
  void valuesAreInsertedLiterallyEvenWithDollarsAndBackslashes() throws ConfigException {
    assertThat(Interpolation.expand("${A}", Map.of("A", "$1\\n"), UNSET)).isEqualTo("$1\\n");
  }

  @Test
  void textThatIsNotAReferenceIsKept() throws ConfigException {
    assertThat(Interpolation.expand("cost $5 ${not a ref} ${", Map.of(), UNSET))
        .isEqualTo("cost $5 ${not a ref} ${");
  }

  @Test
  void anUnsetVariableWithoutDefaultIsReportedByName() {
    assertThatThrownBy(() -> Interpolation.expand("a ${B} ${C}", Map.of("C", "c"), UNSET))
        .hasMessage("B unset");
  }

  @Test
  void onlyASingleReferenceWithoutDefaultIsBare() {
    assertThat(Interpolation.isBareReference("${JIRA_API_TOKEN}")).isTrue();
    assertThat(Interpolation.isBareReference("${JIRA_API_TOKEN:-x}")).isFalse();
    assertThat(Interpolation.isBareReference("x${JIRA_API_TOKEN}")).isFalse();
    assertThat(Interpolation.isBareReference("abc123")).isFalse();
  }
}
