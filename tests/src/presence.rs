//! Stand-ins for the desktop's presence sources that cannot run here, behaving as
//! the real ones do on the bus: logind on a private system bus (its manager's
//! `GetSession`/`GetSessionByPID`, the session's properties with `GetAll` and
//! `PropertiesChanged`, `PrepareForSleep` and `PrepareForShutdown`, and `Inhibit`
//! "delay" locks, which it waits for, up to 5 s, before it would sleep) and KDE's `org.freedesktop.ScreenSaver`
//! on the session bus (`GetActive`, `ActiveChanged`). And input through XTEST, which
//! resets the X server's idle time as a person's would.
use crate::bus::PrivateBus;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use x11rb::connection::Connection as _;
use x11rb::protocol::xtest::ConnectionExt as _;
use x11rb::wrapper::ConnectionExt as _;
use zbus::blocking::Connection;
use zbus::zvariant::{ObjectPath, OwnedObjectPath, Value};

pub const SESSION_PATH: &str = "/org/freedesktop/login1/session/_32";
const LOGIN1: &str = "org.freedesktop.login1";
const SESSION_IFACE: &str = "org.freedesktop.login1.Session";

#[derive(Debug)]
struct SessionState {
    locked: bool,
    active: bool,
}

/// The read ends of the delay locks handed out; a lock is given back when its
/// holder closes the write end.
type Delays = Arc<Mutex<Vec<std::io::PipeReader>>>;

struct Manager(Delays);

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
    /// A delay lock on sleep or shutdown, as logind hands out: a file descriptor
    /// that holds the sleep off until closed.
    fn inhibit(
        &self,
        what: &str,
        _who: &str,
        _why: &str,
        mode: &str,
    ) -> zbus::fdo::Result<zbus::zvariant::OwnedFd> {
        if mode != "delay" || !what.split(':').all(|w| ["sleep", "shutdown"].contains(&w)) {
            return Err(zbus::fdo::Error::NotSupported(format!("{what} {mode}")));
        }
        let (reader, writer) =
            std::io::pipe().map_err(|e| zbus::fdo::Error::Failed(e.to_string()))?;
        self.0.lock().unwrap().push(reader);
        Ok(std::os::fd::OwnedFd::from(writer).into())
    }

    fn get_session(&self, id: &str) -> zbus::fdo::Result<OwnedObjectPath> {
        match id {
            "2" | "auto" => Ok(ObjectPath::try_from(SESSION_PATH).unwrap().into()),
            _ => Err(zbus::fdo::Error::Failed(format!("No session '{id}' known"))),
        }
    }

    #[zbus(name = "GetSessionByPID")]
    fn get_session_by_pid(&self, _pid: u32) -> OwnedObjectPath {
        ObjectPath::try_from(SESSION_PATH).unwrap().into()
    }
}

struct Session(Arc<Mutex<SessionState>>);

#[zbus::interface(name = "org.freedesktop.login1.Session")]
impl Session {
    #[zbus(property)]
    fn id(&self) -> String {
        "2".into()
    }

    #[zbus(property, name = "Type")]
    fn kind(&self) -> String {
        "x11".into()
    }

    #[zbus(property)]
    fn locked_hint(&self) -> bool {
        self.0.lock().unwrap().locked
    }

    #[zbus(property)]
    fn active(&self) -> bool {
        self.0.lock().unwrap().active
    }

    #[zbus(property)]
    fn idle_hint(&self) -> bool {
        false
    }
}

/// logind on its own system bus; give the app `address` as DBUS_SYSTEM_BUS_ADDRESS.
pub struct StandInLogind {
    _bus: PrivateBus,
    pub address: String,
    conn: Connection,
    state: Arc<Mutex<SessionState>>,
    delays: Delays,
}

impl StandInLogind {
    pub fn start(dir: &std::path::Path) -> StandInLogind {
        let bus = PrivateBus::start(dir);
        let state = Arc::new(Mutex::new(SessionState {
            locked: false,
            active: true,
        }));
        let delays = Delays::default();
        let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .name(LOGIN1)
            .unwrap()
            .serve_at("/org/freedesktop/login1", Manager(delays.clone()))
            .unwrap()
            .serve_at(SESSION_PATH, Session(state.clone()))
            .unwrap()
            .build()
            .expect("serve the stand-in logind");
        StandInLogind {
            address: bus.address.clone(),
            _bus: bus,
            conn,
            state,
            delays,
        }
    }

