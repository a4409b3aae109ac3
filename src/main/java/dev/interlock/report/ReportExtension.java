package dev.interlock.report;

import dev.interlock.agenda.ActionItem;
import dev.interlock.agenda.CycleItem;
import dev.interlock.agenda.Escalation;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.ItemDelta;
import dev.interlock.agenda.RiskBasis;
import dev.interlock.agenda.Summary;
import io.pebbletemplates.pebble.extension.AbstractExtension;
import io.pebbletemplates.pebble.extension.Filter;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** The filters the agenda templates use; each one calls {@link Phrases}. */
final class ReportExtension extends AbstractExtension {
  private final IssueLinks issueLinks;

  /** {@code issueLinks}: the {@code jira} filter for the templates' output format. */
  ReportExtension(IssueLinks issueLinks) {
    this.issueLinks = issueLinks;
  }

  @Override
  public Map<String, Filter> getFilters() {
    return Map.ofEntries(
        Map.entry("jira", issueLinks),
        filter("iso", Instant.class, Phrases::instant),
        filter("percent", Double.class, Phrases::percent),
        filter("risk", Double.class, Phrases::riskLevel),
        filter("slipShare", RiskBasis.class, b -> Phrases.share(b.slipped(), b.outcomes())),
        filter("teamOf", IssueRef.class, Phrases::owner),
        filter("kind", IssueRef.class, issue -> Phrases.statusKind(issue.statusCategory())),
        filter("commitment", IssueRef.class, Phrases::commitment),
        filter("statusLine", IssueRef.class, Phrases::statusLine),
        filter("names", List.class, Phrases::names),
        filter("refs", List.class, Phrases::refs),
        filter("walk", CycleItem.class, Phrases::cyclePath),
        filter("counts", Summary.class, Phrases::counts),
        filter("skipped", Summary.class, summary -> Phrases.skipped(summary.skipped())),
        filter("delta", ItemDelta.class, MemoryPhrases::delta),
        filter("actionItem", ActionItem.class, MemoryPhrases::actionItem),
        filter("escalation", Escalation.class, MemoryPhrases::escalation));
  }

  private static <T> Map.Entry<String, Filter> filter(
      String name, Class<T> type, java.util.function.Function<T, ?> function) {
    return Map.entry(name, new TextFilter<>(type, function));
  }
}
