-- v2: the need a check-in served (iceberg view), the reminder log, persisted snoozes.
ALTER TABLE entries ADD COLUMN need TEXT
    CHECK (need IN ('information', 'help', 'belonging', 'recognition', 'purpose'));

CREATE TABLE reminders (
    habit_id TEXT NOT NULL REFERENCES habits (id),
    day      TEXT NOT NULL,
    outcome  TEXT NOT NULL CHECK (outcome IN ('on_time', 'late', 'missed')),
    at       INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE snoozes (
    habit_id TEXT NOT NULL REFERENCES habits (id),
    day      TEXT NOT NULL,
    until    INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;

-- Stats read only (habit, day, minutes) for years of history; a covering index keeps
-- that scan off the wide rows that carry notes.
CREATE INDEX entries_done_days ON entries (habit_id, day, minutes);
