//! The History panel's view of each habit: heatmap cells, strength trend, weeks.
use super::HistoryRow;
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::stats::{
    self, heatmap, strength_series, weekly_completion, DayStatus, HabitStats, WeekPoint,
};
use crate::store;
use chrono::{Datelike, NaiveDate};
use serde::Serialize;

/// Weeks shown in the heatmap and the trends.
pub const HISTORY_WEEKS: u32 = 26;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitHistory {
    #[serde(flatten)]
    pub stats: HabitStats,
    /// Every day of the last `HISTORY_WEEKS` weeks, Monday first.
    pub cells: Vec<Cell>,
    /// Completion per week over the same period.
    pub weeks: Vec<WeekPoint>,
    /// Strength (0–100) at the end of each of those weeks (or today for this week).
    pub strength_trend: Vec<(NaiveDate, f64)>,
    /// Its check-ins of the last four weeks against the 5–15 minute band.
    pub band: Option<crate::checkin::Band>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    pub date: NaiveDate,
    pub status: DayStatus,
}

/// Longest notes search accepted: notes themselves are at most 500 characters.
pub const QUERY_MAX: usize = 200;

impl Tracker {
    /// Entries whose note contains `query` (ignoring case), newest first, at most
    /// `limit`; an empty query lists the latest notes.
    pub fn search_notes(&self, query: &str, limit: usize) -> Result<Vec<HistoryRow>> {
        let query = query.trim();
        if query.chars().count() > QUERY_MAX {
            return Err(CoreError::said(
                "error-search-long",
                vec![("max", QUERY_MAX.into())],
            ));
        }
        let wanted = query.to_lowercase();
        Ok(store::noted_entries(self.store.read())?
            .into_iter()
            .filter(|e| {
                e.note
                    .as_deref()
                    .is_some_and(|n| n.to_lowercase().contains(&wanted))
            })
            .take(limit)
            .map(|e| self.done_row(e))
            .collect())
    }

    pub fn history_view(&self) -> Result<Vec<HabitHistory>> {
        let today = self.today();
        self.each_habit_history(|days, series, minutes| {
            let cells = heatmap(series, today, HISTORY_WEEKS);
            let start = cells.first().map_or(today, |c| c.0);
            let weeks = weekly_completion(series)
                .into_iter()
                .filter(|w| w.week_start >= start)
                .collect();
            let strength_trend = strength_series(series)
                .into_iter()
                .filter(|(d, _)| {
                    *d >= start && (d.weekday() == chrono::Weekday::Sun || *d == today)
                })
                .map(|(d, s)| (d, (s * 1000.0).round() / 10.0))
                .collect();
            HabitHistory {
                stats: stats::summarize(days, series, minutes),
                cells: cells
                    .into_iter()
                    .map(|(date, status)| Cell { date, status })
                    .collect(),
                weeks,
                strength_trend,
                band: None,
            }
        })
        .and_then(|mut habits| {
            let from = today - chrono::Duration::weeks(crate::checkin::BAND_WEEKS)
                + chrono::Duration::days(1);
            let entries = crate::store::entries(self.store.read(), from, today)?;
            for h in &mut habits {
                let minutes: Vec<u16> = entries
                    .iter()
                    .filter(|e| e.habit == h.stats.habit)
                    .filter_map(|e| e.minutes)
                    .collect();
                h.band = crate::checkin::band(&minutes);
            }
            Ok(habits)
        })
    }
}
