-- v9: habits that stop needing Aloud.
-- The weekly automaticity check (SRBAI): four answers 1–7, or one for the quick form.
-- One per habit and day; every one is kept.
CREATE TABLE automaticity_checks (
    habit_id    TEXT NOT NULL REFERENCES habits (id),
    day         TEXT NOT NULL,
    answers     TEXT NOT NULL
        CHECK (answers GLOB '[1-7]' OR answers GLOB '[1-7][1-7][1-7][1-7]'),
    recorded_at INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day)
) STRICT, WITHOUT ROWID;

-- How loudly a habit is prompted, since when, and a smaller "I will …" to propose.
ALTER TABLE habits ADD COLUMN prompts TEXT NOT NULL DEFAULT 'full'
    CHECK (prompts IN ('full', 'quiet', 'off'));
ALTER TABLE habits ADD COLUMN prompts_since TEXT;
ALTER TABLE habits ADD COLUMN starter TEXT;

-- The day the person last answered an offer ("step back" or "troubleshoot") for a
-- habit, so it is not made again on the same evidence.
CREATE TABLE habit_offers (
    habit_id    TEXT NOT NULL REFERENCES habits (id),
    kind        TEXT NOT NULL CHECK (kind IN ('step_back', 'troubleshoot')),
    answered_on TEXT NOT NULL,
    PRIMARY KEY (habit_id, kind)
) STRICT, WITHOUT ROWID;
