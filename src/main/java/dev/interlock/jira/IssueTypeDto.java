package dev.interlock.jira;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.jspecify.annotations.Nullable;

/** {@code fields.issuetype}; Cloud adds {@code hierarchyLevel} (1 for epics). */
@JsonIgnoreProperties(ignoreUnknown = true)
public record IssueTypeDto(
    @Nullable String id, @Nullable String name, boolean subtask, @Nullable Integer hierarchyLevel) {

  private static final int EPIC_LEVEL = 1;

  /** True for the epic level: Cloud's {@code hierarchyLevel} 1, or a type named "Epic". */
  public boolean isEpic() {
    return (hierarchyLevel != null && hierarchyLevel == EPIC_LEVEL)
        || "Epic".equalsIgnoreCase(name);
  }
}
