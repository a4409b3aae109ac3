package dev.interlock.report;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.AgendaItem;
import dev.interlock.agenda.Analysis;
import dev.interlock.agenda.ChainItem;
import dev.interlock.agenda.CycleItem;
import dev.interlock.agenda.Dsm;
import dev.interlock.agenda.EdgeRef;
import dev.interlock.agenda.FindingItem;
import dev.interlock.agenda.ImpactItem;
import dev.interlock.agenda.IssueRef;
import dev.interlock.agenda.MeetingInfo;
import dev.interlock.agenda.Question;
import dev.interlock.agenda.QuestionAnswer;
import dev.interlock.agenda.RelayItem;
import dev.interlock.agenda.RiskBasis;
import dev.interlock.agenda.RiskItem;
import dev.interlock.agenda.Summary;
import dev.interlock.agenda.TeamLink;
import dev.interlock.agenda.TeamSection;
import dev.interlock.graph.MeetingSplit;
import dev.interlock.graph.TeamBottleneck;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Agendas built by hand for the report tests. {@link #small()}: three teams whose issues PAY-5,
 * CHK-9 and CAT-2 block each other in a circle, CHK-9 also blocked by OPS-1 (no team, outside the
 * snapshot), CAT-7 (done) a soft dependency of PAY-5; two risk items scored by a learned model
 * ({@link #LEARNED}); one summary in German and Japanese, one that tries to inject HTML and
 * Markdown.
 */
final class Agendas {
  static final String HOSTILE = "<script>alert(\"x\")</script> | *bold* [link](x)";
  static final String NON_ASCII = "Währungsumrechnung — ¥/€ 対応";

  static final IssueRef PAY_5 =
      new IssueRef(
          "PAY-5",
          NON_ASCII,
          "Payments",
          "In Progress",
          "indeterminate",
          LocalDate.of(2026, 11, 20),
          "Sprint 14",
          true);
  static final IssueRef CHK_9 =
      new IssueRef("CHK-9", HOSTILE, "Checkout", "To Do", "new", null, null, true);
  static final IssueRef CAT_2 =
      new IssueRef(
          "CAT-2",
          "Price feed A & B",
          "Catalog",
          "In Review",
          "indeterminate",
          LocalDate.of(2026, 11, 27),
          "Release 2.3",
          true);
  static final IssueRef CAT_7 =
      new IssueRef("CAT-7", "Search index rebuild", "Catalog", "Done", "done", null, null, true);
  static final IssueRef OPS_1 =
      new IssueRef(
          "OPS-1",
          "Firewall rule for \"payments\" \\ gateway",
          null,
          "Open",
          "new",
          null,
          null,
          false);

  /** Scores learned from 412 known outcomes of 180 items, 97 outcomes slipped (23.5%). */
  static final RiskBasis LEARNED =
      new RiskBasis(
          true,
          LocalDate.of(2026, 11, 16),
          412,
          97,
          180,
          "compact features, λ = 3.0, chosen by log-loss 0.452 on 104 validation rows"
              + " (newest moments); Platt a = 0.95, b = -0.12",
          40,
          8,
          true);

  /** Too little history for a model: 12 known outcomes of 7 items, 3 outcomes slipped. */
  static final RiskBasis THIN =
      new RiskBasis(false, LocalDate.of(2026, 11, 16), 12, 3, 7, null, 40, 8, true);

  private Agendas() {}

  static Agenda small() {
    return small(LEARNED);
  }

  /** {@link #small()} with its risk scores coming from {@code basis}. */
  static Agenda small(RiskBasis basis) {
    return new Agenda(
        new MeetingInfo(
            "Checkout train",
            Instant.parse("2026-11-16T08:00:00Z"),
            30,
            5,
            7,
            "offline",
            null,
            null,
            "the last 7 days"),
        List.of("Catalog", "Checkout", "Payments"),
        new Summary(
            5, 3, 7, 5, 1, 7, Map.of("unmapped link type", 2L, "done before the window", 3L)),
        List.of(catalog(), checkout(), payments()),
        List.of(
            new CycleItem(
                List.of(CAT_2, CHK_9, PAY_5),
                List.of("PAY-5", "CHK-9", "CAT-2"),
                List.of("Catalog", "Checkout", "Payments"),
                "each waits on the next; nobody can finish first")),
        List.of(
            new RiskItem(
                1,
                CHK_9,
                0.8125,
                List.of(
                    "in a cycle with 2 other teams", "blocked by an issue outside the snapshot"),
                List.of(PAY_5, OPS_1),
                List.of(CAT_2)),
            new RiskItem(
                2, PAY_5, 0.625, List.of("commitment in 4 days"), List.of(CAT_2), List.of(CHK_9))),
        basis,
        List.of(
            new TeamLink("Catalog", "Payments", 1),
            new TeamLink("Checkout", "Catalog", 1),
            new TeamLink("Payments", "Checkout", 1)),
        List.of(
            new EdgeRef("PAY-5", "CHK-9", "Blocks", true),
            new EdgeRef("CHK-9", "CAT-2", "Blocks", true),
            new EdgeRef("CAT-2", "PAY-5", "Blocks", true),
            new EdgeRef("CAT-7", "PAY-5", "Relates", false),
            new EdgeRef("OPS-1", "CHK-9", "Blocks", true)),
        List.of(CAT_2, CAT_7, CHK_9, OPS_1, PAY_5),
        List.of(
            "link type \"Cloners\" is not mapped; 2 links ignored",
            "OPS-1 is outside the snapshot (project OPS is not pulled)"),
        analysis());
  }

  /**
   * The analysis of {@link #small()}: the cycle, a schedule conflict, 6 no-commitment lints (one
   * more than is shown), one chain behind PAY-5 that is 3 days short, CHK-9 waited on by two.
   */
  static Analysis analysis() {
    List<FindingItem> findings = new ArrayList<>();
    findings.add(
        new FindingItem(
            "CYCLE",
            "CYCLES",
            "HIGH",
            List.of("CAT-2", "CHK-9", "PAY-5"),
            List.of("Catalog", "Checkout", "Payments"),
            "PAY-5 → CHK-9 → CAT-2 → PAY-5: nobody can finish first."));
    findings.add(
        new FindingItem(
            "SCHEDULE_CONFLICT",
            "SCHEDULE",
            "HIGH",
            List.of("CAT-2", "PAY-5"),
            List.of("Catalog", "Payments"),
            "CAT-2 (Catalog) is planned for Release 2.3 on 2026-11-27, after PAY-5 (Payments)"
                + " needs it by 2026-11-20 (Sprint 14 ends)."));
    for (int i = 1; i <= 6; i++) {
      findings.add(
          new FindingItem(
              "NO_COMMITMENT",
              "LINT",
              "LOW",
              List.of("CHK-" + i, "OPS-" + i),
              List.of("Checkout"),
              "OPS-" + i + " waits on CHK-" + i + " and neither has a date."));
    }
    return new Analysis(
        Map.of("CYCLE", 1, "SCHEDULE_CONFLICT", 1, "NO_COMMITMENT", 6),
        findings,
        List.of(
            new ChainItem(
                PAY_5,
                "Sprint 14",
                LocalDate.of(2026, 11, 20),
                List.of("OPS-1", "CHK-9", "PAY-5"),
                List.of("(no team)", "Checkout", "Payments"),
                7,
                -3),
            new ChainItem(
                CHK_9,
                "due date",
                LocalDate.of(2026, 11, 30),
                List.of("PAY-5", "CHK-9"),
                List.of("Payments", "Checkout"),
                5,
                9)),
        List.of(new ImpactItem(CHK_9, 2, List.of("Catalog", "Payments"), 1)),
        List.of(new TeamBottleneck("Checkout", 1.0, 1, 1)),
        List.of(new RelayItem(CHK_9, 2, 1, 2)),
        new Dsm(
            List.of("Catalog", "Checkout"),
            List.of(
                new Dsm.Row("Catalog", List.of(new Dsm.Cell(0, null), new Dsm.Cell(1, 0.8125))),
                new Dsm.Row("Checkout", List.of(new Dsm.Cell(1, null), new Dsm.Cell(0, null))))),
        new MeetingSplit(false, 7, List.of(), List.of()),
        Map.of("Payments", 4),
        5,
        14);
  }

  /** An agenda with nothing in it: no items, cycles, links or warnings. */
  static Agenda empty() {
    return new Agenda(
        new MeetingInfo(
            "Quiet week",
            Instant.parse("2026-11-16T08:00:00Z"),
            15,
            5,
            7,
            "offline",
            null,
            null,
            "the last 7 days"),
        List.of(),
        new Summary(0, 0, 0, 0, 0, 0, Map.of()),
        List.of(),
        List.of(),
        List.of(),
        new RiskBasis(false, LocalDate.of(2026, 11, 16), 0, 0, 0, null, 40, 8, true),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        Analysis.empty(List.of()));
  }

  private static TeamSection catalog() {
    return new TeamSection(
        "Catalog",
        List.of(
            answer(
                Question.DONE_AFFECTING_OTHERS,
                0,
                new AgendaItem(CAT_7, List.of(PAY_5), "finished 2 days ago; Payments can start")),
            answer(
                Question.NEXT_AFFECTING_OTHERS,
                2,
                new AgendaItem(CAT_2, List.of(PAY_5), "next in Release 2.3")),
            answer(
                Question.BLOCKED_BY_OTHERS,
                0,
                new AgendaItem(CAT_2, List.of(CHK_9), "waits on Checkout")),
            answer(Question.ABOUT_TO_BLOCK_OTHERS, 0)));
  }

  private static TeamSection checkout() {
    return new TeamSection(
        "Checkout",
        List.of(
            answer(Question.DONE_AFFECTING_OTHERS, 0),
            answer(Question.NEXT_AFFECTING_OTHERS, 0),
            answer(
                Question.BLOCKED_BY_OTHERS,
                0,
                new AgendaItem(CHK_9, List.of(PAY_5, OPS_1), "waits on Payments and OPS")),
            answer(
                Question.ABOUT_TO_BLOCK_OTHERS,
                0,
                new AgendaItem(CHK_9, List.of(CAT_2), "not started; Catalog needs it"))));
  }

  private static TeamSection payments() {
    return new TeamSection(
        "Payments",
        List.of(
            answer(Question.DONE_AFFECTING_OTHERS, 0),
            answer(
                Question.NEXT_AFFECTING_OTHERS,
                0,
                new AgendaItem(PAY_5, List.of(), "due in 4 days")),
            answer(
                Question.BLOCKED_BY_OTHERS,
                0,
                new AgendaItem(PAY_5, List.of(CAT_2), "waits on Catalog")),
            answer(
                Question.ABOUT_TO_BLOCK_OTHERS,
                0,
                new AgendaItem(PAY_5, List.of(CHK_9), "Checkout waits on it"))));
  }

  private static QuestionAnswer answer(Question question, int more, AgendaItem... items) {
    return new QuestionAnswer(question, List.of(items), more);
  }
}
