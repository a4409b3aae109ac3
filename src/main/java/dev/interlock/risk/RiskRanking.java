package dev.interlock.risk;

import dev.interlock.graph.CycleFinding;
import dev.interlock.graph.DependencyGraph;
import dev.interlock.graph.DependencyGraphBuilder;
import dev.interlock.graph.GraphNode;
import dev.interlock.model.Commitment;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.Snapshot;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The agenda's ranking: every open, visible item that blocks or is blocked by another team's open
 * item, with its learned slip probability and reasons, ranked by risk weighted by impact:
 * probability × (1 + {@link #PER_WAITING_TEAM} × other teams waiting + {@link #PER_WAITING_ISSUE} ×
 * ln(1 + open issues waiting)). When history is too thin to learn from it falls back to {@link
 * FirstRiskScorer} and says so in {@link #warnings()}. Ties by key.
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
  private final @Nullable LearnedRiskScorer scorer;
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
    // Without change history there is no past to learn from: nothing is trained.
    this.scorer =
        snapshot.hasChangeHistory()
            ? new LearnedRiskScorer(snapshot, builder, asOf, LearnedRiskScorer.DEFAULT_HORIZON)
            : null;
  }

  /** False when the snapshot has no change history and the scores are the first risk score. */
  public boolean history() {
    return scorer != null;
  }

  /** Scores of every open cross-team item, riskiest (by weighted risk) first. */
  public List<RiskScore> ranked() {
    if (ranked == null) {
      if (scorer == null) {
        ranked = new FirstRiskScorer(graph, cycles, asOf).ranked();
      } else if (scorer.model().isEmpty()) {
        scorer
            .warnings()
            .forEach(
                w ->
                    warnings.add(
                        w + " The agenda ranks by the transparent first risk score instead."));
        ranked = new FirstRiskScorer(graph, cycles, asOf).ranked();
      } else {
        ranked = learned();
      }
    }
    return ranked;
  }

  /**
   * How the learned model was chosen and calibrated, in words ({@link LearnedRiskScorer#how()});
   * empty when history was too thin and the ranking is {@link FirstRiskScorer}'s.
   */
  public Optional<String> how() {
    return scorer == null ? Optional.empty() : scorer.how();
  }

  /** The outcomes known at the as-of time that the model learned from, or was too few to. */
  public KnownOutcomes knownOutcomes() {
    return scorer == null
        ? new KnownOutcomes(LocalDate.ofInstant(asOf, ZoneOffset.UTC), 0, 0, 0)
        : scorer.knownOutcomes();
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
      if (!node.visible() || !node.isOpen() || !waitsAcrossTeams(node.key()) || p.isEmpty()) {
        continue;
      }
      Set<IssueKey> waiting = graph.openDownstream(node.key());
      Optional<RiskScore> score = score(node, p.get(), waiting);
      score.ifPresent(
          s -> {
            all.add(s);
            weighted.put(s.key(), s.score() * impact(s.waitingIssues(), s.waitingTeams()));
          });
    }
    all.sort(
        Comparator.comparingDouble((RiskScore s) -> -weighted.get(s.key()))
            .thenComparing(RiskScore::key));
    return List.copyOf(all);
  }

  /**
   * An overdue item has already slipped: certainty, said first, not a prediction. An item without a
   * commitment of its own counts only when committed work waits on it, and says so; otherwise it is
   * left out (nothing has been promised around it). It is ranked by its score but shown without a
   * probability ({@link RiskScore#NO_COMMITMENT}): the backtest measures only items with a
   * commitment of their own, so a percentage for it would be one nobody has checked.
   */
  private Optional<RiskScore> score(GraphNode node, double p, Set<IssueKey> waiting) {
    Issue issue = Objects.requireNonNull(node.issue());
    int teams = otherTeams(waiting, node.team());
    Optional<Commitment> own = issue.commitment();
    List<String> reasons = new ArrayList<>();
    double score = p;
    String noProbability = null;
    if (own.isPresent()) {
      long days = ChronoUnit.DAYS.between(today(), own.get().date());
      if (days < 0) {
        score = 1.0;
        reasons.add(DueWords.of(own.get(), today()) + ": it has already slipped");
      } else if (days > LearnedRiskScorer.DEFAULT_HORIZON.toDays()) {
        noProbability = RiskScore.BEYOND_HORIZON;
      }
    } else {
      Optional<IssueKey> first = graph.earliestCommitted(waiting);
      if (first.isEmpty()) {
        return Optional.empty();
      }
      Commitment c = graph.requireNode(first.get()).commitment().orElseThrow();
      reasons.add(DueWords.borrowed(first.get(), c, today()));
      noProbability = RiskScore.NO_COMMITMENT;
    }
    reasons.addAll(scorer.reasons(node.key(), MAX_REASONS - reasons.size()));
    return Optional.of(
        new RiskScore(node.key(), score, reasons, waiting.size(), teams, noProbability));
  }

  private LocalDate today() {
    return LocalDate.ofInstant(asOf, ZoneOffset.UTC);
  }

  static double impact(int waitingIssues, int waitingTeams) {
    return 1 + PER_WAITING_TEAM * waitingTeams + PER_WAITING_ISSUE * Math.log1p(waitingIssues);
  }

  /** True when an open issue of another team (or of no team) blocks it or waits on it. */
  private boolean waitsAcrossTeams(IssueKey key) {
    return graph.blockersOf(key).stream()
            .anyMatch(d -> graph.isCrossTeam(d) && graph.requireNode(d.blocker()).isOpen())
        || graph.dependentsOf(key).stream()
            .anyMatch(d -> graph.isCrossTeam(d) && graph.requireNode(d.blocked()).isOpen());
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
