-- v6: prompts that wait for the person.
-- The latest local time (seconds from midnight) a habit's reminder may still be
-- shown; NULL means its time plus the catch-up window.
ALTER TABLE habits ADD COLUMN latest_secs INTEGER
    CHECK (latest_secs IS NULL OR latest_secs BETWEEN 0 AND 86399);

-- Reminders that came due while the person was away, waiting to be shown when they
-- are back (once; then they move to `reminders`, as shown or missed).
CREATE TABLE held_reminders (
    habit_id TEXT NOT NULL REFERENCES habits (id),
    day      TEXT NOT NULL,
    due_at   INTEGER NOT NULL,
    late     INTEGER NOT NULL CHECK (late IN (0, 1)),
    held_at  INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;
