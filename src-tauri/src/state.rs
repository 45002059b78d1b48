//! What the dashboard's commands share: the history, and what to tell on opening.
use aloud_app::shared_tracker::SharedTracker;
use aloud_core::{Result, Tracker};
use std::path::PathBuf;
use std::sync::OnceLock;
use zbus::blocking::Connection;

pub struct Shared {
    tracker: SharedTracker,
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
            tracker: SharedTracker::new(tracker),
            data_dir,
            tray_shown,
            restored,
            bus: OnceLock::new(),
        }
    }

    fn bus(&self) -> Option<&Connection> {
        self.bus.get_or_init(|| Connection::session().ok()).as_ref()
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        self.tracker.with(f)
    }

    /// Runs a change, then asks the tray app to redraw at once. (It would notice a
    /// database write by itself through its watch on the data dir; "Start at login"
    /// lives elsewhere, and a direct word is quicker anyway.)
    pub fn write<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        let result = self.with(f);
        if result.is_ok() {
            if let Some(bus) = self.bus() {
                // No tray app running (the dashboard started alone) is fine.
                let _ = aloud_desktop::instance::ask_refresh(bus);
            }
        }
        result
    }
}
