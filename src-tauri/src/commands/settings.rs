//! Settings beyond the habits: reminder timing, start at login, export and import,
//! and where the data lives.
use super::Reply;
use crate::Shared;
use aloud_app::{autostart, exports, files};
use aloud_core::busy::{Busy, Stretch};
use aloud_core::i18n::{hh_mm, key};
use aloud_core::io::ImportSummary;
use aloud_core::presence::Presence;
use aloud_core::rhythm::Rhythm;
use aloud_core::settings::{Settings, Typed};
use aloud_core::tracker::CalendarView;
use aloud_core::{store, CoreError};
use serde::Serialize;
use std::path::PathBuf;
use std::sync::Arc;
use tauri::State;

#[derive(Debug, Serialize)]
pub struct SettingsView {
    #[serde(flatten)]
    settings: Settings,
    /// The durations as the core writes (and reads back) them: `10m`, `3w`.
    typed: Typed,
    start_at_login: bool,
    /// Whether the person is at the computer, as the tray app sees it.
    presence: Presence,
    /// The desktop's sources of presence; none: reminders never wait.
    presence_sources: Vec<String>,
    /// What Aloud has learned of the person's day (`learning` is `learn_rhythm`).
    rhythm: Rhythm,
    /// Whether the person is busy now; its `until` as the page shows it (`HH:MM`).
    busy: Busy,
    busy_until: Option<String>,
    /// The desktop's busy sources the tray app follows; none while it does not run.
    busy_sources: Vec<String>,
    /// Whether the tray app runs (it follows Do Not Disturb and full screen).
    tray_running: bool,
    calendars: Vec<CalendarView>,
    /// Today's next meeting that has not ended, in local `HH:MM`.
    next_meeting: Option<LocalStretch>,
    data_dir: PathBuf,
    backups_dir: PathBuf,
    export_dir: PathBuf,
    /// JSON exports found in `export_dir`, newest first: the import choices.
    exports: Vec<exports::ExportFile>,
}

/// A stretch of time in local `HH:MM`, as the page says it.
#[derive(Debug, Serialize)]
pub struct LocalStretch {
    start: String,
    end: String,
}

fn view(shared: &Shared) -> Reply<SettingsView> {
    let export_dir = exports::export_dir();
    let (presence, presence_sources) = shared.with(|t| t.presence_seen())?;
    let settings = shared.with(|t| t.settings())?;
    let tz = shared.with(|t| Ok(t.tz()))?;
    let local = |at: chrono::DateTime<chrono::Utc>| hh_mm(&at.with_timezone(&tz));
    let busy = shared.with(|t| t.busy())?;
    // Meetings hold nothing while the person turned calendars off.
    let next: Option<Stretch> = match settings.busy_calendar {
        true => shared.with(|t| t.next_meeting())?,
        false => None,
    };
    Ok(SettingsView {
        typed: settings.typed(),
        settings,
        start_at_login: autostart::is_enabled(),
        presence,
        presence_sources,
        rhythm: shared.with(|t| t.rhythm())?,
        busy_until: busy.until.map(local),
        busy,
        busy_sources: shared.with(|t| t.busy_sources_seen())?,
        tray_running: shared.with(|t| t.tray_running())?,
        calendars: shared.with(|t| t.calendars())?,
        next_meeting: next.map(|m| LocalStretch {
            start: local(m.start),
            end: local(m.end),
        }),
        data_dir: shared.data_dir.clone(),
        backups_dir: shared.data_dir.join(store::BACKUP_DIR),
        exports: exports::json_exports(&export_dir),
        export_dir,
    })
}

#[tauri::command]
pub async fn get_settings(shared: State<'_, Arc<Shared>>) -> Reply<SettingsView> {
    view(&shared)
}

/// Sets one setting (`snooze`, `catch_up_window`, `wait_when_away`, `away_after`…);
/// the core validates it.
#[tauri::command]
pub async fn set_setting(
    shared: State<'_, Arc<Shared>>,
    key: String,
    value: String,
) -> Reply<SettingsView> {
    shared.write(|t| t.set_setting(&key, &value))?;
    if key == aloud_core::settings::LANGUAGE {
        let c = shared.with(|t| t.catalogue())?;
        aloud_core::i18n::speak_in(c.language());
    }
    view(&shared)
}

/// Forgets every mark of the person's day learned so far.
#[tauri::command]
pub async fn forget_rhythm(shared: State<'_, Arc<Shared>>) -> Reply<SettingsView> {
    shared.write(|t| t.forget_rhythm())?;
    view(&shared)
}

/// Names a calendar file whose meetings hold reminders; the core reads it first
/// and refuses one that does not read.
#[tauri::command]
pub async fn add_calendar(shared: State<'_, Arc<Shared>>, path: String) -> Reply<SettingsView> {
    shared.write(|t| t.add_calendar(path.trim()).map(drop))?;
    view(&shared)
}

/// Forgets a calendar file (the file itself is left alone).
#[tauri::command]
pub async fn remove_calendar(shared: State<'_, Arc<Shared>>, path: String) -> Reply<SettingsView> {
    shared.write(|t| t.remove_calendar(&path))?;
    view(&shared)
}

#[tauri::command]
pub async fn set_start_at_login(
    shared: State<'_, Arc<Shared>>,
    enabled: bool,
) -> Reply<SettingsView> {
    // Through `write` so the tray's "Start at login" check mark is redrawn too.
    shared.write(|_| {
        autostart::set_enabled(enabled).map_err(|e| CoreError::io(key("io-autostart"), "", e))
    })?;
    view(&shared)
}

/// Writes an export (`json` or `csv`) into the export folder; returns its path.
#[tauri::command]
pub async fn export_data(shared: State<'_, Arc<Shared>>, format: String) -> Reply<PathBuf> {
    let format = exports::Format::parse(&format)?;
    Ok(shared.with(|t| exports::export_into(t, format, &exports::export_dir()))?)
}

/// Merges a JSON export into the history; the file is checked completely first and
/// nothing is written when any part of it is wrong.
#[tauri::command]
pub async fn import_data(shared: State<'_, Arc<Shared>>, path: String) -> Reply<ImportSummary> {
    let path = PathBuf::from(path.trim());
    if !path.is_absolute() {
        let given = path.display().to_string();
        return Err(CoreError::said("error-import-path", vec![("path", given.into())]).into());
    }
    let text = files::read_text(&path)?;
    Ok(shared.write(|t| t.import_json(&text))?)
}

/// The automatic backups, newest first.
#[tauri::command]
pub async fn list_backups(shared: State<'_, Arc<Shared>>) -> Reply<Vec<store::BackupFile>> {
    Ok(shared.with(|t| t.backups())?)
}

/// Restores the backup called `name` (a file in the backups folder, nothing else);
/// the current history is backed up first.
#[tauri::command]
pub async fn restore_backup(shared: State<'_, Arc<Shared>>, name: String) -> Reply<String> {
    if name.contains('/') || name.starts_with('.') {
        return Err(CoreError::said("error-not-a-backup", vec![("name", name.into())]).into());
    }
    let path = shared.write(|t| t.restore(&name))?;
    Ok(path.display().to_string())
}
