package dev.interlock.sample;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/** The Cloud sprint custom field ({@code customfield_10020}): every sprint the issue was in. */
final class SprintField {
  static final String ID = "customfield_10020";

  private SprintField() {}

  static void write(JsonGenerator g, ProjectPlan project, Life life) throws IOException {
    if (life.firstSprint() == ProjectPlan.NONE) {
      g.writeNullField(ID);
      return;
    }
    g.writeArrayFieldStart(ID);
    for (SprintPlan sprint : project.sprints().subList(life.firstSprint(), life.lastSprint() + 1)) {
      g.writeStartObject();
      g.writeNumberField("id", sprint.id());
      g.writeStringField("name", sprint.name());
      g.writeStringField("state", sprint.state());
      g.writeNumberField("boardId", sprint.boardId());
      g.writeStringField("goal", sprint.goal());
      g.writeStringField("startDate", JiraJson.sprintTime(sprint.start()));
      g.writeStringField("endDate", JiraJson.sprintTime(sprint.end()));
      if (sprint.complete() != null) {
        g.writeStringField("completeDate", JiraJson.sprintTime(sprint.complete()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
