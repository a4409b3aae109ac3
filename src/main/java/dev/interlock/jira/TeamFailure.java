package dev.interlock.jira;

/** A team whose pull failed after retries; what was pulled before the failure is kept. */
public record TeamFailure(String team, int issuesPulled, JiraException error) {

  /** {@code "Payments: Jira answered 500 for POST …"}. */
  public String describe() {
    return team
        + ": pull failed after "
        + issuesPulled
        + " issues, so its work is incomplete: "
        + error.getMessage();
  }
}
