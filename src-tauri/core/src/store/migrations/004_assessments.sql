-- v4: the mindset self-assessment (every attempt kept, a draft in progress) and the
-- retake reminders shown.
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
