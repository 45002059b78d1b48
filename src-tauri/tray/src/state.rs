//! What the threads of the tray app share: the history, the events waiting, presence,
//! the dashboard launcher and the notifications on screen.
use crate::dashboard::Launcher;
use crate::events::{Event, Inbox};
use crate::on_screen::OnScreen;
use crate::platform::{Opener, Poke};
use crate::settled::Settled;
use aloud_app::shared_tracker::SharedTracker;
use aloud_core::i18n::Catalogue;
use aloud_core::store::lease::TrayLease;
use aloud_core::{Result, Tracker};
use std::sync::{Arc, Mutex, OnceLock};

/// Who met a run-time error: the reminder thread, or an action (tray, notification, dashboard).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Origin {
    Engine,
    Action,
}

pub struct Shared {
    tracker: SharedTracker,
    /// Starts the dashboard process.
    pub dashboard: Launcher,
    /// Hands a link to the browser.
    pub opener: Arc<dyn Opener>,
    /// Whether the engine has caught up (for `Refresh`).
    pub settled: Arc<Settled>,
    /// Whether the person is at the computer.
    pub presence: Arc<crate::presence::Watch>,
    /// Whether the desktop says they are busy (Do Not Disturb, full screen).
    pub busy: Arc<crate::busy::BusyWatch>,
    /// Answerable notifications and what is on screen (set once at start, when
    /// there is a session bus).
    pub on_screen: OnceLock<Arc<OnScreen>>,
    poke: Poke,
    /// The last run-time error shown to the person, so it is notified only once.
    last_error: Mutex<Option<(Origin, String)>>,
    /// The events waiting for the engine thread.
    inbox: Arc<Inbox>,
    /// Held while this tray app runs, so that what it records of presence counts
    /// (none when another tray app on this data dir holds it).
    lease: Option<TrayLease>,
}

impl Shared {
    pub fn new(
        tracker: Tracker,
        inbox: Arc<Inbox>,
        poke: Poke,
        dashboard: Launcher,
        opener: Arc<dyn Opener>,
        presence: Arc<crate::presence::Watch>,
    ) -> Self {
        let lease = tracker.take_tray_lease().unwrap_or_else(|e| {
            aloud_app::report!("aloud: others will not see presence: {e}");
            None
        });
        Shared {
            tracker: SharedTracker::new(tracker),
            dashboard,
            opener,
            settled: Arc::default(),
            presence,
            busy: crate::busy::BusyWatch::new(inbox.clone()),
            on_screen: OnceLock::new(),
            inbox,
            poke,
            last_error: Mutex::new(None),
            lease,
        }
    }

    /// Whether what this tray app records of presence counts (it holds the lease).
    pub fn records_presence(&self) -> bool {
        self.lease.is_some()
    }

    pub fn with<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        self.tracker.with(f)
    }

    /// The messages in the person's language (the desktop's when the history
    /// cannot be read).
    pub fn catalogue(&self) -> &'static Catalogue {
        self.with(|t| t.catalogue())
            .unwrap_or_else(|_| Catalogue::for_setting(None))
    }

    /// Runs a write and wakes the reminder thread, which re-plans and redraws the tray.
    pub fn write<T>(&self, f: impl FnOnce(&mut Tracker) -> Result<T>) -> Result<T> {
        let result = self.with(f);
        if result.is_ok() {
            self.clear_error(Origin::Action);
        }
        self.poke.poke();
        result
    }

    /// Hands `event` to the engine thread (see `events`).
    pub fn send(&self, event: Event) {
        self.inbox.send(event);
    }

    /// The events sent since the last call, oldest first.
    pub fn take_events(&self) -> Vec<Event> {
        self.inbox.take()
    }

    /// Records an error; returns true when it differs from the last one shown.
    pub fn note_error(&self, origin: Origin, message: &str) -> bool {
        let mut last = self.last_error.lock().unwrap_or_else(|e| e.into_inner());
        let new = last.as_ref().map(|(_, m)| m.as_str()) != Some(message);
        *last = Some((origin, message.to_string()));
        new
    }

    /// Clears the shown error if it came from `origin`: a successful re-plan does not
    /// hide a failed save, only a later successful save does.
    pub fn clear_error(&self, origin: Origin) {
        let mut last = self.last_error.lock().unwrap_or_else(|e| e.into_inner());
        if last.as_ref().is_some_and(|(o, _)| *o == origin) {
            *last = None;
        }
    }

    pub fn last_error(&self) -> Option<String> {
        let last = self.last_error.lock().unwrap_or_else(|e| e.into_inner());
        last.as_ref().map(|(_, m)| m.clone())
    }
}
