//! The dashboard's IPC commands: validate, call the core, map errors. No rules here.
use crate::Shared;
use aloud_core::model::{parse_date, Habit, HabitPatch, Skip, Source, TimeOfDay, Weekdays};
use aloud_core::tracker::{HabitChange, HabitHistory, LogOutcome, LogRequest, Status, UndoOutcome};
use aloud_core::{CoreError, ErrorKind};
use serde::Serialize;
use std::sync::Arc;
use tauri::State;

/// What the dashboard receives when a command fails: `{kind, message}`.
#[derive(Debug, Serialize)]
pub struct AppError {
    kind: ErrorKind,
    message: String,
}

impl From<CoreError> for AppError {
    fn from(e: CoreError) -> Self {
        AppError {
            kind: e.kind(),
            message: e.to_string(),
        }
    }
}

type Reply<T> = Result<T, AppError>;

#[tauri::command]
pub async fn get_status(shared: State<'_, Arc<Shared>>) -> Reply<Status> {
    Ok(shared.with(|t| t.status())?)
}

/// Per habit: stats, 26 weeks of heatmap cells, weekly completion and strength trend.
#[tauri::command]
pub async fn get_history(shared: State<'_, Arc<Shared>>) -> Reply<Vec<HabitHistory>> {
    Ok(shared.with(|t| t.history_view())?)
}

#[tauri::command]
pub async fn get_habits(shared: State<'_, Arc<Shared>>) -> Reply<Vec<Habit>> {
    Ok(shared.with(|t| t.habits())?)
}

/// Edits a habit; every field is optional and validated by the core before anything
/// is written. `days` is `mon,tue,…`, `weekdays` or `daily`.
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn set_habit(
    shared: State<'_, Arc<Shared>>,
    id: String,
    name: Option<String>,
    trigger: Option<String>,
    prompt: Option<String>,
    time: Option<String>,
    days: Option<String>,
    enabled: Option<bool>,
) -> Reply<HabitChange> {
    let patch = HabitPatch {
        name,
        trigger,
        prompt,
        time: time.as_deref().map(TimeOfDay::parse).transpose()?,
        days: days.as_deref().map(Weekdays::parse).transpose()?,
        enabled,
        archived: None,
    };
    Ok(shared.write(|t| t.set_habit(&id, &patch))?)
}

#[tauri::command]
pub async fn log_habit(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    note: Option<String>,
    minutes: Option<i64>,
    need: Option<String>,
) -> Reply<LogOutcome> {
    let request = LogRequest {
        habit: &habit,
        date: None,
        note: note.as_deref(),
        minutes,
        need: need.as_deref().filter(|n| !n.is_empty()),
        source: Some(Source::Dashboard),
    };
    Ok(shared.write(|t| t.log(&request))?)
}

#[tauri::command]
pub async fn undo_habit(shared: State<'_, Arc<Shared>>, habit: String) -> Reply<UndoOutcome> {
    Ok(shared.write(|t| t.undo(&habit, None))?)
}

#[tauri::command]
pub async fn skip_habit(shared: State<'_, Arc<Shared>>, habit: String) -> Reply<Skip> {
    Ok(shared.write(|t| t.skip(&habit, None))?)
}

/// Pauses reminders until the start of `until` (YYYY-MM-DD).
#[tauri::command]
pub async fn pause_reminders(shared: State<'_, Arc<Shared>>, until: String) -> Reply<Status> {
    let date = parse_date(&until)?;
    Ok(shared.write(|t| {
        t.pause_until(date)?;
        t.status()
    })?)
}

#[tauri::command]
pub async fn resume_reminders(shared: State<'_, Arc<Shared>>) -> Reply<Status> {
    Ok(shared.write(|t| {
        t.resume()?;
        t.status()
    })?)
}
