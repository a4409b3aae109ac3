package dev.interlock.risk;

import static dev.interlock.graph.TestIssues.BLOCKS;
import static dev.interlock.graph.TestIssues.DONE;
import static dev.interlock.graph.TestIssues.issue;
import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A past moment's graph holds the open issues, the issues their links name and the issues with a
 * link naming an open one; done issues linked only to done issues, or not at all, are left out.
 */
class PastMomentGraphTest {
  @Test
  void onlyOpenIssuesAndTheirNeighboursOnEitherSideOfALinkAreKept() {
    Issue open = issue("PAY-1").build();
    Issue doneLinkingToOpen = issue("PAY-2").status(DONE).outward("10", BLOCKS, "PAY-1").build();
    Issue doneNamedByOpen = issue("PAY-3").status(DONE).build();
    Issue openLinking = issue("PAY-4").outward("11", BLOCKS, "PAY-3").build();
    Issue doneAlone = issue("PAY-5").status(DONE).build();
    Issue doneLinkedOutside = issue("PAY-6").status(DONE).outward("12", BLOCKS, "EXT-1").build();
    Issue doneLinkedToDone = issue("PAY-7").status(DONE).outward("13", BLOCKS, "PAY-5").build();
    Snapshot then =
        new Snapshot(
            "test",
            null,
            List.of(
                open,
                doneLinkingToOpen,
                doneNamedByOpen,
                openLinking,
                doneAlone,
                doneLinkedOutside,
                doneLinkedToDone),
            List.of(),
            List.of());

    assertThat(TrainingSet.aroundOpenIssues(then).issues())
        .extracting(Issue::key)
        .containsExactly(
            IssueKey.parse("PAY-1"),
            IssueKey.parse("PAY-2"),
            IssueKey.parse("PAY-3"),
            IssueKey.parse("PAY-4"));
  }

  @Test
  void aSnapshotWhoseIssuesAreAllNeededIsReturnedAsItIs() {
    Snapshot then =
        new Snapshot("test", null, List.of(issue("PAY-1").build()), List.of(), List.of());
    assertThat(TrainingSet.aroundOpenIssues(then)).isSameAs(then);
  }
}
