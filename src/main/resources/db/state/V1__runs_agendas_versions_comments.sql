-- Interlock's state store, schema version 1: what earlier runs saw and said.
-- Times are ISO-8601 UTC text (2026-11-16T02:00:00Z); dates are ISO-8601 (2026-11-20).

-- One row per recorded run of `interlock nightly` (a --dry-run records nothing).
CREATE TABLE run (
  id                INTEGER PRIMARY KEY AUTOINCREMENT,
  started_at        TEXT    NOT NULL,
  ended_at          TEXT,
  as_of             TEXT    NOT NULL,
  meeting           TEXT,             -- the meeting the agenda is for, when known
  config_digest     TEXT    NOT NULL, -- SHA-256 of the configuration file's bytes
  source            TEXT    NOT NULL, -- the site URL, or the snapshot folder read offline
  pull_mode         TEXT    NOT NULL, -- full | incremental | offline
  requests          INTEGER NOT NULL DEFAULT 0,
  issues            INTEGER,
  teams             INTEGER,
  dependencies      INTEGER,
  cross_team        INTEGER,
  cycles            INTEGER,
  agenda_items      INTEGER,
  exit_code         INTEGER,
  interlock_version TEXT    NOT NULL
);

-- Per run and team: pulled (with its issue count), failed (with the reason), or read offline.
CREATE TABLE run_team (
  run_id  INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  team    TEXT    NOT NULL,
  outcome TEXT    NOT NULL,
  issues  INTEGER,
  reason  TEXT,
  PRIMARY KEY (run_id, team)
);

-- Every item of the run's agenda: where it stood, how risky, and a digest of its reasons.
CREATE TABLE agenda_item (
  run_id         INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  section        TEXT    NOT NULL,  -- riskiest | team question (e.g. "Payments/blocked") | cycle
  position       INTEGER NOT NULL,  -- 1-based rank within the section
  issue_id       TEXT,
  issue_key      TEXT    NOT NULL,
  risk           REAL,
  reasons_digest TEXT    NOT NULL,
  PRIMARY KEY (run_id, section, position)
);
CREATE INDEX agenda_item_by_key ON agenda_item (issue_key, run_id);

-- Every finding of the run's analyses.
CREATE TABLE finding (
  run_id   INTEGER NOT NULL REFERENCES run(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind     TEXT    NOT NULL,
  severity TEXT    NOT NULL,
  issues   TEXT    NOT NULL,  -- the issue keys, space-separated, sorted
  teams    TEXT    NOT NULL,  -- the team names, comma-separated, sorted
  digest   TEXT    NOT NULL,
  PRIMARY KEY (run_id, position)
);

-- The fix versions as each pull saw them. Jira keeps no history of a version's release date, so
-- one row per distinct state with when it was first and last seen tells a later model what was
-- known on a date.
CREATE TABLE fix_version_seen (
  project      TEXT    NOT NULL,
  version_id   TEXT    NOT NULL,
  name         TEXT    NOT NULL,
  release_date TEXT    NOT NULL DEFAULT '',  -- '' when the version had no date
  released     INTEGER NOT NULL,
  first_seen   TEXT    NOT NULL,
  last_seen    TEXT    NOT NULL,
  PRIMARY KEY (project, version_id, name, release_date, released)
);

-- Interlock's own comment on each issue (filled by `interlock publish`).
CREATE TABLE published_comment (
  issue_id     TEXT    PRIMARY KEY,
  issue_key    TEXT    NOT NULL,
  comment_id   TEXT    NOT NULL,
  digest       TEXT    NOT NULL,
  last_written TEXT    NOT NULL,
  run_id       INTEGER
);
