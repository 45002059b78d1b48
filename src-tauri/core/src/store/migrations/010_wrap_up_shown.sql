-- v10: the running check-in remembers the length at which its wrap-up was shown,
-- so a restart never shows it twice (and "5 more minutes" brings a new one).
ALTER TABLE running_checkin ADD COLUMN wrap_up_shown_for INTEGER;
