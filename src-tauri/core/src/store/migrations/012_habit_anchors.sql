-- v12: what a habit's reminder is tied to (its time, the person's arrival, the
-- usual lunch or the usual departure), and how many minutes before a learned
-- moment it comes.
ALTER TABLE habits ADD COLUMN anchor TEXT NOT NULL DEFAULT 'time'
    CHECK (anchor IN ('time', 'arrival', 'lunch', 'leaving'));
ALTER TABLE habits ADD COLUMN lead_minutes INTEGER NOT NULL DEFAULT 10
    CHECK (lead_minutes BETWEEN 0 AND 60);

-- The person's "no thanks" when Review offered to tie a habit to a moment of
-- their day; not offered again for four weeks.
CREATE TABLE anchor_offers (
    habit_id    TEXT PRIMARY KEY NOT NULL REFERENCES habits (id),
    declined_on TEXT NOT NULL
) STRICT, WITHOUT ROWID;
