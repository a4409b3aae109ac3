package dev.interlock.bench;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkDirection;
import dev.interlock.model.LinkType;
import dev.interlock.model.LinkedIssue;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Team;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded, in-memory snapshot shaped like a large Jira site: issue {@code i} belongs to team
 * {@code i % teams} (project {@code T<team>}); each issue is blocked by {@code linksPerIssue}
 * earlier issues, 70 % of them in its own team among its last 20 issues, the rest anywhere among
 * the previous 2,000; one link in 1,000 points backwards and can close a cycle. 70 % of issues are
 * done (resolved 1 to 20 days after they started), 10 % in progress, 20 % to do; half of the open
 * ones have a due date between 10 days ago and 60 days ahead.
 */
final class SyntheticSnapshot {
  static final LinkType BLOCKS = new LinkType("1", "Blocks", "is blocked by", "blocks");
  static final Instant AS_OF = Instant.parse("2026-11-16T00:00:00Z");
  private static final Status TODO = new Status("To Do", StatusCategory.TO_DO);
  private static final Status DOING = new Status("In Progress", StatusCategory.IN_PROGRESS);
  private static final Status DONE = new Status("Done", StatusCategory.DONE);

  private SyntheticSnapshot() {}

  static List<Team> teams(int teams) {
    List<Team> list = new ArrayList<>();
    for (int t = 0; t < teams; t++) {
      list.add(new Team("Team " + t, List.of("T" + t), List.of(), List.of(), null));
    }
    return list;
  }

  static Snapshot of(int issues, int teams, int linksPerIssue, long seed) {
    Random random = new Random(seed);
    List<Issue> list = new ArrayList<>(issues);
    int linkId = 0;
    for (int i = 0; i < issues; i++) {
      List<IssueLink> links = new ArrayList<>();
      for (int l = 0; l < linksPerIssue && i > 0; l++) {
        int blocker = blocker(random, i, teams);
        if (random.nextInt(1000) == 0) {
          blocker = Math.min(issues - 1, i + 1 + random.nextInt(20));
        }
        if (blocker != i) {
          LinkedIssue other = new LinkedIssue(key(blocker, teams), null, null);
          links.add(new IssueLink(String.valueOf(linkId++), BLOCKS, LinkDirection.INWARD, other));
        }
      }
      list.add(issue(random, key(i, teams), links));
    }
    return new Snapshot("synthetic", AS_OF, list, List.of(BLOCKS), List.of());
  }

  private static int blocker(Random random, int i, int teams) {
    if (random.nextInt(10) < 7) {
      int back = 1 + random.nextInt(20);
      return Math.max(0, i - back * teams);
    }
    return Math.max(0, i - 1 - random.nextInt(2000));
  }

  static IssueKey key(int i, int teams) {
    return new IssueKey("T" + (i % teams), i / teams + 1);
  }

  private static Issue issue(Random random, IssueKey key, List<IssueLink> links) {
    int roll = random.nextInt(10);
    Status status = roll < 7 ? DONE : roll < 8 ? DOING : TODO;
    Instant created = AS_OF.minus(Duration.ofDays(30 + random.nextInt(300)));
    Instant started = created.plus(Duration.ofDays(random.nextInt(20)));
    Instant resolved =
        status == DONE ? started.plus(Duration.ofDays(1 + random.nextInt(20))) : null;
    LocalDate due =
        status != DONE && random.nextBoolean()
            ? LocalDate.ofInstant(AS_OF, ZoneOffset.UTC).plusDays(random.nextInt(70) - 10)
            : null;
    List<HistoryEvent> history =
        List.of(new HistoryEvent(started, null, "status", null, null, "To Do", null, "Started"));
    return new Issue(
        key,
        key.toString(),
        "Synthetic " + key,
        "Story",
        false,
        status,
        null,
        null,
        created,
        created,
        resolved,
        resolved == null ? null : "Done",
        due,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        null,
        null,
        null,
        null,
        links,
        history,
        List.of(),
        false,
        true);
  }
}
