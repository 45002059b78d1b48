//! Whether the person is at the computer, from events only: each source below
//! blocks on its own socket until the desktop says something changed, updates one
//! signal, and wakes the reminder thread when the sum (the core's rule) changed.
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

use crate::wake::Poke;
use aloud_core::presence::{Presence, Signals};
use chrono::Duration;
use std::sync::{Arc, Mutex, OnceLock};

/// What turns input idleness into alarms: the away threshold may change at run time.
trait IdleSource: Send + Sync {
    fn set_threshold(&self, after: Duration);
    /// The machine woke from suspend: count from now, as after an input.
    fn resumed(&self);
}

/// The person's presence as the sources last reported it.
pub struct Watch {
    signals: Mutex<Signals>,
    poke: Poke,
    sources: Mutex<Vec<&'static str>>,
    idle: OnceLock<Arc<dyn IdleSource>>,
    threshold: Mutex<Duration>,
}

impl Watch {
    /// Starts every source this desktop offers; `session` is the app's session-bus
    /// connection, when there is one.
    pub fn start(
        poke: Poke,
        away_after: Duration,
        session: Option<&zbus::blocking::Connection>,
    ) -> Arc<Watch> {
        let away_after = override_threshold().unwrap_or(away_after);
        let watch = Arc::new(Watch {
            signals: Mutex::new(Signals::default()),
            poke,
            sources: Mutex::new(Vec::new()),
            idle: OnceLock::new(),
            threshold: Mutex::new(away_after),
        });
        if std::env::var("ALOUD_PRESENCE").as_deref() == Ok("off") {
            return watch;
        }
        logind::start(&watch);
        if let Some(session) = session {
            screensaver::start(&watch, session);
            if let Some(idle) = mutter::start(&watch, session, away_after) {
                let _ = watch.idle.set(idle);
            }
        }
        if watch.idle.get().is_none() {
            if let Some(idle) = x_idle::start(&watch, away_after) {
                let _ = watch.idle.set(idle);
            }
        }
        watch
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
        }
    }

    /// Applies one source's news; wakes the reminder thread when presence changed.
    fn update(&self, change: impl FnOnce(&mut Signals)) {
        let changed = {
            let mut signals = self.lock();
            let before = signals.presence();
            change(&mut signals);
            signals.presence() != before
        };
        if changed {
            self.poke.poke();
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
