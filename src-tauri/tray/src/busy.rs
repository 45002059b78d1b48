//! Whether the desktop says the person is busy, from events only: each of the
//! platform's sources (`BusySources`; on Linux the notification server's Do Not
//! Disturb, Xfce's and GNOME's settings, and the X11 window in full screen) blocks
//! on its own socket until something changes, updates one signal here, and this
//! sends `Event::BusyChanged` when the signals changed. Nothing polls. Meetings are
//! the core's own business: it reads the calendar files the engine watches.
use crate::events::{Event, Inbox};
use aloud_core::busy::DesktopBusy;
use std::sync::{Arc, Mutex};

/// The seam to the desktop's busy sources: started once, each then reports to the
/// watch when something changes, from a task or thread of its own.
pub trait BusySources: Send {
    fn start(self: Box<Self>, watch: &Arc<BusyWatch>);
}

/// What the desktop's busy sources last said.
pub struct BusyWatch {
    signals: Mutex<DesktopBusy>,
    sources: Mutex<Vec<&'static str>>,
    // Windows has no desktop busy source yet (platform/windows/busy.rs).
    #[cfg_attr(windows, allow(dead_code))]
    inbox: Arc<Inbox>,
}

impl BusyWatch {
    pub fn new(inbox: Arc<Inbox>) -> Arc<BusyWatch> {
        Arc::new(BusyWatch {
            signals: Mutex::default(),
            sources: Mutex::default(),
            inbox,
        })
    }

    /// Starts every source this desktop offers; each then runs on its own (they
    /// ask nothing before returning, so the caller does not wait).
    pub fn discover(self: &Arc<Self>, sources: Box<dyn BusySources>) {
        sources.start(self);
    }

    pub fn signals(&self) -> DesktopBusy {
        *self.signals.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The sources that answer here, e.g. `["dunst", "X11 full screen"]`.
    pub fn sources(&self) -> Vec<&'static str> {
        self.sources
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Names a source that answers on this desktop.
    #[cfg_attr(windows, allow(dead_code))]
    pub fn add_source(&self, name: &'static str) {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        if !sources.contains(&name) {
            sources.push(name);
            self.inbox.send(Event::BusyChanged);
        }
    }

    /// Applies one source's news; tells the engine when the signals changed.
    #[cfg_attr(windows, allow(dead_code))]
    pub fn update(&self, change: impl FnOnce(&mut DesktopBusy)) {
        let changed = {
            let mut signals = self.signals.lock().unwrap_or_else(|e| e.into_inner());
            let before = *signals;
            change(&mut signals);
            *signals != before
        };
        if changed {
            self.inbox.send(Event::BusyChanged);
        }
    }
}
