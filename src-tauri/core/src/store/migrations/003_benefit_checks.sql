-- v3: the weekly benefits check (Review panel). One row per ISO week, keyed by its Monday.
CREATE TABLE benefit_checks (
    week        TEXT PRIMARY KEY NOT NULL,
    rating      INTEGER NOT NULL CHECK (rating BETWEEN 1 AND 5),
    responses   INTEGER NOT NULL CHECK (responses BETWEEN 0 AND 9999),
    recorded_at INTEGER NOT NULL
) STRICT, WITHOUT ROWID;
