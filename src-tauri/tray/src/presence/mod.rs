//! Whether the person is at the computer, from events only: each source below
//! blocks on its own socket until the desktop says something changed, updates one
//! signal, and sends `Event::PresenceChanged` when the sum (the core's rule) changed.
//! Nothing here polls or runs a timer.
//! - `logind`: the session's `LockedHint` and `Active`, and resume from suspend;
//! - `screensaver`: the desktops' `ActiveChanged` signals;
//! - `mutter`: GNOME's idle monitor (Wayland and X11), preferred when it runs;
//! - `x_idle`: the X server's SYNC `IDLETIME` counter with alarms.
//!
//! `ALOUD_PRESENCE=off` starts no source (presence is then unknown and reminders are
//! shown as they come due); `ALOUD_AWAY_AFTER_SECS` overrides the away threshold,
//! so tests need not wait minutes.
mod logind;
mod mutter;
mod screensaver;
mod x_idle;

use crate::events::{Event, Inbox};
use aloud_core::presence::{Presence, Signals};
use chrono::Duration;
use std::sync::{Arc, Condvar, Mutex, OnceLock};

/// What turns input idleness into alarms: the away threshold may change at run time.
trait IdleSource: Send + Sync {
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
        })
    }

    /// Starts every source this desktop offers, on a thread of its own so that the
    /// tray icon need not wait for them; `session` is the app's session-bus
    /// connection, when there is one.
    pub fn discover(self: &Arc<Self>, session: Option<zbus::blocking::Connection>) {
        if std::env::var("ALOUD_PRESENCE").as_deref() == Ok("off") {
            self.discovered();
            return;
        }
        let watch = self.clone();
        let spawned = std::thread::Builder::new()
            .name("presence".into())
            .spawn(move || {
                watch.start_sources(session.as_ref());
                watch.discovered();
            });
        if let Err(e) = spawned {
            aloud_app::report!("aloud: cannot watch presence: {e}");
            self.discovered();
        }
    }

    fn start_sources(self: &Arc<Self>, session: Option<&zbus::blocking::Connection>) {
        let away_after = *self.threshold.lock().unwrap_or_else(|e| e.into_inner());
        logind::start(self);
        if let Some(session) = session {
            screensaver::start(self, session);
            if let Some(idle) = mutter::start(self, session, away_after) {
                let _ = self.idle.set(idle);
            }
        }
        if self.idle.get().is_none() {
            if let Some(idle) = x_idle::start(self, away_after) {
                let _ = self.idle.set(idle);
            }
        }
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
    fn resumed(&self) {
        if let Some(idle) = self.idle.get() {
            idle.resumed();
        }
        self.update(|s| s.resumed());
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, Signals> {
        self.signals.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn add_source(&self, name: &'static str) {
        let mut sources = self.sources.lock().unwrap_or_else(|e| e.into_inner());
        if !sources.contains(&name) {
            sources.push(name);
            // What the tray records names its sources too.
            self.inbox.send(Event::PresenceChanged);
        }
    }

    /// Applies one source's news; tells the engine when presence changed.
    fn update(&self, change: impl FnOnce(&mut Signals)) {
        let changed = {
            let mut signals = self.lock();
            let before = signals.presence();
            change(&mut signals);
            signals.presence() != before
        };
        if changed {
            self.inbox.send(Event::PresenceChanged);
        }
    }
}

fn override_threshold() -> Option<Duration> {
    let secs: i64 = std::env::var("ALOUD_AWAY_AFTER_SECS").ok()?.parse().ok()?;
    (1..=3600).contains(&secs).then(|| Duration::seconds(secs))
}

/// Runs `body` on a named thread of its own, reporting if it cannot start.
fn spawn(name: &str, body: impl FnOnce() + Send + 'static) {
    if let Err(e) = std::thread::Builder::new().name(name.into()).spawn(body) {
        aloud_app::report!("aloud: cannot watch {name}: {e}");
    }
}
