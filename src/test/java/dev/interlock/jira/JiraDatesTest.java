package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class JiraDatesTest {
  record Dated(Instant at) {}

  record Planned(LocalDate due) {}

  @Test
  void platformDateTimeWithOffsetWithoutColonIsParsed() {
    assertThat(JiraDates.parseInstant("2011-08-05T20:12:22.634-0500"))
        .isEqualTo(Instant.parse("2011-08-06T01:12:22.634Z"));
  }

  @Test
  void zuluDateTimeIsParsed() {
    assertThat(JiraDates.parseInstant("2023-02-13T15:12:39.565Z"))
        .isEqualTo(Instant.parse("2023-02-13T15:12:39.565Z"));
  }

  @Test
  void offsetWithColonIsParsed() {
    assertThat(JiraDates.parseInstant("2024-12-09T13:17:10.358+02:00"))
        .isEqualTo(Instant.parse("2024-12-09T11:17:10.358Z"));
  }

  @Test
  void dateTimeWithoutFractionIsParsed() {
    assertThat(JiraDates.parseInstant("2018-04-30T00:01:00-07:00"))
        .isEqualTo(Instant.parse("2018-04-30T07:01:00Z"));
  }

  @Test
  void dateTimeWithoutOffsetIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> JiraDates.parseInstant("2014-01-06 12:29:22.358"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "not a Jira date-time (expected like 2011-08-05T20:12:22.634-0500):"
                + " \"2014-01-06 12:29:22.358\"");
  }

  @Test
  void plainDateIsParsed() {
    assertThat(JiraDates.parseDate("2024-06-30")).isEqualTo(LocalDate.of(2024, 6, 30));
  }

  @Test
  void malformedPlainDateIsRejectedNamingTheValue() {
    assertThatThrownBy(() -> JiraDates.parseDate("30/06/2024"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a Jira date (expected yyyy-MM-dd): \"30/06/2024\"");
  }

  @Test
  void jsonEpochMillisNumberReadsAsInstant() {
    Dated dated = WireFixtures.parse("{\"at\": 1790584137824}", Dated.class);

    assertThat(dated.at()).isEqualTo(Instant.parse("2026-09-28T08:28:57.824Z"));
  }

  @Test
  void jsonDateTimeStringsOfEveryFormatReadAsInstant() {
    assertThat(WireFixtures.parse("{\"at\": \"2011-08-05T20:12:22.634-0500\"}", Dated.class).at())
        .isEqualTo(Instant.parse("2011-08-06T01:12:22.634Z"));
    assertThat(WireFixtures.parse("{\"at\": \"2023-02-13T15:12:39.565Z\"}", Dated.class).at())
        .isEqualTo(Instant.parse("2023-02-13T15:12:39.565Z"));
    assertThat(WireFixtures.parse("{\"at\": \"2023-02-13T17:12:39.565+02:00\"}", Dated.class).at())
        .isEqualTo(Instant.parse("2023-02-13T15:12:39.565Z"));
  }

  @Test
  void jsonNullAndBlankDatesReadAsNull() {
    assertThat(WireFixtures.parse("{\"at\": null}", Dated.class).at()).isNull();
    assertThat(WireFixtures.parse("{\"at\": \"\"}", Dated.class).at()).isNull();
    assertThat(WireFixtures.parse("{\"due\": null}", Planned.class).due()).isNull();
  }

  @Test
  void jsonPlainDateReadsAsLocalDate() {
    assertThat(WireFixtures.parse("{\"due\": \"2014-05-15\"}", Planned.class).due())
        .isEqualTo(LocalDate.of(2014, 5, 15));
  }

  @Test
  void unreadableJsonDateFailsNamingTheValue() {
    assertThatThrownBy(() -> WireFixtures.parse("{\"at\": \"yesterday\"}", Dated.class))
        .hasRootCauseInstanceOf(InvalidFormatException.class)
        .rootCause()
        .satisfies(
            e ->
                assertThat(((InvalidFormatException) e).getOriginalMessage())
                    .isEqualTo(
                        "not a Jira date-time (expected like 2011-08-05T20:12:22.634-0500):"
                            + " \"yesterday\""));
  }

  @Test
  void theHandReadCommonShapeGivesTheFormattersInstantAndLeavesEveryOtherTextToIt() {
    java.time.format.DateTimeFormatter formatter = JiraDates.DATE_TIME;
    java.util.List<String> common =
        java.util.List.of(
            "2011-08-05T20:12:22.634-0500",
            "2023-02-13T15:12:39.565Z",
            "2023-02-13T15:12:39+02:00",
            "2024-02-29T23:59:59.123456789+0530",
            "1999-12-31T00:00:00.1-12:45",
            "2026-11-16T08:00:00Z");
    for (String text : common) {
      assertThat(JiraDates.parseCommon(text))
          .as(text)
          .isEqualTo(java.time.OffsetDateTime.parse(text, formatter).toInstant());
    }
    // Left to the formatter: a day or hour out of range, a leap second, no seconds, an offset of
    // hours only or beyond 18 hours, no offset, ten fraction digits.
    for (String text :
        java.util.List.of(
            "2011-02-30T10:00:00Z",
            "2011-08-05T24:00:00Z",
            "2011-08-05T23:59:60Z",
            "2011-08-05T20:12Z",
            "2011-08-05T20:12:22+05",
            "2011-08-05T20:12:22+1830",
            "2011-08-05T20:12:22.634",
            "2011-08-05T20:12:22.1234567890Z")) {
      assertThat(JiraDates.parseCommon(text)).as(text).isNull();
    }
    assertThat(JiraDates.parseInstant("2011-02-30T10:00:00Z"))
        .isEqualTo(java.time.OffsetDateTime.parse("2011-02-30T10:00:00Z", formatter).toInstant());
    assertThat(JiraDates.parseInstant(" 2011-08-05T20:12Z "))
        .isEqualTo(Instant.parse("2011-08-05T20:12:00Z"));
  }
}
