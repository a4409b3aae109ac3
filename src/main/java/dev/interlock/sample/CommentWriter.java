package dev.interlock.sample;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes the comments people leave on an issue while it is worked: a few short remarks in wiki
 * markup, mentions and blocker keys included, between its creation and now (or shortly after it was
 * resolved).
 */
final class CommentWriter {
  private static final List<String> REMARKS =
      List.of(
          "Picked this up.",
          "PR is up: https://git.acme.example/%p/pull/%n",
          "Tested on staging, looks good.",
          "Moved to the next sprint — review capacity ran out.",
          "Can we get this into the next release?",
          "[~accountid:%a] could you take a look?",
          "Added acceptance criteria after the refinement session.",
          "Reproduced on production, see the attached trace id {{%h}}.",
          "Estimate updated after the spike.",
          "Pairing with [~accountid:%a] on this tomorrow.");

  private final long seed;
  private final Instant now;

  CommentWriter(SampleOptions options) {
    this.seed = options.seed();
    this.now = options.now();
  }

  /** Adds the issue's comments, oldest first. */
  void write(IssueDraft issue) {
    Dice dice = new Dice(seed, 50_000_000L + issue.ordinal);
    Life life = issue.life();
    Instant end = life.resolved() != null ? WorkClock.plusDays(life.resolved(), 2) : now;
    if (end.isAfter(now)) {
      end = now;
    }
    int count = dice.weighted(35, 30, 20, 10, 5);
    List<CommentPlan> comments = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Instant at = Backlog.moment(issue.created, end, dice);
      Member author = dice.pick(issue.project.people());
      comments.add(new CommentPlan(at, author, remark(issue, dice)));
    }
    for (PlannedLink link : issue.links) {
      if (link.kind().isDependency()
          && link.blocked() == issue
          && !life.status().isDone()
          && !link.blocker().status().isDone()) {
        String body =
            "Waiting for "
                + link.blocker().key()
                + " before we can continue. Raised it at the Scrum of Scrums.";
        Instant at = Backlog.moment(link.at(), now, dice);
        comments.add(new CommentPlan(at, issue.reporter, body));
      }
    }
    comments.sort(Comparator.comparing(CommentPlan::at));
    issue.comments.addAll(comments);
  }

  private static String remark(IssueDraft issue, Dice dice) {
    return dice.pick(REMARKS)
        .replace("%p", issue.project.key().toLowerCase(java.util.Locale.ROOT))
        .replace("%n", String.valueOf(dice.between(100, 4_000)))
        .replace("%a", dice.pick(issue.project.people()).accountId())
        .replace("%h", dice.hex(16));
  }
}
