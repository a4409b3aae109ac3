package dev.interlock.risk;

import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Commitment;
import dev.interlock.model.Dependency;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A transparent first risk score for every open snapshot issue that blocks, or is blocked by,
 * another team's issue. It adds five weighted parts, each in [0, 1]: urgency of the nearest
 * commitment (its own or of what waits on it), open blockers in other teams, what waits downstream,
 * not started yet, and sitting in a cycle. Every part that contributes becomes a reason in words.
 * Results are ranked by score (highest first), ties by key.
 */
public final class FirstRiskScorer {
  /** Weight of commitment urgency. */
  public static final double W_URGENCY = 0.30;

  /** Weight of open blockers owned by other teams. */
  public static final double W_BLOCKED = 0.25;

  /** Weight of the open issues and teams waiting downstream. */
  public static final double W_IMPACT = 0.25;

  /** Weight of not being started. */
  public static final double W_NOT_STARTED = 0.10;

  /** Weight of being in a dependency cycle. */
  public static final double W_CYCLE = 0.10;

  /** Days over which urgency halves, roughly: urgency = exp(-days / 14). */
  public static final double URGENCY_DAYS = 14.0;

  private final DependencyGraph graph;
  private final Set<IssueKey> inCycle = new HashSet<>();
  private final LocalDate today;
  private @Nullable List<RiskScore> ranked;

  public FirstRiskScorer(DependencyGraph graph, List<CycleFinding> cycles, Instant asOf) {
    this.graph = graph;
    cycles.forEach(c -> inCycle.addAll(c.members()));
    this.today = LocalDate.ofInstant(asOf, ZoneOffset.UTC);
  }

  /** Scores of every open cross-team item, riskiest first. */
  public List<RiskScore> ranked() {
    if (ranked == null) {
      List<RiskScore> all = new ArrayList<>();
      for (GraphNode node : graph.nodes()) {
        if (node.visible() && node.isOpen() && touchesOtherTeam(node.key())) {
          all.add(score(node));
        }
      }
      all.sort(
          Comparator.comparingDouble(RiskScore::score).reversed().thenComparing(RiskScore::key));
      ranked = List.copyOf(all);
    }
    return ranked;
  }

  private boolean touchesOtherTeam(IssueKey key) {
    return graph.blockersOf(key).stream().anyMatch(graph::isCrossTeam)
        || graph.dependentsOf(key).stream().anyMatch(graph::isCrossTeam);
  }

  private RiskScore score(GraphNode node) {
    Issue issue = Objects.requireNonNull(node.issue());
    List<Part> parts = new ArrayList<>();
    Set<IssueKey> waiting = graph.openDownstream(node.key());
    Set<String> waitingTeams = otherTeams(waiting, node.team());
    parts.add(urgency(issue, waiting));
    parts.add(blocked(node));
    parts.add(impact(waiting, waitingTeams));
    parts.add(notStarted(issue));
    parts.add(cycle(node.key()));
    double score = parts.stream().mapToDouble(Part::contribution).sum();
    List<String> reasons =
        parts.stream()
            .filter(p -> p.contribution() > 0 && p.reason() != null)
            .sorted(Comparator.comparingDouble(Part::contribution).reversed())
            .map(Part::reason)
            .toList();
    return new RiskScore(
        node.key(), Math.min(1.0, score), reasons, waiting.size(), waitingTeams.size());
  }

  private record Part(double contribution, @Nullable String reason) {}

  private Part urgency(Issue issue, Set<IssueKey> waiting) {
    Optional<Commitment> own = issue.commitment();
    if (own.isPresent()) {
      long days = ChronoUnit.DAYS.between(today, own.get().date());
      return new Part(W_URGENCY * urgencyOf(days), DueWords.of(own.get(), today));
    }
    Optional<IssueKey> earliest = graph.earliestCommitted(waiting);
    if (earliest.isEmpty()) {
      return new Part(0, null);
    }
    Commitment c = graph.requireNode(earliest.get()).commitment().orElseThrow();
    long days = ChronoUnit.DAYS.between(today, c.date());
    return new Part(W_URGENCY * urgencyOf(days), DueWords.borrowed(earliest.get(), c, today));
  }

  private static double urgencyOf(long days) {
    return days < 0 ? 1.0 : Math.exp(-days / URGENCY_DAYS);
  }

  private Part blocked(GraphNode node) {
    List<String> open = new ArrayList<>();
    for (Dependency d : graph.blockersOf(node.key())) {
      GraphNode blocker = graph.requireNode(d.blocker());
      if (blocker.isOpen() && graph.isCrossTeam(d)) {
        open.add(d.blocker() + " (" + teamWords(blocker) + ", " + blocker.status().name() + ")");
      }
    }
    if (open.isEmpty()) {
      return new Part(0, null);
    }
    return new Part(
        W_BLOCKED * Math.min(1.0, open.size() / 2.0),
        "blocked by "
            + DueWords.plural(open.size(), "open issue")
            + " of other teams: "
            + String.join(", ", open));
  }

  private Part impact(Set<IssueKey> waiting, Set<String> waitingTeams) {
    if (waiting.isEmpty()) {
      return new Part(0, null);
    }
    double value = Math.min(1.0, (waiting.size() + 2.0 * waitingTeams.size()) / 10.0);
    String teams = waitingTeams.isEmpty() ? "its own team" : String.join(", ", waitingTeams);
    return new Part(
        W_IMPACT * value,
        DueWords.plural(waiting.size(), "open issue")
            + (waiting.size() == 1 ? " waits" : " wait")
            + " on it, directly or through a chain ("
            + teams
            + ")");
  }

  private Part notStarted(Issue issue) {
    return switch (issue.status().category()) {
      case TO_DO -> new Part(W_NOT_STARTED, "not started (" + issue.status().name() + ")");
      case IN_PROGRESS -> new Part(W_NOT_STARTED * 0.3, null);
      default -> new Part(0, null);
    };
  }

  private Part cycle(IssueKey key) {
    return inCycle.contains(key)
        ? new Part(W_CYCLE, "part of a dependency cycle: nobody can finish first")
        : new Part(0, null);
  }

  private Set<String> otherTeams(Set<IssueKey> keys, @Nullable String ownTeam) {
    Set<String> teams = new TreeSet<>();
    for (IssueKey k : keys) {
      String team = graph.teamOf(k);
      if (team != null && !team.equals(ownTeam)) {
        teams.add(team);
      }
    }
    return teams;
  }

  private static String teamWords(GraphNode node) {
    if (!node.visible()) {
      return "not visible";
    }
    return node.team() == null ? "no team" : node.team();
  }
}
