-- v11: the person's day as Aloud learns it from presence: when they arrive, when a
-- break begins and ends, when they leave. Kept here only; the person can clear it.
CREATE TABLE day_marks (
    at   INTEGER NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('arrival', 'break_start', 'break_end', 'departure')),
    PRIMARY KEY (at, kind)
) STRICT, WITHOUT ROWID;
