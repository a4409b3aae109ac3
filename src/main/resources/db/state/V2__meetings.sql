-- Schema version 2: what each meeting's agenda held, so the next agenda can say what is new, what
-- is still on since when, and what to escalate. One record per scheduled meeting: a rerun before the
-- same meeting replaces it. Times are ISO-8601 UTC text.

CREATE TABLE meeting (
  meeting     TEXT    PRIMARY KEY,  -- the scheduled meeting the agenda was for
  as_of       TEXT    NOT NULL,     -- the moment that agenda described
  recorded_at TEXT    NOT NULL,
  run_id      INTEGER REFERENCES run(id) ON DELETE SET NULL
);

-- The topics of that agenda: riskiest items, cycles and open action items.
CREATE TABLE meeting_topic (
  meeting  TEXT    NOT NULL REFERENCES meeting(meeting) ON DELETE CASCADE,
  kind     TEXT    NOT NULL,  -- riskiest | cycle | action
  topic    TEXT    NOT NULL,  -- the issue key; for a cycle its keys sorted, space-separated
  risk     REAL,              -- the riskiest item's score then
  date     TEXT,              -- its commitment, or the action item's due date, then (ISO date)
  open     INTEGER NOT NULL,
  PRIMARY KEY (meeting, kind, topic)
);
