//! Two misses close together: the signal that a habit is slipping.
use crate::stats::DayStatus;
use chrono::NaiveDate;

/// Two misses count as close when they fall within this many scheduled days.
pub const WITHIN_SCHEDULED_DAYS: usize = 7;

/// Every pair of successive misses within 7 scheduled days of each other, after
/// `after` (exclusive), oldest first. Scheduled days are those that asked for
/// practice and counted (done or missed); skipped and paused days are excused.
pub fn miss_pairs(
    days: &[(NaiveDate, DayStatus)],
    after: Option<NaiveDate>,
) -> Vec<[NaiveDate; 2]> {
    let mut pairs = Vec::new();
    let mut last_miss: Option<(usize, NaiveDate)> = None;
    let counted = days
        .iter()
        .filter(|(date, _)| after.is_none_or(|a| *date > a))
        .filter(|(_, s)| matches!(s, DayStatus::Done | DayStatus::Missed));
    for (index, (date, status)) in counted.enumerate() {
        if *status != DayStatus::Missed {
            continue;
        }
        if let Some((at, first)) = last_miss {
            if index - at < WITHIN_SCHEDULED_DAYS {
                pairs.push([first, *date]);
            }
        }
        last_miss = Some((index, *date));
    }
    pairs
}
