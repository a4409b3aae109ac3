package dev.interlock.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A team and how to recognise its issues: by project key, component or label. {@code jql} is used
 * by the live source to pull the team's issues; offline it cannot be evaluated.
 */
public record Team(
    String name,
    List<String> projects,
    List<String> components,
    List<String> labels,
    @Nullable String jql) {

  public Team {
    if (name.isBlank()) {
      throw new IllegalArgumentException("team name is blank");
    }
    projects = List.copyOf(projects);
    components = List.copyOf(components);
    labels = List.copyOf(labels);
  }
}
