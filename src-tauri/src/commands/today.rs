//! The Today panel: status, log, skip, undo, pause and resume; and closing the window.
use super::Reply;
use crate::Shared;
use aloud_core::model::{parse_date, Skip, Source};
use aloud_core::tracker::{LogOutcome, LogRequest, Status, UndoOutcome};
use std::sync::Arc;
use tauri::State;

#[tauri::command]
pub async fn get_status(shared: State<'_, Arc<Shared>>) -> Reply<Status> {
    Ok(shared.with(|t| t.status())?)
}

#[tauri::command]
pub async fn log_habit(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    note: Option<String>,
    minutes: Option<i64>,
    need: Option<String>,
    with: Option<Vec<String>>,
) -> Reply<LogOutcome> {
    let request = LogRequest {
        habit: &habit,
        date: None,
        note: note.as_deref(),
        minutes,
        need: need.as_deref().filter(|n| !n.is_empty()),
        source: Some(Source::Dashboard),
        with: with
            .as_ref()
            .map(|names| names.iter().map(String::as_str).collect()),
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

/// Pauses reminders until the start of `until` (YYYY-MM-DD), or until tomorrow
/// when no date is given.
#[tauri::command]
pub async fn pause_reminders(
    shared: State<'_, Arc<Shared>>,
    until: Option<String>,
) -> Reply<Status> {
    let date = until.as_deref().map(parse_date).transpose()?;
    Ok(shared.write(|t| {
        match date {
            Some(date) => t.pause_until(date)?,
            None => t.pause_until_tomorrow()?,
        };
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

/// Closes the dashboard (Ctrl+W), which ends its process; the app stays in the tray.
#[tauri::command]
pub async fn close_dashboard(window: tauri::WebviewWindow) -> Reply<()> {
    window.close().map_err(|e| {
        aloud_core::CoreError::said("error-close-window", vec![("why", e.to_string().into())])
    })?;
    Ok(())
}

/// Something the app has to tell the person once, shown above the panels.
#[derive(Debug, serde::Serialize)]
pub struct Notice {
    pub id: &'static str,
    pub message: String,
}

/// Notices for this opening of the dashboard: the no-tray hint, once.
#[tauri::command]
pub async fn get_notices(shared: State<'_, Arc<Shared>>) -> Reply<Vec<Notice>> {
    let mut notices = Vec::new();
    if let Some(message) = &shared.restored {
        notices.push(Notice {
            id: "restored",
            message: message.clone(),
        });
    }
    if !shared.tray_shown && shared.with(|t| t.first_time("no_tray_hint"))? {
        notices.push(Notice {
            id: "no_tray",
            message: shared.with(|t| Ok(t.catalogue()?.msg("notice-no-tray")))?,
        });
    }
    Ok(notices)
}
