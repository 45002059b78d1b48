//! Review's automaticity check, the curve, the offer to step back and the troubleshoot.
use super::Reply;
use crate::Shared;
use aloud_core::automaticity::{statements, SrbaiAnswers};
use aloud_core::model::PromptStage;
use aloud_core::model::TimeOfDay;
use aloud_core::tracker::{Fix, HabitAutomaticity, HabitChange};
use aloud_core::CoreError;
use serde::Serialize;
use std::sync::Arc;
use tauri::State;

/// One habit's view with its four statements in the person's language.
#[derive(Serialize)]
pub struct AutomaticityPanel {
    #[serde(flatten)]
    view: HabitAutomaticity,
    statements: [String; 4],
}

/// Each active habit's checks, curve, consistency and prompt stage.
#[tauri::command]
pub async fn get_automaticity(shared: State<'_, Arc<Shared>>) -> Reply<Vec<AutomaticityPanel>> {
    Ok(shared.with(|t| {
        let c = t.catalogue()?;
        Ok(t.automaticity(None)?
            .into_iter()
            .map(|view| AutomaticityPanel {
                statements: statements(c, &view.name),
                view,
            })
            .collect())
    })?)
}

/// Today's check of `habit`: four answers 1–7, or one (the quick form).
#[tauri::command]
pub async fn record_check(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    answers: Vec<i64>,
) -> Reply<()> {
    let answers = SrbaiAnswers::new(&answers)?;
    shared.write(|t| t.record_check(&habit, answers, None))?;
    Ok(())
}

/// Yes or "not now" to the offer to step back; returns the stage now.
#[tauri::command]
pub async fn answer_step_back(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    yes: bool,
) -> Reply<PromptStage> {
    Ok(shared.write(|t| t.answer_step_back(&habit, yes))?)
}

/// The troubleshoot's choice: `time` (value HH:MM), `starter` (value the smaller
/// step) or `motivation` (no value).
#[tauri::command]
pub async fn troubleshoot(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    choice: String,
    value: Option<String>,
) -> Reply<HabitChange> {
    let value = value.unwrap_or_default();
    let fix = match choice.as_str() {
        "time" => Fix::Time(TimeOfDay::parse(&value)?),
        "starter" => Fix::Starter(value),
        "motivation" => Fix::Motivation,
        other => {
            let known = "time, starter, motivation".into();
            let said = vec![
                ("value", other.into()),
                ("what", "choice".into()),
                ("known", known),
            ];
            return Err(CoreError::said("error-not-one-of", said).into());
        }
    };
    Ok(shared.write(|t| t.troubleshoot(&habit, fix))?)
}
