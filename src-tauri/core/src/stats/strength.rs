//! Habit strength, after Loop Habit Tracker's published score.
use super::DayStatus;
use chrono::NaiveDate;

/// Loop's smoothing multiplier for a habit practised `frequency` times per step:
/// 0.5^(sqrt(frequency) / 13). For a daily habit, 30 perfect days give ≈ 80%.
pub fn strength_multiplier(frequency: f64) -> f64 {
    0.5f64.powf(frequency.sqrt() / 13.0)
}

/// The score (0–1) after each scheduled day. Each scheduled day is one step with
/// frequency 1 (value 1 when done, 0 when missed), so a workday habit moves only on
/// workdays; skipped, paused, pending and unscheduled days leave the score unchanged.
pub fn strength_series(days: &[(NaiveDate, DayStatus)]) -> Vec<(NaiveDate, f64)> {
    let multiplier = strength_multiplier(1.0);
    let mut score = 0.0;
    let mut series = Vec::with_capacity(days.len());
    for (date, status) in days {
        let value = match status {
            DayStatus::Done | DayStatus::Extra => Some(1.0),
            DayStatus::Missed => Some(0.0),
            _ => None,
        };
        if let Some(value) = value {
            score = score * multiplier + value * (1.0 - multiplier);
        }
        series.push((*date, score));
    }
    series
}
