-- v8: the people and teams a check-in involved.
-- A name is stored once; first and last seen come from the entries it is linked to.
CREATE TABLE people (
    id   INTEGER NOT NULL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind TEXT NOT NULL CHECK (kind IN ('person', 'team'))
) STRICT;

-- Who an entry involved, in the order they were named.
CREATE TABLE entry_people (
    habit_id  TEXT NOT NULL,
    day       TEXT NOT NULL,
    person_id INTEGER NOT NULL REFERENCES people (id),
    position  INTEGER NOT NULL,
    PRIMARY KEY (habit_id, day, person_id),
    FOREIGN KEY (habit_id, day) REFERENCES entries (habit_id, day) ON DELETE CASCADE
) STRICT, WITHOUT ROWID;
CREATE INDEX entry_people_by_person ON entry_people (person_id);

-- The names a person was known by before a rename or merge, so that naming them
-- the old way finds them, and doing the same rename or merge twice changes nothing.
CREATE TABLE person_aliases (
    name      TEXT NOT NULL PRIMARY KEY COLLATE NOCASE,
    person_id INTEGER NOT NULL REFERENCES people (id) ON DELETE CASCADE
) STRICT;
