//! What the history says: day by day status, streaks, habit strength, weekly series.
mod days;
mod strength;

pub use days::{day_statuses, DayStatus, HabitDays};
pub use strength::{strength_multiplier, strength_now, strength_series};

use crate::model::HabitId;
use chrono::{Datelike, Duration, NaiveDate};
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitStats {
    pub habit: HabitId,
    pub name: String,
    pub current_streak: u32,
    pub best_streak: u32,
    /// Habit strength, 0–100 (Loop's score), rounded to one decimal.
    pub strength: f64,
    pub done: u32,
    pub skipped: u32,
    pub missed: u32,
    pub minutes: u64,
}

/// Current and best run of consecutive scheduled days done; skipped, paused and
/// unscheduled days neither break nor extend a run, and a pending today is not a miss.
pub fn streaks(days: &[(NaiveDate, DayStatus)]) -> (u32, u32) {
    let mut best = 0;
    let mut run = 0;
    for (_, status) in days {
        match status {
            DayStatus::Done | DayStatus::Extra => {
                run += 1;
                best = best.max(run);
            }
            DayStatus::Missed => run = 0,
            _ => {}
        }
    }
    (run, best)
}

/// Completion of one ISO week (Monday first).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct WeekPoint {
    pub week_start: NaiveDate,
    pub done: u32,
    /// Scheduled days that counted (not skipped, paused or still pending).
    pub due: u32,
    /// done / due, or None when nothing was due.
    pub rate: Option<f64>,
}

pub fn weekly_completion(days: &[(NaiveDate, DayStatus)]) -> Vec<WeekPoint> {
    let mut weeks: Vec<WeekPoint> = Vec::new();
    for (date, status) in days {
        let week_start = *date - Duration::days(i64::from(date.weekday().num_days_from_monday()));
        if weeks.last().is_none_or(|w| w.week_start != week_start) {
            weeks.push(WeekPoint {
                week_start,
                done: 0,
                due: 0,
                rate: None,
            });
        }
        let week = weeks.last_mut().expect("pushed above");
        match status {
            DayStatus::Done => {
                week.done += 1;
                week.due += 1;
            }
            DayStatus::Extra => week.done += 1,
            DayStatus::Missed => week.due += 1,
            _ => {}
        }
    }
    for week in &mut weeks {
        week.rate =
            (week.due > 0).then(|| f64::from(week.done.min(week.due)) / f64::from(week.due));
    }
    weeks
}

/// The last `weeks` whole weeks up to `today`, Monday first, as (date, status) cells
/// for a calendar heatmap; days before the habit's history are `Unscheduled`.
pub fn heatmap(
    days: &[(NaiveDate, DayStatus)],
    today: NaiveDate,
    weeks: u32,
) -> Vec<(NaiveDate, DayStatus)> {
    let this_monday = today - Duration::days(i64::from(today.weekday().num_days_from_monday()));
    let start = this_monday - Duration::weeks(i64::from(weeks.saturating_sub(1)));
    let mut cells = Vec::new();
    let mut known = days.iter().skip_while(|(d, _)| *d < start).peekable();
    let mut date = start;
    while date <= today {
        let status = match known.peek() {
            Some((d, s)) if *d == date => {
                known.next();
                *s
            }
            _ => DayStatus::Unscheduled,
        };
        cells.push((date, status));
        date += Duration::days(1);
    }
    cells
}

/// Summarises one habit's days into the figures `aloud stats` shows.
pub fn summarize(
    habit: &HabitDays<'_>,
    days: &[(NaiveDate, DayStatus)],
    minutes: u64,
) -> HabitStats {
    let (current_streak, best_streak) = streaks(days);
    let count =
        |wanted: &[DayStatus]| days.iter().filter(|(_, s)| wanted.contains(s)).count() as u32;
    let strength = strength_now(days);
    HabitStats {
        habit: habit.habit.id.clone(),
        name: habit.habit.name.clone(),
        current_streak,
        best_streak,
        strength: (strength * 1000.0).round() / 10.0,
        done: count(&[DayStatus::Done, DayStatus::Extra]),
        skipped: count(&[DayStatus::Skipped, DayStatus::Paused]),
        missed: count(&[DayStatus::Missed]),
        minutes,
    }
}

#[cfg(test)]
mod tests;
