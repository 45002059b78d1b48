//! Stand-ins for the desktop's presence sources that cannot run here, behaving as
//! the real ones do on the bus: logind on a private system bus (its manager's
//! `GetSession`/`GetSessionByPID`, the session's properties with `GetAll` and
//! `PropertiesChanged`, `PrepareForSleep`) and KDE's `org.freedesktop.ScreenSaver`
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

struct Manager;

#[zbus::interface(name = "org.freedesktop.login1.Manager")]
impl Manager {
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
}

impl StandInLogind {
    pub fn start(dir: &std::path::Path) -> StandInLogind {
        let bus = PrivateBus::start(dir);
        let state = Arc::new(Mutex::new(SessionState {
            locked: false,
            active: true,
        }));
        let conn = zbus::blocking::connection::Builder::address(bus.address.as_str())
            .unwrap()
            .name(LOGIN1)
            .unwrap()
            .serve_at("/org/freedesktop/login1", Manager)
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

    /// `PrepareForSleep(true)` before suspend, `(false)` on resume.
    pub fn prepare_for_sleep(&self, going: bool) {
        self.conn
            .emit_signal(
                None::<&str>,
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                &(going,),
            )
            .unwrap();
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
        let active = Arc::new(Mutex::new(false));
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
