package dev.interlock.risk;

import dev.interlock.model.HistoryEvent;
import dev.interlock.model.Issue;
import dev.interlock.model.IssueKey;
import dev.interlock.model.IssueLink;
import dev.interlock.model.LinkType;
import dev.interlock.model.Snapshot;
import dev.interlock.model.Sprint;
import dev.interlock.model.Status;
import dev.interlock.model.StatusCategory;
import dev.interlock.model.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * What a changelog names only by id or text, looked up in a snapshot's current fields: the category
 * of each status name, fix versions by id, sprints by id and link types by verb. Jira's changelog
 * says "status went from Open to Resolved" but not which category Open is; the catalog answers from
 * the statuses issues carry now.
 */
final class ReplayCatalog {
  private final Map<String, StatusCategory> statuses = new HashMap<>();
  private final Map<String, Version> versions = new HashMap<>();
  private final Map<Long, Sprint> sprints = new HashMap<>();
  private final Map<String, LinkType> typesByName = new TreeMap<>();
  private final Map<IssueKey, Instant> created = new HashMap<>();
  private final Map<IssueKey, IssueKey> moved = new HashMap<>();

  ReplayCatalog(Snapshot snapshot) {
    snapshot.linkTypes().forEach(t -> typesByName.put(t.name(), t));
    snapshot.issues().forEach(this::learn);
  }

  private void learn(Issue issue) {
    created.put(issue.key(), issue.created());
    for (HistoryEvent e : issue.history()) {
      if (e.field().equals(KEY_FIELD)) {
        formerKey(e.fromText()).ifPresent(old -> moved.putIfAbsent(old, issue.key()));
        formerKey(e.from()).ifPresent(old -> moved.putIfAbsent(old, issue.key()));
      }
    }
    statuses.put(lower(issue.status().name()), issue.status().category());
    issue.fixVersions().forEach(v -> versions.put(v.id(), v));
    issue.sprints().forEach(s -> sprints.put(s.id(), s));
    for (IssueLink link : issue.links()) {
      typesByName.putIfAbsent(link.type().name(), link.type());
      Status other = link.other().status();
      if (other != null) {
        statuses.putIfAbsent(lower(other.name()), other.category());
      }
    }
  }

  /** The status by name, its category from the snapshot or, for names no issue has now, guessed. */
  Status status(String name) {
    StatusCategory known = statuses.get(lower(name));
    return new Status(name, known != null ? known : guessCategory(name));
  }

  static StatusCategory guessCategory(String name) {
    String n = lower(name);
    if (n.equals("resolved") || n.equals("closed") || n.equals("done")) {
      return StatusCategory.DONE;
    }
    if (n.equals("open") || n.equals("to do") || n.equals("reopened") || n.equals("backlog")) {
      return StatusCategory.TO_DO;
    }
    return StatusCategory.IN_PROGRESS;
  }

  /** The changelog field Jira records a move to another project under: old key to new key. */
  static final String KEY_FIELD = "Key";

  private static Optional<IssueKey> formerKey(@Nullable String text) {
    return text != null && IssueKey.isKey(text.strip())
        ? Optional.of(IssueKey.parse(text.strip()))
        : Optional.empty();
  }

  /**
   * The key an issue of the snapshot has now, for a key it had before a move (its own changelog
   * records each move as a {@code Key} change); any other key is returned as it is. A key that is
   * still an issue's current key is never read as a former one.
   */
  IssueKey currentKey(IssueKey key) {
    if (created.containsKey(key)) {
      return key;
    }
    return moved.getOrDefault(key, key);
  }

  /** True when {@code key} is an issue of the snapshot that was created after {@code t}. */
  boolean createdAfter(IssueKey key, Instant t) {
    Instant c = created.get(key);
    return c != null && c.isAfter(t);
  }

  /** When {@code key} was created, if it is an issue of the snapshot. */
  Optional<java.time.Instant> created(dev.interlock.model.IssueKey key) {
    return Optional.ofNullable(created.get(key));
  }

  /** The fix version by id; one no issue carries now keeps its name and has no release date. */
  Version version(String id, String name) {
    Version v = versions.get(id);
    return v != null ? v : new Version(id, name, null, false);
  }

  /** The sprint by id; one no issue is in now is known only by its name. */
  Sprint sprint(long id, String name) {
    Sprint s = sprints.get(id);
    return s != null
        ? s
        : new Sprint(id, name, dev.interlock.model.SprintState.CLOSED, null, null, null);
  }

  /** The link type whose outward or inward verb is {@code verb}, outward first, by type name. */
  Optional<IssueLinkVerb> verb(String verb) {
    for (LinkType t : typesByName.values()) {
      if (t.outward().equalsIgnoreCase(verb)) {
        return Optional.of(new IssueLinkVerb(t, true));
      }
    }
    for (LinkType t : typesByName.values()) {
      if (t.inward().equalsIgnoreCase(verb)) {
        return Optional.of(new IssueLinkVerb(t, false));
      }
    }
    return Optional.empty();
  }

  /** A link type with the side of it a verb names. */
  record IssueLinkVerb(LinkType type, boolean outward) {}

  List<LinkType> linkTypes() {
    return List.copyOf(typesByName.values());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
