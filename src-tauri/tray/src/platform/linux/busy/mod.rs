//! The `BusySources` seam on Linux, each an event source (no polling):
//! - `notification_server`: dunst's `paused` and KDE Plasma's `Inhibited`, the
//!   Do Not Disturb of the server that shows notifications, with their
//!   `PropertiesChanged`;
//! - `xfconf`: xfce4-notifyd's `/do-not-disturb`, through xfconfd's `PropertyChanged`;
//! - `dconf`: GNOME's `show-banners`, read from dconf's database when the dconf
//!   writer's `Notify` says it changed;
//! - `full_screen`: the X11 window with the focus in full screen, through property
//!   changes on the root window and on that window.
//!
//! Each listens without starting anything (`aloud_desktop::bus`). The three on
//! D-Bus are tasks on the connection's own executor thread, so they cost no thread
//! of their own.
mod dconf;
mod full_screen;
mod notification_server;
mod xfconf;

use crate::busy::{BusySources, BusyWatch};
use std::sync::{Arc, Mutex};

/// The sources, on the app's session-bus connection when there is one.
pub struct Sources {
    pub session: Option<zbus::blocking::Connection>,
}

impl BusySources for Sources {
    fn start(self: Box<Self>, watch: &Arc<BusyWatch>) {
        let dnd = Arc::new(DoNotDisturb {
            watch: Arc::downgrade(watch),
            said: Mutex::default(),
        });
        if let Some(session) = &self.session {
            let conn = session.inner();
            spawn_task(
                conn,
                "do not disturb",
                notification_server::follow(dnd.clone(), conn.clone()),
            );
            spawn_task(conn, "xfconf", xfconf::follow(dnd.clone(), conn.clone()));
            spawn_task(conn, "dconf", dconf::follow(dnd.clone(), conn.clone()));
        }
        full_screen::start(watch);
    }
}

/// Which of the Do Not Disturb sources said what: the person is in Do Not
/// Disturb when any of them says so.
pub struct DoNotDisturb {
    watch: std::sync::Weak<BusyWatch>,
    said: Mutex<[Option<bool>; 3]>,
}

/// The Do Not Disturb sources, by their place in `DoNotDisturb::said`.
#[derive(Clone, Copy)]
pub enum Source {
    NotificationServer = 0,
    Xfconf = 1,
    Dconf = 2,
}

impl DoNotDisturb {
    /// One source's news (`None`: it no longer answers), under the name it
    /// answers by on this desktop.
    pub fn said(&self, source: Source, name: &'static str, on: Option<bool>) {
        let Some(watch) = self.watch.upgrade() else {
            return;
        };
        if on.is_some() {
            watch.add_source(name);
        }
        let combined = {
            let mut said = self.said.lock().unwrap_or_else(|e| e.into_inner());
            said[source as usize] = on;
            let known = said.iter().any(Option::is_some);
            known.then(|| said.contains(&Some(true)))
        };
        watch.update(|s| s.do_not_disturb = combined);
    }
}

/// The signals `rule` matches, from now on (subscribed before anything is asked,
/// so that no change falls between the two).
async fn signals(
    conn: &zbus::Connection,
    rule: zbus::MatchRule<'_>,
) -> zbus::Result<zbus::MessageStream> {
    zbus::MessageStream::for_match_rule(rule, conn, Some(8)).await
}

/// Runs a source on the connection's executor; a source that cannot follow its
/// signals is reported, and Do Not Disturb is then simply not known from it.
fn spawn_task(
    conn: &zbus::Connection,
    name: &'static str,
    source: impl std::future::Future<Output = zbus::Result<()>> + Send + 'static,
) {
    let task = async move {
        if let Err(e) = source.await {
            aloud_app::report!("aloud: cannot follow {name} ({e})");
        }
    };
    conn.executor().spawn(task, name).detach();
}

/// Runs `body` on a named thread of its own, reporting if it cannot start.
fn spawn(name: &str, body: impl FnOnce() + Send + 'static) {
    if let Err(e) = std::thread::Builder::new().name(name.into()).spawn(body) {
        aloud_app::report!("aloud: cannot watch {name}: {e}");
    }
}
