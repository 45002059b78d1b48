//! The weekly review: is the practice paying off? Pure functions over the history and
//! the benefits checks; the tracker loads the data and calls them.
mod iceberg;
mod verdict;

pub use iceberg::{iceberg, iceberg_start, Iceberg, NeedMonth, ICEBERG_MONTHS};
pub use verdict::{bigger_challenge, verdict, Advice, Challenge, Verdict, FAIR_TRY_WEEKS};

use crate::model::BenefitCheck;
use crate::stats::WeekPoint;
use chrono::NaiveDate;
use serde::Serialize;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Review {
    /// The Monday of the current week.
    pub this_week: NaiveDate,
    /// This week's check, when recorded.
    pub current: Option<BenefitCheck>,
    /// Checks of the last `REVIEW_WEEKS` weeks, oldest first: the trend.
    pub checks: Vec<BenefitCheck>,
    /// Practice over the same weeks, all habits together.
    pub practice: Vec<WeekPoint>,
    pub verdict: Verdict,
    pub challenge: Option<Challenge>,
    pub iceberg: Iceberg,
    /// Habits whose clock time keeps missing the moment they stand for, with the
    /// anchor to switch to in one click.
    pub anchors: Vec<crate::rhythm::AnchorSuggestion>,
}

/// Weeks shown in the benefits trend.
pub const REVIEW_WEEKS: i64 = 26;

/// Adds up several habits' weekly completion into one series, oldest week first.
pub fn combine_weeks(per_habit: impl IntoIterator<Item = Vec<WeekPoint>>) -> Vec<WeekPoint> {
    let mut by_week = std::collections::BTreeMap::<NaiveDate, (u32, u32)>::new();
    for week in per_habit.into_iter().flatten() {
        let sum = by_week.entry(week.week_start).or_default();
        sum.0 += week.done.min(week.due);
        sum.1 += week.due;
    }
    by_week
        .into_iter()
        .map(|(week_start, (done, due))| WeekPoint {
            week_start,
            done,
            due,
            rate: (due > 0).then(|| f64::from(done) / f64::from(due)),
        })
        .collect()
}

#[cfg(test)]
mod tests;
