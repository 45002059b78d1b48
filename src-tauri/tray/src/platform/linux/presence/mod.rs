//! The `PresenceSources` seam on Linux, each an event source (no polling):
//! - `logind`: the session's `LockedHint` and `Active`, and resume from suspend;
//! - `screensaver`: the desktops' `ActiveChanged` signals;
//! - `mutter`: GNOME's idle monitor (Wayland and X11), preferred when it runs;
//! - `x_idle`: the X server's SYNC `IDLETIME` counter with alarms.
mod logind;
mod mutter;
mod screensaver;
mod x_idle;

use crate::presence::{PresenceSources, Watch};
use std::sync::Arc;

/// The sources, on the app's session-bus connection when there is one.
pub struct Sources {
    pub session: Option<zbus::blocking::Connection>,
}

impl PresenceSources for Sources {
    fn start(self: Box<Self>, watch: &Arc<Watch>) {
        let away_after = watch.away_after();
        logind::start(watch);
        if let Some(session) = &self.session {
            screensaver::start(watch, session);
            if let Some(idle) = mutter::start(watch, session, away_after) {
                watch.set_idle_source(idle);
            }
        }
        if !watch.has_idle_source() {
            if let Some(idle) = x_idle::start(watch, away_after) {
                watch.set_idle_source(idle);
            }
        }
    }
}

/// Runs `body` on a named thread of its own, reporting if it cannot start.
fn spawn(name: &str, body: impl FnOnce() + Send + 'static) {
    if let Err(e) = std::thread::Builder::new().name(name.into()).spawn(body) {
        aloud_app::report!("aloud: cannot watch {name}: {e}");
    }
}
