//! Habits at a clock time that keeps missing the person's real moment: Review
//! offers to tie them to it. A habit's time says which moment it stands for: the
//! morning's arrival (before 11:00), lunch (11:00–14:30) or the end of the day
//! (from 15:00). Its time missed the moment on a day when they were more than 20
//! minutes apart (for the arrival: when the person came more than 20 minutes after
//! it, to an empty desk); five such days of the last ten workdays with the moment
//! make the offer.
use super::typical::{LEAVING_FROM, LUNCH_FROM, LUNCH_UNTIL};
use super::{recent, DayMark, Moment, Typical, DAYS_TO_LEARN};
use crate::i18n::hh_mm;
use crate::model::{Anchor, Habit, HabitId};
use crate::zone::Zone;
use chrono::{NaiveDate, NaiveTime, Timelike};
use serde::Serialize;

/// More than this apart on a day, in seconds: the habit's time missed the moment.
const MISSED_BY: i64 = 20 * 60;

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AnchorSuggestion {
    pub habit: HabitId,
    /// Its name, as the person wrote it.
    pub name: String,
    /// The anchor it would switch to.
    pub anchor: Anchor,
    /// The habit's time, "HH:MM".
    pub time: String,
    /// The moment's usual time, "HH:MM".
    pub typical: String,
    /// The recent workdays its time missed the moment, of `of` with the moment.
    pub days: usize,
    pub of: usize,
}

/// The moment a clock time stands for, if any.
fn moment_at(time: NaiveTime) -> Option<Moment> {
    let seconds = i64::from(time.num_seconds_from_midnight());
    if seconds < LUNCH_FROM {
        Some(Moment::Arrival)
    } else if seconds <= LUNCH_UNTIL {
        Some(Moment::Lunch)
    } else if seconds >= LEAVING_FROM {
        Some(Moment::Leaving)
    } else {
        None
    }
}

/// The offers for `habits` (active ones at a clock time) from the marks up to
/// `today`.
pub fn suggestions(
    habits: &[Habit],
    marks: &[DayMark],
    tz: Zone,
    today: NaiveDate,
) -> Vec<AnchorSuggestion> {
    habits
        .iter()
        .filter(|h| h.enabled && !h.archived && h.anchor.is_time())
        .filter_map(|habit| {
            let moment = moment_at(habit.time.naive())?;
            let own = i64::from(habit.time.naive().num_seconds_from_midnight());
            let days = recent(moment, marks, tz, today);
            let missed = days
                .iter()
                .filter(|(_, at)| match moment {
                    Moment::Arrival => at - own > MISSED_BY,
                    _ => (at - own).abs() > MISSED_BY,
                })
                .count();
            (missed >= DAYS_TO_LEARN).then(|| AnchorSuggestion {
                habit: habit.id.clone(),
                name: habit.name.clone(),
                anchor: Anchor::of(moment),
                time: hh_mm(&habit.time.naive()),
                typical: Typical::over(&days).hh_mm().unwrap_or_default(),
                days: missed,
                of: days.len(),
            })
        })
        .collect()
}
