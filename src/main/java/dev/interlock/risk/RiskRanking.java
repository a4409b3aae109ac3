package dev.interlock.risk;

import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The agenda's ranking: every open, visible item that blocks or is blocked by another team, with
 * its learned slip probability and reasons, ranked by risk weighted by impact: probability × (1 +
 * {@link #PER_WAITING_TEAM} × other teams waiting + {@link #PER_WAITING_ISSUE} × ln(1 + open issues
 * waiting)). When history is too thin to learn from it falls back to {@link FirstRiskScorer} and
 * says so in {@link #warnings()}. Ties by key.
 */
public final class RiskRanking {
  /** Impact weight of each other team waiting downstream. */
  public static final double PER_WAITING_TEAM = 0.5;

  /** Impact weight of ln(1 + open issues waiting downstream). */
  public static final double PER_WAITING_ISSUE = 0.25;

  /** Reasons shown per item. */
  public static final int MAX_REASONS = 3;

  private final DependencyGraph graph;
  private final List<CycleFinding> cycles;
  private final LearnedRiskScorer scorer;
  private final Instant asOf;
  private @Nullable List<RiskScore> ranked;
  private final List<String> warnings = new ArrayList<>();

  public RiskRanking(
      Snapshot snapshot,
      DependencyGraph graph,
      List<CycleFinding> cycles,
      DependencyGraphBuilder builder,
      Instant asOf) {
    this.graph = graph;
    this.cycles = List.copyOf(cycles);
    this.asOf = asOf;
    this.scorer = new LearnedRiskScorer(snapshot, builder, asOf, LearnedRiskScorer.DEFAULT_HORIZON);
  }

  /** Scores of every open cross-team item, riskiest (by weighted risk) first. */
  public List<RiskScore> ranked() {
    if (ranked == null) {
      if (scorer.model().isEmpty()) {
        warnings.addAll(scorer.warnings());
        warnings.add("the agenda ranks by the transparent first risk score instead.");
        ranked = new FirstRiskScorer(graph, cycles, asOf).ranked();
      } else {
        ranked = learned();
      }
    }
    return ranked;
  }

  /** What the reader should know about the ranking, e.g. that history was too thin. */
  public List<String> warnings() {
    ranked();
    return List.copyOf(warnings);
  }

  private List<RiskScore> learned() {
    Map<IssueKey, Double> weighted = new TreeMap<>();
    List<RiskScore> all = new ArrayList<>();
    for (GraphNode node : graph.nodes()) {
      Optional<Double> p = scorer.probability(node.key());
      if (node.visible() && node.isOpen() && touchesOtherTeam(node.key()) && p.isPresent()) {
        Set<IssueKey> waiting = graph.openDownstream(node.key());
        int teams = otherTeams(waiting, node.team());
        all.add(
            new RiskScore(
                node.key(),
                p.get(),
                scorer.reasons(node.key(), MAX_REASONS),
                waiting.size(),
                teams));
        weighted.put(node.key(), p.get() * impact(waiting.size(), teams));
      }
    }
    all.sort(
        Comparator.comparingDouble((RiskScore s) -> -weighted.get(s.key()))
            .thenComparing(RiskScore::key));
    return List.copyOf(all);
  }

  static double impact(int waitingIssues, int waitingTeams) {
    return 1 + PER_WAITING_TEAM * waitingTeams + PER_WAITING_ISSUE * Math.log1p(waitingIssues);
  }

  private boolean touchesOtherTeam(IssueKey key) {
    return graph.blockersOf(key).stream().anyMatch(graph::isCrossTeam)
        || graph.dependentsOf(key).stream().anyMatch(graph::isCrossTeam);
  }

  private int otherTeams(Set<IssueKey> keys, @Nullable String ownTeam) {
    Set<String> teams = new TreeSet<>();
    for (IssueKey k : keys) {
      String team = graph.teamOf(k);
      if (team != null && !team.equals(ownTeam)) {
        teams.add(team);
      }
    }
    return teams.size();
  }
}
