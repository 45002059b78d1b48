-- v4: the mindset self-assessment (every attempt kept, a draft in progress), the
-- retake reminders shown, and the app's own notes to itself (one-time hints).
CREATE TABLE assessments (
    id         INTEGER PRIMARY KEY,
    taken_at   INTEGER NOT NULL,
    instrument INTEGER NOT NULL DEFAULT 1,
    -- Twenty digits 1–5, one per statement in the instrument's order.
    answers    TEXT NOT NULL CHECK (length(answers) = 20 AND answers NOT GLOB '*[^1-5]*'),
    UNIQUE (taken_at, answers)
) STRICT;

-- The questionnaire in progress, so it can be left and resumed: '0' = not answered yet.
CREATE TABLE assessment_draft (
    id       INTEGER PRIMARY KEY CHECK (id = 1),
    answers  TEXT NOT NULL CHECK (length(answers) = 20 AND answers NOT GLOB '*[^0-5]*'),
    saved_at INTEGER NOT NULL
) STRICT;

CREATE TABLE retake_reminders (
    due      INTEGER PRIMARY KEY,
    shown_at INTEGER NOT NULL
) STRICT;

-- What the app has already told the person (e.g. the no-tray hint); never exported.
CREATE TABLE app_state (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;
