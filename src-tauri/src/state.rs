//! What the dashboard's commands share: the history, and what to tell on opening.
use crate::desktop::Tray;
use aloud_app::shared_tracker::SharedTracker;
use aloud_core::{Result, Tracker};
use std::path::PathBuf;

pub struct Shared {
    tracker: SharedTracker,
    /// Where the history lives, shown in Settings.
    pub data_dir: PathBuf,
    /// False when the desktop had no tray host when the window opened.
    pub tray_shown: bool,
    /// What the tray app restored at its start (a damaged history), to tell.
    pub restored: Option<String>,
    /// The tray app, to ask for a redraw.
    tray: Tray,
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
            tray: Tray::default(),
        }
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
            self.tray.ask_refresh();
        }
        result
    }
}
