package dev.interlock.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.interlock.agenda.Agenda;
import dev.interlock.agenda.TeamLink;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeamMatrixTest {
  @Test
  void rowsAreWaitingTeamsColumnsAreBlockerTeamsInAgendaOrder() {
    TeamMatrix matrix = TeamMatrix.of(Agendas.small());

    assertThat(matrix.teams()).containsExactly("Catalog", "Checkout", "Payments");
    assertThat(matrix.rows())
        .containsExactly(
            new TeamMatrix.Row("Catalog", List.of(0, 1, 0)),
            new TeamMatrix.Row("Checkout", List.of(0, 0, 1)),
            new TeamMatrix.Row("Payments", List.of(1, 0, 0)));
  }

  @Test
  void teamsKnownOnlyFromLinksAreAddedAfterTheAgendaTeamsSorted() {
    Agenda small = Agendas.small();
    Agenda agenda =
        new Agenda(
            small.meeting(),
            List.of("Payments"),
            small.summary(),
            List.of(),
            List.of(),
            List.of(),
            small.riskBasis(),
            List.of(new TeamLink("Platform", "Payments", 2), new TeamLink("Data", "Payments", 1)),
            List.of(),
            List.of(),
            List.of(),
            dev.interlock.agenda.Analysis.empty(List.of("Payments")));

    TeamMatrix matrix = TeamMatrix.of(agenda);

    assertThat(matrix.teams()).containsExactly("Payments", "Data", "Platform");
    assertThat(matrix.rows().get(0)).isEqualTo(new TeamMatrix.Row("Payments", List.of(0, 1, 2)));
  }
}
