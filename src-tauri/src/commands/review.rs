//! The History and Review panels.
use super::Reply;
use crate::Shared;
use aloud_core::model::BenefitCheck;
use aloud_core::review::Review;
use aloud_core::tracker::{HabitHistory, HistoryRow};
use std::sync::Arc;
use tauri::State;

/// Per habit: stats, 26 weeks of heatmap cells, weekly completion and strength trend.
#[tauri::command]
pub async fn get_history(shared: State<'_, Arc<Shared>>) -> Reply<Vec<HabitHistory>> {
    Ok(shared.with(|t| t.history_view())?)
}

/// The benefits trend, the verdict, the bigger-challenge suggestion and the iceberg.
#[tauri::command]
pub async fn get_review(shared: State<'_, Arc<Shared>>) -> Reply<Review> {
    Ok(shared.with(|t| t.review())?)
}

/// "No thanks" to Review's offer of tying `habit` to a moment of the person's day.
#[tauri::command]
pub async fn decline_anchor(shared: State<'_, Arc<Shared>>, habit: String) -> Reply<()> {
    Ok(shared.write(|t| t.decline_anchor(&habit))?)
}

/// Records this week's benefits check (rating 1–5, responses 0–9999); the core
/// refuses anything else and writes nothing.
#[tauri::command]
pub async fn record_benefit_check(
    shared: State<'_, Arc<Shared>>,
    rating: i64,
    responses: i64,
) -> Reply<BenefitCheck> {
    Ok(shared.write(|t| t.record_benefit_check(None, rating, responses))?)
}

/// Notes shown at most by one search: enough to scroll, small enough to draw at once.
const NOTES_SHOWN: usize = 200;

/// Entries whose note contains `query`, newest first (the latest notes when empty).
#[tauri::command]
pub async fn search_notes(shared: State<'_, Arc<Shared>>, query: String) -> Reply<Vec<HistoryRow>> {
    Ok(shared.with(|t| t.search_notes(&query, NOTES_SHOWN))?)
}
