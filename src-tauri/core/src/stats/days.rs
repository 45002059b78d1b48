//! Each day of a habit's history classified once; every statistic reads this series.
use crate::model::{Habit, Pause};
use crate::schedule::day_paused;
use crate::zone::{local_date, local_instant, start_of_day, Zone};
use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DayStatus {
    /// Scheduled and done.
    Done,
    /// Done on a day it was not scheduled.
    Extra,
    /// Scheduled and excused by a skip.
    Skipped,
    /// Scheduled, and paused (`schedule::day_paused`); counts as skipped.
    Paused,
    /// Scheduled, in the past, not done.
    Missed,
    /// Scheduled today, not done yet.
    Pending,
    Unscheduled,
}

/// One habit's raw history: the dates it was done and skipped, each sorted ascending.
#[derive(Debug, Clone, Copy)]
pub struct HabitDays<'a> {
    pub habit: &'a Habit,
    pub done: &'a [NaiveDate],
    pub skips: &'a [NaiveDate],
    pub pauses: &'a [Pause],
    pub tz: Zone,
}

/// Status of every day from the habit's first day (creation or earliest record) to
/// today, as seen at `now`.
pub fn day_statuses(h: &HabitDays<'_>, now: DateTime<Utc>) -> Vec<(NaiveDate, DayStatus)> {
    let today = local_date(h.tz, now);
    let first = [
        Some(h.habit.created_on),
        h.done.first().copied(),
        h.skips.first().copied(),
    ]
    .into_iter()
    .flatten()
    .min()
    .unwrap_or(today);
    // Local date spans that a pause can touch, widened by a day for zone offsets.
    let pause_spans: Vec<(NaiveDate, NaiveDate)> = h
        .pauses
        .iter()
        .map(|p| {
            (
                local_date(h.tz, p.from) - Duration::days(1),
                local_date(h.tz, p.until) + Duration::days(1),
            )
        })
        .collect();
    let mut done_dates = h.done.iter().copied().peekable();
    let mut skips = h.skips.iter().copied().peekable();
    let mut out = Vec::with_capacity(usize::try_from((today - first).num_days() + 1).unwrap_or(0));
    let mut date = first;
    while date <= today {
        let done = advance_to(&mut done_dates, date);
        let skipped = advance_to(&mut skips, date);
        let scheduled = h.habit.days.contains(date.weekday());
        let status = match (scheduled, done, skipped) {
            (true, true, _) => DayStatus::Done,
            (false, true, _) => DayStatus::Extra,
            (false, false, _) => DayStatus::Unscheduled,
            (true, false, true) => DayStatus::Skipped,
            (true, false, false) => {
                let maybe_paused = pause_spans.iter().any(|(a, b)| *a <= date && date <= *b);
                let trigger = local_instant(h.tz, date, h.habit.time.naive());
                let day_end = start_of_day(h.tz, date + Duration::days(1));
                if maybe_paused && day_paused(h.pauses, trigger, day_end, now) {
                    DayStatus::Paused
                } else if date == today {
                    DayStatus::Pending
                } else {
                    DayStatus::Missed
                }
            }
        };
        out.push((date, status));
        date += Duration::days(1);
    }
    out
}

/// Consumes sorted dates up to `date`; true when `date` itself was among them.
fn advance_to(
    dates: &mut std::iter::Peekable<impl Iterator<Item = NaiveDate>>,
    date: NaiveDate,
) -> bool {
    let mut hit = false;
    while let Some(next) = dates.peek() {
        if *next > date {
            break;
        }
        hit |= *next == date;
        dates.next();
    }
    hit
}
