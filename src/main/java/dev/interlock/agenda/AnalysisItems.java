package dev.interlock.agenda;

import dev.interlock.graph.AnalysisOptions;
import dev.interlock.graph.AnalysisResult;
import dev.interlock.graph.BlockingChain;
import dev.interlock.graph.DependencyMatrix;
import dev.interlock.graph.Finding;
import dev.interlock.graph.MatrixCell;
import dev.interlock.model.IssueKey;
import dev.interlock.risk.RiskScore;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Turns the graph's {@link AnalysisResult} into the agenda's {@link Analysis}. */
final class AnalysisItems {
  private final IssueRefs refs;
  private final Map<IssueKey, Double> risk = new HashMap<>();

  AnalysisItems(IssueRefs refs, List<RiskScore> ranked) {
    this.refs = refs;
    ranked.forEach(s -> risk.put(s.key(), s.score()));
  }

  Analysis of(AnalysisResult result, AnalysisOptions options) {
    Map<String, Integer> counts = new TreeMap<>();
    result.findings().forEach(f -> counts.merge(f.kind().name(), 1, Integer::sum));
    return new Analysis(
        counts,
        result.findings().stream().map(AnalysisItems::finding).toList(),
        result.chains().stream().map(this::chain).toList(),
        result.impact().stream()
            .map(
                i ->
                    new ImpactItem(
                        refs.of(i.blocker()), i.waitingIssues(), i.otherTeams(), i.committedSoon()))
            .toList(),
        result.teamBottlenecks(),
        result.relays().stream()
            .map(r -> new RelayItem(refs.of(r.key()), r.blockedBy(), r.blocking(), r.paths()))
            .toList(),
        dsm(result.matrix()),
        result.split(),
        result.leadTimes(),
        options.defaultLeadTimeDays(),
        options.impactHorizonDays());
  }

  private static FindingItem finding(Finding f) {
    return new FindingItem(
        f.kind().name(),
        f.kind().category().name(),
        f.severity().name(),
        f.issues().stream().map(IssueKey::toString).toList(),
        f.teams(),
        f.reason());
  }

  private ChainItem chain(BlockingChain c) {
    return new ChainItem(
        refs.of(c.item()),
        c.commitment().label(),
        c.commitment().date(),
        c.path().stream().map(IssueKey::toString).toList(),
        c.teams(),
        c.daysNeeded(),
        c.slackDays());
  }

  private Dsm dsm(DependencyMatrix matrix) {
    List<Dsm.Row> rows = new ArrayList<>();
    for (String waiting : matrix.teams()) {
      List<Dsm.Cell> cells = new ArrayList<>();
      for (String blocker : matrix.teams()) {
        cells.add(cell(matrix, waiting, blocker));
      }
      rows.add(new Dsm.Row(waiting, cells));
    }
    return new Dsm(matrix.teams(), rows);
  }

  private Dsm.Cell cell(DependencyMatrix matrix, String waiting, String blocker) {
    for (MatrixCell c : matrix.cells()) {
      if (c.waiting().equals(waiting) && c.blocker().equals(blocker)) {
        Double worst =
            c.waitingIssues().stream()
                .map(risk::get)
                .filter(java.util.Objects::nonNull)
                .max(Double::compare)
                .orElse(null);
        return new Dsm.Cell(c.open(), worst);
      }
    }
    return new Dsm.Cell(0, null);
  }
}
