//! When a habit comes on a day and why, for the shells that say it (the reminder,
//! the tray menu): the same planning the engine uses.
use super::Tracker;
use crate::error::Result;
use crate::schedule::Timing;
use chrono::NaiveDate;

impl Tracker {
    /// When and why `habit` triggers on `date`; `None` if not scheduled that day.
    pub fn timing(&self, habit: &str, date: NaiveDate) -> Result<Option<Timing>> {
        let habit = self.habit(habit)?;
        Ok(self.reminder_state()?.agenda().timing(&habit, date))
    }

    /// The same, said to the person ("12:30 — 10 min before you usually leave for
    /// lunch, 12:40 over the last 10 days"); `None` for a habit at its own time,
    /// whose time says it all, or one not scheduled that day.
    pub fn reason(&self, habit: &str, date: NaiveDate) -> Result<Option<String>> {
        let Some(timing) = self.timing(habit, date)? else {
            return Ok(None);
        };
        let at = crate::i18n::hh_mm(&timing.at.with_timezone(&self.tz));
        Ok(self.catalogue()?.why(&at, &timing.why))
    }
}
