package dev.interlock.graph;

import dev.interlock.model.Commitment;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Words;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * For each open committed issue with open blockers, the chain behind it that needs the most time
 * (longest path on the condensation of open issues, weighted by lead time; a cycle on the way
 * counts every member once). Ties go to the blocker component with the smallest key. Linear in open
 * issues and dependencies. Chains are sorted by slack (least first), then by length (longest
 * first), then by item.
 */
public final class BlockingChains {
  private static final Comparator<BlockingChain> ORDER =
      Comparator.comparingLong(BlockingChain::slackDays)
          .thenComparing(c -> -c.path().size())
          .thenComparing(BlockingChain::item);

  private final DependencyGraph graph;
  private final OpenCondensation condensation;
  private final LeadTimes leadTimes;
  private final LocalDate today;
  private @Nullable List<BlockingChain> chains;

  public BlockingChains(DependencyGraph graph, LeadTimes leadTimes, Instant asOf) {
    this(graph, new OpenCondensation(graph), leadTimes, asOf);
  }

  BlockingChains(
      DependencyGraph graph, OpenCondensation condensation, LeadTimes leadTimes, Instant asOf) {
    this.graph = graph;
    this.condensation = condensation;
    this.leadTimes = leadTimes;
    this.today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
  }

  /** Every chain of at least one open blocker behind a committed open item; computed once. */
  public List<BlockingChain> chains() {
    if (chains == null) {
      chains = compute();
    }
    return chains;
  }

  /** Findings for cross-team chains with negative slack. */
  public List<Finding> findings() {
    return chains().stream()
        .filter(c -> c.slackDays() < 0 && c.crossTeam())
        .map(this::finding)
        .toList();
  }

  private List<BlockingChain> compute() {
    int n = condensation.size();
    long[] need = new long[n];
    int[] via = new int[n];
    for (int c : condensation.topologicalOrder()) {
      via[c] = longestBlocker(c, need);
      need[c] = weight(c) + (via[c] < 0 ? 0 : need[via[c]]);
    }
    List<BlockingChain> result = new ArrayList<>();
    for (GraphNode node : graph.nodes()) {
      Optional<Commitment> commitment =
          node.issue() == null ? Optional.empty() : node.issue().commitment();
      if (node.isOpen() && commitment.isPresent()) {
        int c = condensation.componentOf(node.key());
        List<IssueKey> path = path(c, via, node.key());
        if (path.size() > 1) {
          result.add(chain(node.key(), commitment.get(), path, need[c]));
        }
      }
    }
    result.sort(ORDER);
    return List.copyOf(result);
  }

  private int longestBlocker(int c, long[] need) {
    int best = -1;
    for (int b : condensation.blockers(c)) {
      if (best < 0 || need[b] > need[best] || (need[b] == need[best] && b < best)) {
        best = b;
      }
    }
    return best;
  }

  private long weight(int c) {
    long days = 0;
    for (IssueKey k : condensation.members(c)) {
      days += leadTimes.daysFor(graph.teamOf(k));
    }
    return days;
  }

  /** The components from the first blocker to {@code c}, members expanded; {@code item} last. */
  private List<IssueKey> path(int c, int[] via, IssueKey item) {
    Deque<IssueKey> path = new ArrayDeque<>();
    path.addFirst(item);
    condensation.members(c).stream()
        .filter(k -> !k.equals(item))
        .sorted(Comparator.reverseOrder())
        .forEach(path::addFirst);
    for (int b = via[c]; b >= 0; b = via[b]) {
      condensation.members(b).stream().sorted(Comparator.reverseOrder()).forEach(path::addFirst);
    }
    return List.copyOf(path);
  }

  private BlockingChain chain(
      IssueKey item, Commitment commitment, List<IssueKey> path, long need) {
    Set<String> teams = new LinkedHashSet<>();
    for (IssueKey k : path) {
      String team = graph.teamOf(k);
      teams.add(team == null ? CycleDetector.NO_TEAM : team);
    }
    long left = ChronoUnit.DAYS.between(today, commitment.date());
    return new BlockingChain(item, commitment, path, List.copyOf(teams), (int) need, left - need);
  }

  private Finding finding(BlockingChain c) {
    String walk = String.join(" → ", c.path().stream().map(IssueKey::toString).toList());
    String reason =
        Teams.named(graph, c.item())
            + " has its "
            + c.commitment().kind().words()
            + " "
            + c.commitment().date()
            + " but waits on a chain of "
            + Words.count(c.path().size() - 1, "open issue")
            + " ("
            + walk
            + ") that needs about "
            + c.daysNeeded()
            + " days: "
            + Words.count(-c.slackDays(), "day")
            + " short.";
    return new Finding(
        FindingKind.CHAIN_LATE, Severity.HIGH, c.path(), Teams.owning(graph, c.path()), reason);
  }
}
