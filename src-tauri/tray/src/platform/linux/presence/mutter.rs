//! Idleness from GNOME's own idle monitor (`org.gnome.Mutter.IdleMonitor`), the one
//! that works on GNOME Wayland, where X clients see no input: an idle watch at the
//! threshold says away, a one-shot user-active watch says back (`WatchFired`).
use crate::presence::{IdleSource, Watch};
use aloud_desktop::bus::{call_running, Target};
use chrono::Duration;
use std::sync::{Arc, Mutex, Weak};
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::MatchRule;

const NAME: &str = "org.gnome.Mutter.IdleMonitor";
const PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

pub struct MutterIdle {
    conn: Connection,
    /// The current idle watch and user-active watch ids.
    watches: Mutex<Watches>,
    watch: Weak<Watch>,
}

#[derive(Default)]
struct Watches {
    idle: Option<u32>,
    active: Option<u32>,
}

/// Starts when the idle monitor is on the bus; None otherwise.
pub fn start(watch: &Arc<Watch>, conn: &Connection, after: Duration) -> Option<Arc<MutterIdle>> {
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .interface(NAME)
        .ok()?
        .member("WatchFired")
        .ok()?
        .path(PATH)
        .ok()?
        .build();
    let signals = MessageIterator::for_match_rule(rule, conn, Some(16)).ok()?;
    let idle = Arc::new(MutterIdle {
        conn: conn.clone(),
        watches: Mutex::default(),
        watch: Arc::downgrade(watch),
    });
    // Not running (not GNOME): the call fails at once and X idle time is used.
    let idle_ms: u64 = idle.call("GetIdletime", &()).ok()?;
    if let Err(e) = idle.watch_idle(after) {
        aloud_app::report!("aloud: GNOME's idle monitor refused a watch ({e})");
        return None;
    }
    watch.add_source("GNOME idle monitor");
    if idle_ms >= after.num_milliseconds().max(0) as u64 {
        idle.away();
    } else {
        watch.update(|s| s.idle = Some(false));
    }
    let events = idle.clone();
    super::spawn("GNOME idle monitor", move || {
        for msg in signals {
            let Ok(fired) = msg.and_then(|m| m.body().deserialize::<u32>()) else {
                continue;
            };
            let (idle_id, active_id) = {
                let w = events.watches.lock().unwrap_or_else(|e| e.into_inner());
                (w.idle, w.active)
            };
            if Some(fired) == idle_id {
                events.away();
            } else if Some(fired) == active_id {
                events.back();
            }
        }
    });
    Some(idle)
}

impl MutterIdle {
    fn call<B, R>(&self, method: &str, body: &B) -> zbus::Result<R>
    where
        B: serde::Serialize + zbus::zvariant::DynamicType,
        R: for<'d> zbus::zvariant::DynamicDeserialize<'d>,
    {
        let monitor = Target {
            name: NAME,
            path: PATH,
            interface: NAME,
        };
        call_running(&self.conn, monitor, method, body)
    }

    fn watch_idle(&self, after: Duration) -> zbus::Result<()> {
        let interval = after.num_milliseconds().max(1) as u64;
        let id: u32 = self.call("AddIdleWatch", &(interval,))?;
        let old = self
            .watches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .idle
            .replace(id);
        if let Some(old) = old {
            let _: zbus::Result<()> = self.call("RemoveWatch", &(old,));
        }
        Ok(())
    }

    /// Idle past the threshold: away until the next input.
    fn away(&self) {
        match self.call::<_, u32>("AddUserActiveWatch", &()) {
            Ok(id) => {
                self.watches
                    .lock()
                    .unwrap_or_else(|e| e.into_inner())
                    .active = Some(id);
                if let Some(watch) = self.watch.upgrade() {
                    watch.update(|s| s.idle = Some(true));
                }
            }
            Err(e) => aloud_app::report!("aloud: GNOME's idle monitor: {e}"),
        }
    }

    fn back(&self) {
        self.watches
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .active = None;
        if let Some(watch) = self.watch.upgrade() {
            watch.update(|s| s.idle = Some(false));
        }
    }
}

impl IdleSource for MutterIdle {
    fn set_threshold(&self, after: Duration) {
        if let Err(e) = self.watch_idle(after) {
            aloud_app::report!("aloud: GNOME's idle monitor refused a watch ({e})");
        }
    }

    /// Mutter resets its idle time on resume itself, which fires the user-active watch.
    fn resumed(&self) {}
}
