//! The Mindsets panel: the questionnaire, its draft, and the results.
use super::Reply;
use crate::Shared;
use aloud_core::assessment::Answers;
use aloud_core::tracker::{MindsetsView, ScoredAttempt};
use std::sync::Arc;
use tauri::State;

/// Statements, scale, every attempt with scores, guidance, practice alongside, draft.
#[tauri::command]
pub async fn get_mindsets(shared: State<'_, Arc<Shared>>) -> Reply<MindsetsView> {
    Ok(shared.with(|t| t.mindsets_view())?)
}

/// Records a completed questionnaire: twenty answers, each 1–5.
#[tauri::command]
pub async fn record_assessment(
    shared: State<'_, Arc<Shared>>,
    answers: Vec<i64>,
) -> Reply<ScoredAttempt> {
    let answers = Answers::new(&answers)?;
    Ok(shared.write(|t| t.record_assessment(answers))?)
}

/// Keeps the answers so far (0 = not yet) so the questionnaire can be resumed.
#[tauri::command]
pub async fn save_assessment_draft(shared: State<'_, Arc<Shared>>, answers: Vec<i64>) -> Reply<()> {
    Ok(shared.with(|t| t.save_assessment_draft(&answers))?)
}
