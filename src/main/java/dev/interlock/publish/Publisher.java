package dev.interlock.publish;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.interlock.jira.JiraComments;
import dev.interlock.jira.JiraException;
import dev.interlock.state.StateException;
import dev.interlock.state.StateStore;
import dev.interlock.state.StateStore.PublishedComment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Performs a {@link PublishPlan}, one write at a time, and records each write in the store as soon
 * as Jira confirms it. Before it creates a comment it looks for its own (by author and the {@code
 * interlock} property), so a lost store, or a crash between Jira's answer and the store's write,
 * never makes a second comment: the rerun finds it and edits it, or leaves it when its digest
 * matches. A create that got no answer is not sent again: it is looked for, and if it is not there
 * yet the issue is reported and the next run looks again. A failure on one issue is recorded and
 * the others go on.
 */
public final class Publisher {
  private final JiraComments jira;
  private final StateStore store;
  private final String me;
  private final String version;
  private final @Nullable JsonNode visibility;
  private final Instant now;
  private final ObjectMapper json = new ObjectMapper();

  /** How the run went: writes done and the issues that failed, with the reason. */
  public record Outcome(int created, int updated, int deleted, int found, List<String> failures) {
    public Outcome {
      failures = List.copyOf(failures);
    }
  }

  public Publisher(
      JiraComments jira,
      StateStore store,
      String me,
      String version,
      @Nullable JsonNode visibility,
      Instant now) {
    this.jira = jira;
    this.store = store;
    this.me = me;
    this.version = version;
    this.visibility = visibility;
    this.now = now;
  }

  public Outcome apply(PublishPlan plan, @Nullable Long runId, String onLeave)
      throws StateException {
    int created = 0;
    int updated = 0;
    int deleted = 0;
    int found = 0;
    List<String> failures = new ArrayList<>();
    for (PublishPlan.Entry e : plan.entries()) {
      try {
        switch (e.action()) {
          case PublishPlan.UNCHANGED -> {}
          case PublishPlan.CREATE -> {
            Optional<JiraComments.Found> ours =
                jira.find(e.issueKey(), me, CommentBodies.meetingOf(e.issueId()));
            if (ours.isPresent()) {
              found++;
              if (!e.digest().equals(ours.get().property().path("digest").asText())) {
                jira.update(
                    e.issueKey(), ours.get().id(), e.body(), property(e, runId), visibility);
                updated++;
              }
              remember(e, ours.get().id(), runId);
            } else {
              created += create(e, runId, failures);
            }
          }
          case PublishPlan.UPDATE -> updated += update(e, runId, failures);
          case PublishPlan.LEAVE -> {
            if (onLeave.equals("delete")) {
              delete(e);
              deleted++;
            } else if (onLeave.equals("keep")) {
              store.forgetPublished(e.issueId());
            } else {
              updated += update(e, runId, failures);
            }
          }
          default -> throw new IllegalStateException("unknown action " + e.action());
        }
      } catch (JiraException x) {
        failures.add(e.issueKey() + ": " + x.getMessage());
      }
    }
    return new Outcome(created, updated, deleted, found, failures);
  }

  private int create(PublishPlan.Entry e, @Nullable Long runId, List<String> failures)
      throws JiraException, StateException {
    try {
      String id = jira.create(e.issueKey(), e.body(), property(e, runId), visibility);
      remember(e, id, runId);
      return 1;
    } catch (JiraException x) {
      if (x.status() != JiraException.NO_ANSWER) {
        throw x;
      }
      // Jira may have stored it: look, never resend blindly.
      Optional<JiraComments.Found> ours =
          jira.find(e.issueKey(), me, CommentBodies.meetingOf(e.issueId()));
      if (ours.isPresent()) {
        remember(e, ours.get().id(), runId);
        return 1;
      }
      failures.add(
          e.issueKey()
              + ": no answer to the create and no comment found yet; the next run looks again"
              + " before writing ("
              + x.getMessage()
              + ")");
      return 0;
    }
  }

  private int update(PublishPlan.Entry e, @Nullable Long runId, List<String> failures)
      throws JiraException, StateException {
    try {
      jira.update(e.issueKey(), e.commentId(), e.body(), property(e, runId), visibility);
      remember(e, e.commentId(), runId);
      return 1;
    } catch (JiraException x) {
      if (x.status() != 404) {
        throw x;
      }
      // The comment is gone (deleted by someone): look for another of ours, else create one.
      store.forgetPublished(e.issueId());
      Optional<JiraComments.Found> ours =
          jira.find(e.issueKey(), me, CommentBodies.meetingOf(e.issueId()));
      if (ours.isPresent()) {
        jira.update(e.issueKey(), ours.get().id(), e.body(), property(e, runId), visibility);
        remember(e, ours.get().id(), runId);
        return 1;
      }
      return create(e, runId, failures);
    }
  }

  private void delete(PublishPlan.Entry e) throws JiraException, StateException {
    try {
      jira.delete(e.issueKey(), e.commentId());
    } catch (JiraException x) {
      if (x.status() != 404) {
        throw x;
      }
    }
    store.forgetPublished(e.issueId());
  }

  private void remember(PublishPlan.Entry e, String commentId, @Nullable Long runId)
      throws StateException {
    store.recordPublished(
        new PublishedComment(e.issueId(), e.issueKey(), commentId, e.digest(), now), runId);
  }

  private JsonNode property(PublishPlan.Entry e, @Nullable Long runId) {
    ObjectNode p = json.createObjectNode();
    p.put("version", version);
    if (runId != null) {
      p.put("run", runId);
    }
    p.put("digest", e.digest());
    String meeting = CommentBodies.meetingOf(e.issueId());
    if (!meeting.isEmpty()) {
      p.put("meeting", meeting);
    }
    return p;
  }
}
