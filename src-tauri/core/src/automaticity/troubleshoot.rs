//! When a habit slips, a short troubleshoot in BJ Fogg's order: first the prompt (is
//! the moment right?), then ability (a smaller starter step), only then motivation.
use super::misses::miss_pairs;
use crate::stats::DayStatus;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// Consistency falling this much (0–1) …
pub const SLIP: f64 = 0.15;
/// … within this many days.
pub const SLIP_DAYS: i64 = 28;
/// Two misses are news for this long after the second.
const RECENT_DAYS: i64 = 14;

/// Why Review offers to troubleshoot a habit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "reason")]
pub enum Trouble {
    /// Two misses within 7 scheduled days.
    Misses { dates: [NaiveDate; 2] },
    /// Consistency fell by 15 points or more in four weeks (0–100).
    Slipping { from: f64, to: f64 },
}

/// `days` the habit's classified days, `consistency` its score (0–1) after each day;
/// `answered` the day the person last went through the troubleshoot for it.
pub fn trouble(
    days: &[(NaiveDate, DayStatus)],
    consistency: &[(NaiveDate, f64)],
    today: NaiveDate,
    answered: Option<NaiveDate>,
) -> Option<Trouble> {
    let recent = today - Duration::days(RECENT_DAYS);
    if let Some(pair) = miss_pairs(days, answered)
        .into_iter()
        .rev()
        .find(|[_, second]| *second >= recent)
    {
        return Some(Trouble::Misses { dates: pair });
    }
    let then = today - Duration::days(SLIP_DAYS);
    if answered.is_some_and(|a| a > then) {
        return None;
    }
    let at = |date: NaiveDate| {
        consistency
            .iter()
            .take_while(|(d, _)| *d <= date)
            .last()
            .map(|(_, s)| *s)
    };
    let (from, to) = (at(then)?, at(today)?);
    (from - to >= SLIP).then(|| Trouble::Slipping {
        from: (from * 1000.0).round() / 10.0,
        to: (to * 1000.0).round() / 10.0,
    })
}
