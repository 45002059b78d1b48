//! What the dashboard's commands share: the history, and what to tell on opening.
use aloud_core::{Result, Tracker};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};
use zbus::blocking::Connection;

pub struct Shared {
    tracker: Mutex<Tracker>,
    /// Where the history lives, shown in Settings.
    pub data_dir: PathBuf,
    /// False when the desktop had no tray host when the window opened.
    pub tray_shown: bool,
    /// What the tray app restored at its start (a damaged history), to tell.
    pub restored: Option<String>,
    /// The session bus, to ask the tray app for a redraw; None without a bus.
    bus: OnceLock<Option<Connection>>,
}

impl Shared {
    pub fn new(
        tracker: Tracker,
        data_dir: PathBuf,
        tray_shown: bool,
        restored: Option<String>,
    ) -> Self {
        Shared {
            tracker: Mutex::new(tracker),
            data_dir,
            tray_shown,
            restored,
            bus: OnceLock::new(),
        }
    }

    /// Runs `f` with the tracker. A poisoned lock is recovered: the tracker holds no
    /// state that a panic could leave half-changed (every write is one transaction).
    pub fn with<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        let mut guard = self.tracker.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }

    /// Runs a change, then asks the tray app to redraw at once. (It would notice a
    /// database write by itself through its watch on the data dir; "Start at login"
    /// lives elsewhere, and a direct word is quicker anyway.)
    pub fn write<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        let result = self.with(f);
        if result.is_ok() {
            if let Some(bus) = self.bus.get_or_init(|| Connection::session().ok()) {
                // No tray app running (the dashboard started alone) is fine.
                let _ = aloud_app::instance::ask_refresh(bus);
            }
        }
        result
    }
}