    /// As logind does when the lock screen comes up or goes: `LockedHint` changes
    /// and `PropertiesChanged` says so.
    pub fn set_locked(&self, locked: bool) {
        self.state.lock().unwrap().locked = locked;
        self.changed("LockedHint", locked);
    }

    /// The user switched to another session (false) or back (true).
    pub fn set_active(&self, active: bool) {
        self.state.lock().unwrap().active = active;
        self.changed("Active", active);
    }

    /// `PrepareForSleep(true)` before suspend, `(false)` on resume. Going, it
    /// returns as logind would go on to sleep: once every delay lock is given back,
    /// or after 5 s.
    pub fn prepare_for_sleep(&self, going: bool) {
        self.prepare("PrepareForSleep", going);
    }

    /// `PrepareForShutdown(true)` before the machine shuts down, as for a sleep.
    pub fn prepare_for_shutdown(&self, going: bool) {
        self.prepare("PrepareForShutdown", going);
    }

    /// How many delay locks are held now.
    pub fn delay_locks(&self) -> usize {
        self.delays.lock().unwrap().len()
    }

    fn prepare(&self, signal: &str, going: bool) {
        self.conn
            .emit_signal(
                None::<&str>,
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                signal,
                &(going,),
            )
            .unwrap();
        if going {
            let held: Vec<_> = std::mem::take(&mut *self.delays.lock().unwrap());
            let (done, given_back) = std::sync::mpsc::channel();
            for mut reader in held {
                let done = done.clone();
                std::thread::spawn(move || {
                    // EOF: the holder closed its end.
                    let _ = std::io::Read::read_to_end(&mut reader, &mut Vec::new());
                    let _ = done.send(());
                });
            }
            drop(done);
            let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
            while let Some(left) = deadline.checked_duration_since(std::time::Instant::now()) {
                if given_back.recv_timeout(left).is_err() {
                    break; // all given back (the channel closed) or time is up
                }
            }
        }
    }

    fn changed(&self, name: &str, value: bool) {
        let changed: HashMap<&str, Value> = HashMap::from([(name, Value::from(value))]);
        self.conn
            .emit_signal(
                None::<&str>,
                SESSION_PATH,
                "org.freedesktop.DBus.Properties",
                "PropertiesChanged",
                &(SESSION_IFACE, changed, Vec::<String>::new()),
            )
            .unwrap();
    }
}

struct ScreenSaver(Arc<Mutex<bool>>);

#[zbus::interface(name = "org.freedesktop.ScreenSaver")]
impl ScreenSaver {
    fn get_active(&self) -> bool {
        *self.0.lock().unwrap()
    }
}

/// KDE's screensaver interface on the session bus at `/ScreenSaver`.
pub struct StandInScreenSaver {
    conn: Connection,
    active: Arc<Mutex<bool>>,
}

impl StandInScreenSaver {
    pub fn start(session_bus: &str) -> StandInScreenSaver {
        StandInScreenSaver::start_with(session_bus, false)
    }

    /// One that is already running (`active`) when it takes its name.
    pub fn start_with(session_bus: &str, active: bool) -> StandInScreenSaver {
        let active = Arc::new(Mutex::new(active));
        let conn = zbus::blocking::connection::Builder::address(session_bus)
            .unwrap()
            .name("org.freedesktop.ScreenSaver")
            .unwrap()
            .serve_at("/ScreenSaver", ScreenSaver(active.clone()))
            .unwrap()
            .build()
            .expect("serve the stand-in screensaver");
        StandInScreenSaver { conn, active }
    }

    pub fn set_active(&self, active: bool) {
        *self.active.lock().unwrap() = active;
        self.conn
            .emit_signal(
                None::<&str>,
                "/ScreenSaver",
                "org.freedesktop.ScreenSaver",
                "ActiveChanged",
                &(active,),
            )
            .unwrap();
    }
}

