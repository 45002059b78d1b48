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
    days.iter()
        .map(|(date, status)| {
            score = step(score, *status, multiplier);
            (*date, score)
        })
        .collect()
}

/// The score after the last day; the same as the series' last value, without the series.
pub fn strength_now(days: &[(NaiveDate, DayStatus)]) -> f64 {
    let multiplier = strength_multiplier(1.0);
    days.iter()
        .fold(0.0, |score, (_, status)| step(score, *status, multiplier))
}

fn step(score: f64, status: DayStatus, multiplier: f64) -> f64 {
    let value = match status {
        DayStatus::Done | DayStatus::Extra => 1.0,
        DayStatus::Missed => 0.0,
        _ => return score,
    };
    score * multiplier + value * (1.0 - multiplier)
}
