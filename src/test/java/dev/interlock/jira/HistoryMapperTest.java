package dev.interlock.jira;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Skip;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistoryMapperTest {

  @Test
  void bulkChangelogHistoriesAtTheSameInstantOrderByNumericId() {
    BulkChangelogDto bulk =
        WireFixtures.parse(
            "{\"issueChangeLogs\":[{\"issueId\":\"10100\",\"changeHistories\":["
                + "{\"id\":\"10\",\"created\":1700000000000,\"items\":[{\"field\":\"status\","
                + "\"fieldId\":\"status\",\"from\":\"1\",\"to\":\"3\"}]},"
                + "{\"id\":\"9\",\"created\":1700000000000,\"author\":{\"accountId\":\"abc\"},"
                + "\"items\":[{\"fieldId\":\"customfield_10020\",\"to\":\"5\"}]},"
                + "{\"id\":\"8\",\"created\":1700000000001,\"items\":[{\"field\":\"duedate\"}]}]}]}",
            BulkChangelogDto.class);
    List<Skip> skipped = new ArrayList<>();
    Instant at = Instant.parse("2023-11-14T22:13:20Z");

    List<HistoryEvent> events =
        HistoryMapper.events("PAY-1", bulk.issueChangeLogs().get(0).changeHistories(), skipped);

    assertThat(events)
        .containsExactly(
            new HistoryEvent(
                at, "abc", "customfield_10020", "customfield_10020", null, null, "5", null),
            new HistoryEvent(at, null, "status", "status", "1", null, "3", null),
            new HistoryEvent(at.plusMillis(1), null, "duedate", null, null, null, null, null));
    assertThat(skipped).isEmpty();
  }
}
