package dev.interlock.jira;

import dev.interlock.model.Issue;
import dev.interlock.model.Skip;
import java.util.List;
import java.util.Optional;

/**
 * What {@link IssueMapper} made of one wire issue: the issue, unless something required was
 * missing, and everything it left out on the way, in the order met.
 */
public record MappedIssue(Optional<Issue> issue, List<Skip> skipped) {
  public MappedIssue {
    skipped = List.copyOf(skipped);
  }

  static MappedIssue of(Issue issue, List<Skip> skipped) {
    return new MappedIssue(Optional.of(issue), skipped);
  }

  static MappedIssue skipped(String reason, String subject) {
    return new MappedIssue(Optional.empty(), List.of(new Skip(reason, subject)));
  }
}
