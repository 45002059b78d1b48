//! The tracker behind a lock, for a desktop process whose threads (tray clicks,
//! notifications, the reminder loop, IPC commands) all use the one database
//! connection.
use aloud_core::{Result, Tracker};
use std::sync::Mutex;

pub struct SharedTracker(Mutex<Tracker>);

impl SharedTracker {
    pub fn new(tracker: Tracker) -> Self {
        SharedTracker(Mutex::new(tracker))
    }

    /// Runs `f` with the tracker. A poisoned lock is recovered: the tracker holds no
    /// state that a panic could leave half-changed (every write is one transaction).
    pub fn with<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        let mut guard = self.0.lock().unwrap_or_else(|e| e.into_inner());
        f(&mut guard)
    }
}
