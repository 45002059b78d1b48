-- v7: timed check-ins that start from the prompt and open the person's network.
-- The person's network links; one of them may be the default.
CREATE TABLE links (
    name       TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    url        TEXT NOT NULL,
    is_default INTEGER NOT NULL DEFAULT 0 CHECK (is_default IN (0, 1)),
    position   INTEGER NOT NULL
) STRICT;
CREATE UNIQUE INDEX links_one_default ON links (is_default) WHERE is_default = 1;

-- The link a habit opens; NULL: the default link.
ALTER TABLE habits ADD COLUMN link_name TEXT;

-- The one check-in running, if any (only = 1), kept across restarts and crashes.
CREATE TABLE running_checkin (
    only        INTEGER NOT NULL PRIMARY KEY CHECK (only = 1),
    habit_id    TEXT NOT NULL REFERENCES habits (id),
    day         TEXT NOT NULL,
    started_at  INTEGER NOT NULL,
    length_secs INTEGER NOT NULL CHECK (length_secs > 0)
) STRICT;

-- A habit's ideas for what to post, once the person has edited them (one per line);
-- without a row, the habit's defaults.
CREATE TABLE habit_ideas (
    habit_id TEXT NOT NULL PRIMARY KEY REFERENCES habits (id),
    lines    TEXT NOT NULL
) STRICT;
