-- v5: the instant a habit was added, so that its triggers from before then are
-- neither late nor missed. NULL for habits from before this version.
ALTER TABLE habits ADD COLUMN created_at INTEGER;
