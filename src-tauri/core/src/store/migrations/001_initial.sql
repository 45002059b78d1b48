-- Aloud schema v1. Frozen: never edit a migration that has shipped; append a new one.
CREATE TABLE habits (
    id            TEXT PRIMARY KEY NOT NULL,
    name          TEXT NOT NULL,
    trigger_label TEXT NOT NULL,
    prompt        TEXT NOT NULL,
    time_secs     INTEGER NOT NULL CHECK (time_secs BETWEEN 0 AND 86399),
    weekdays      INTEGER NOT NULL CHECK (weekdays BETWEEN 1 AND 127),
    enabled       INTEGER NOT NULL DEFAULT 1 CHECK (enabled IN (0, 1)),
    archived      INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
    position      INTEGER NOT NULL,
    created_on    TEXT NOT NULL
) STRICT;

CREATE TABLE entries (
    habit_id  TEXT NOT NULL REFERENCES habits (id),
    day       TEXT NOT NULL,
    logged_at INTEGER NOT NULL,
    source    TEXT NOT NULL CHECK (source IN ('tray', 'notification', 'dashboard', 'cli')),
    note      TEXT,
    minutes   INTEGER CHECK (minutes BETWEEN 1 AND 240),
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;

CREATE INDEX entries_by_day ON entries (day);

CREATE TABLE skips (
    habit_id   TEXT NOT NULL REFERENCES habits (id),
    day        TEXT NOT NULL,
    skipped_at INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;

CREATE TABLE pauses (
    id        INTEGER PRIMARY KEY,
    starts_at INTEGER NOT NULL,
    ends_at   INTEGER NOT NULL,
    CHECK (ends_at > starts_at)
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
