//! Whether the person is at the computer, from events only: each of the platform's
//! sources (`PresenceSources`; on Linux logind, the screensavers, Mutter's idle
//! monitor, X11 SYNC alarms) blocks on its own socket until the desktop says
//! something changed, updates one signal here, and this sends
//! `Event::PresenceChanged` when the sum (the core's rule) changed. Nothing polls or
//! runs a timer.
//!
//! `ALOUD_PRESENCE=off` starts no source (presence is then unknown and reminders are
//! shown as they come due); `ALOUD_AWAY_AFTER_SECS` overrides the away threshold,
//! so tests need not wait minutes.
use crate::events::{Event, Inbox};
use aloud_core::presence::{Presence, Signals};
use chrono::Duration;
use std::sync::{Arc, Condvar, Mutex, OnceLock};

/// The seam to the desktop's sources of presence: started once, each then reports
/// to the watch from a thread of its own when something changes (no polling).
pub trait PresenceSources: Send {
    fn start(self: Box<Self>, watch: &Arc<Watch>);
}

/// What turns input idleness into alarms: the away threshold may change at run time.
pub trait IdleSource: Send + Sync {
    fn set_threshold(&self, after: Duration);
    /// The machine woke from suspend: count from now, as after an input.
    fn resumed(&self);
}

/// The person's presence as the sources last reported it.
pub struct Watch {
    signals: Mutex<Signals>,
    inbox: Arc<Inbox>,
    sources: Mutex<Vec<&'static str>>,
    idle: OnceLock<Arc<dyn IdleSource>>,
    threshold: Mutex<Duration>,
    /// Whether `discover` has started every source it could.
    discovered: (Mutex<bool>, Condvar),
    /// How many changes the tray has recorded in the history (see `going`).
    recorded: (Mutex<u64>, Condvar),
}

impl Watch {
    /// A watch with no source yet: presence is unknown until `discover` has run.
    pub fn new(inbox: Arc<Inbox>, away_after: Duration) -> Arc<Watch> {
        Arc::new(Watch {
            signals: Mutex::new(Signals::default()),
            inbox,
            sources: Mutex::new(Vec::new()),
            idle: OnceLock::new(),
            threshold: Mutex::new(override_threshold().unwrap_or(away_after)),
            discovered: (Mutex::new(false), Condvar::new()),
            recorded: (Mutex::new(0), Condvar::new()),
        })
    }

    /// Starts every source this desktop offers, on a thread of its own so that the
    /// tray icon need not wait for them.
    pub fn discover(self: &Arc<Self>, sources: Box<dyn PresenceSources>) {
        if std::env::var("ALOUD_PRESENCE").as_deref() == Ok("off") {
            self.discovered();
            return;
        }
        let watch = self.clone();
        let spawned = std::thread::Builder::new()
            .name("presence".into())
            .spawn(move || {
                sources.start(&watch);
                watch.discovered();
            });
        if let Err(e) = spawned {
            aloud_app::report!("aloud: cannot watch presence: {e}");
            self.discovered();
        }
    }

    /// The away threshold now.
    // Windows says when the person is inactive by its own time-out
    // (platform/windows/presence.rs): no idle source to set.
    #[cfg_attr(windows, allow(dead_code))]
    pub fn away_after(&self) -> Duration {
        *self.threshold.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The source of input idleness, once (the first one found is kept).
    #[cfg_attr(windows, allow(dead_code))]
    pub fn set_idle_source(&self, idle: Arc<dyn IdleSource>) {
        let _ = self.idle.set(idle);
    }

    #[cfg_attr(windows, allow(dead_code))]
    pub fn has_idle_source(&self) -> bool {
        self.idle.get().is_some()
    }

    fn discovered(&self) {
        let (done, changed) = &self.discovered;
        *done.lock().unwrap_or_else(|e| e.into_inner()) = true;
        changed.notify_all();
    }

    /// Waits (at most `within`) until every source has said how things stand, so
    /// that the first reminders are not shown to a locked screen.
    pub fn wait_discovered(&self, within: std::time::Duration) {
        let (done, changed) = &self.discovered;
        let done = done.lock().unwrap_or_else(|e| e.into_inner());
        let _ = changed.wait_timeout_while(done, within, |done| !*done);
    }

    pub fn presence(&self) -> Presence {
        self.lock().presence()
    }

    /// The sources that answer on this desktop, e.g. `["X idle time", "logind"]`.
    pub fn sources(&self) -> Vec<&'static str> {
        self.sources
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone()
    }

    /// Follows the "away after N minutes" setting (unless a test overrode it).
    pub fn set_away_after(&self, after: Duration) {
        let after = override_threshold().unwrap_or(after);
        let mut threshold = self.threshold.lock().unwrap_or_else(|e| e.into_inner());
        if *threshold != after {
            *threshold = after;
            if let Some(idle) = self.idle.get() {
                idle.set_threshold(after);
            }
        }
    }

    /// Back from suspend: someone opened or touched the machine.
    pub fn resumed(&self) {
        if let Some(idle) = self.idle.get() {
            idle.resumed();
        }
        self.update(|s| s.resumed());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Signals> {
        self.signals.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// Names a source that answers on this desktop.
    pub fn add_source(&self, name: &'static str) {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        if !sources.contains(&name) {
            sources.push(name);
            // What the tray records names its sources too.
            self.inbox.send(Event::PresenceChanged);
        }
    }

    /// Applies one source's news; tells the engine when presence changed, and says
    /// whether it did.
    pub fn update(&self, change: impl FnOnce(&mut Signals)) -> bool {
        let changed = {
            let mut signals = self.lock();
            let before = signals.presence();
            change(&mut signals);
            signals.presence() != before
        };
        if changed {
            self.inbox.send(Event::PresenceChanged);
        }
        changed
    }

    /// The machine is about to sleep or shut down: applies `change` and, if that
    /// made the person away, waits (at most `within`) until the tray has recorded
    /// it, so the day's marks know when they left. The source holds off the sleep
    /// meanwhile (a logind delay lock).
    pub fn going(&self, change: impl FnOnce(&mut Signals), within: std::time::Duration) {
        let (count, changed) = &self.recorded;
        let before = *count.lock().unwrap_or_else(|e| e.into_inner());
        if self.update(change) {
            let count = count.lock().unwrap_or_else(|e| e.into_inner());
            let _ = changed.wait_timeout_while(count, within, |n| *n == before);
        }
    }

    /// The tray has recorded the presence as it stands (after a change).
    pub fn recorded(&self) {
        let (count, changed) = &self.recorded;
        *count.lock().unwrap_or_else(|e| e.into_inner()) += 1;
        changed.notify_all();
    }
}

fn override_threshold() -> Option<Duration> {
    let secs: i64 = std::env::var("ALOUD_AWAY_AFTER_SECS").ok()?.parse().ok()?;
    (1..=3600).contains(&secs).then(|| Duration::seconds(secs))
}