/// One pointer motion through XTEST: the X server's idle time goes back to zero.
pub fn nudge_pointer() {
    let (conn, n) = x11rb::connect(None).expect("an X display");
    let root = conn.setup().roots[n].root;
    const MOTION: u8 = 6;
    // Relative motion by one pixel and back, so nothing under the pointer changes.
    conn.xtest_fake_input(MOTION, 1, 0, root, 1, 0, 0).unwrap();
    conn.xtest_fake_input(MOTION, 1, 0, root, -1, 0, 0).unwrap();
    conn.sync().unwrap();
}

#[derive(Default)]
struct IdleMonitorState {
    idle_ms: u64,
    next_id: u32,
    /// Idle watches: id → (interval, fired since the last activity).
    idle: HashMap<u32, (u64, bool)>,
    /// One-shot user-active watches.
    active: Vec<u32>,
    /// Every interval asked for, in order.
    intervals: Vec<u64>,
}

struct IdleMonitor(Arc<Mutex<IdleMonitorState>>);

#[zbus::interface(name = "org.gnome.Mutter.IdleMonitor")]
impl IdleMonitor {
    fn get_idletime(&self) -> u64 {
        self.0.lock().unwrap().idle_ms
    }

    fn add_idle_watch(&self, interval: u64) -> u32 {
        let mut state = self.0.lock().unwrap();
        state.next_id += 1;
        let id = state.next_id;
        let fired = state.idle_ms >= interval;
        state.idle.insert(id, (interval, fired));
        state.intervals.push(interval);
        id
    }

    fn add_user_active_watch(&self) -> u32 {
        let mut state = self.0.lock().unwrap();
        state.next_id += 1;
        let id = state.next_id;
        state.active.push(id);
        id
    }

    fn remove_watch(&self, id: u32) {
        let mut state = self.0.lock().unwrap();
        state.idle.remove(&id);
        state.active.retain(|a| *a != id);
    }
}

/// GNOME's idle monitor (`org.gnome.Mutter.IdleMonitor` at its `Core` path), with
/// idle time the test sets: idle watches fire once when it reaches their interval,
/// user-active watches fire once on the next activity and are gone, as in Mutter.
pub struct StandInIdleMonitor {
    conn: Connection,
    state: Arc<Mutex<IdleMonitorState>>,
}

const IDLE_MONITOR_PATH: &str = "/org/gnome/Mutter/IdleMonitor/Core";

impl StandInIdleMonitor {
    pub fn start(session_bus: &str) -> StandInIdleMonitor {
        let state = Arc::new(Mutex::new(IdleMonitorState::default()));
        let conn = zbus::blocking::connection::Builder::address(session_bus)
            .unwrap()
            .name("org.gnome.Mutter.IdleMonitor")
            .unwrap()
            .serve_at(IDLE_MONITOR_PATH, IdleMonitor(state.clone()))
            .unwrap()
            .build()
            .expect("serve the stand-in idle monitor");
        StandInIdleMonitor { conn, state }
    }

    /// The intervals the app asked to be told about, in ms.
    pub fn intervals(&self) -> Vec<u64> {
        self.state.lock().unwrap().intervals.clone()
    }

    /// No input for `ms`: idle watches up to that interval fire (once each).
    pub fn idle_for(&self, ms: u64) {
        let fired: Vec<u32> = {
            let mut state = self.state.lock().unwrap();
            state.idle_ms = ms;
            state
                .idle
                .iter_mut()
                .filter(|(_, (interval, fired))| !*fired && *interval <= ms)
                .map(|(id, (_, fired))| {
                    *fired = true;
                    *id
                })
                .collect()
        };
        fired.into_iter().for_each(|id| self.fire(id));
    }

    /// Input: idle time back to zero, user-active watches fire and are removed.
    pub fn activity(&self) {
        let fired: Vec<u32> = {
            let mut state = self.state.lock().unwrap();
            state.idle_ms = 0;
            state
                .idle
                .values_mut()
                .for_each(|(_, fired)| *fired = false);
            std::mem::take(&mut state.active)
        };
        fired.into_iter().for_each(|id| self.fire(id));
    }

    fn fire(&self, id: u32) {
        self.conn
            .emit_signal(
                None::<&str>,
                IDLE_MONITOR_PATH,
                "org.gnome.Mutter.IdleMonitor",
                "WatchFired",
                &(id,),
            )
            .unwrap();
    }
}
