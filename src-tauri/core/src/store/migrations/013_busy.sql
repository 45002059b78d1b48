-- v13: the calendar files whose meetings hold reminders, and what a held
-- reminder last waited for (the person away, or busy: a meeting, Do Not Disturb,
-- a full-screen window), so that it says so when it comes.
CREATE TABLE calendars (
    path     TEXT PRIMARY KEY NOT NULL,
    added_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;

ALTER TABLE held_reminders ADD COLUMN waited_for TEXT NOT NULL DEFAULT 'away'
    CHECK (waited_for IN ('away', 'meeting', 'do_not_disturb', 'full_screen'));
