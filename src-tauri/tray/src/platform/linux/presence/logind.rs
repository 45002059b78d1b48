//! The session's lock and activity from logind on the system bus: `LockedHint`
//! (GNOME and KDE set it while the lock screen shows) and `Active` (false while the
//! user switched to another session), followed through `PropertiesChanged`;
//! `PrepareForSleep` and `PrepareForShutdown`: the machine going to sleep or
//! shutting down is away (the day's departure, perhaps), and waking ends idleness.
//! A logind "delay" lock holds the sleep off until the tray has recorded the going
//! (a few milliseconds; logind waits 5 s at most), then is given back.
use crate::presence::Watch;
use aloud_desktop::bus::{call_running, Target};
use std::collections::HashMap;
use std::sync::Arc;
use zbus::blocking::{Connection, MessageIterator};
use zbus::message::Type;
use zbus::zvariant::{OwnedFd, OwnedObjectPath, OwnedValue};
use zbus::MatchRule;

const LOGIND: &str = "org.freedesktop.login1";
const ROOT: &str = "/org/freedesktop/login1";
const MANAGER: &str = "org.freedesktop.login1.Manager";
const SESSION: &str = "org.freedesktop.login1.Session";
const PROPERTIES: &str = "org.freedesktop.DBus.Properties";

type Failure = Box<dyn std::error::Error>;

/// Starts following this process's logind session, where there is one; a machine
/// without a system bus or logind simply has no such source.
pub fn start(watch: &Arc<Watch>) {
    // No system bus (a container, a minimal system) is normal, not worth a word.
    let Ok(conn) = Connection::system() else {
        return;
    };
    if let Err(e) = follow(watch, conn) {
        aloud_app::report!("aloud: no screen-lock state from logind ({e})");
    }
}

fn follow(watch: &Arc<Watch>, conn: Connection) -> Result<(), Failure> {
    let session = session_path(&conn)?;
    // Subscribed before the first read, so no change falls between the two.
    let rule = MatchRule::builder()
        .msg_type(Type::Signal)
        .path_namespace(ROOT)?
        .build();
    let signals = MessageIterator::for_match_rule(rule, &conn, Some(16))?;
    let properties = Target {
        name: LOGIND,
        path: session.as_str(),
        interface: PROPERTIES,
    };
    let all: HashMap<String, OwnedValue> = call_running(&conn, properties, "GetAll", &(SESSION,))?;
    apply(watch, &all);
    watch.add_source("logind");
    let watch = Arc::downgrade(watch);
    let mut delay = take_delay_lock(&conn);
    super::spawn("logind", move || {
        for msg in signals {
            let Ok(msg) = msg else { continue };
            let Some(watch) = watch.upgrade() else { return };
            let header = msg.header();
            let member = header.member().map(|m| m.as_str());
            let path = header.path().map(|p| p.as_str());
            match member {
                Some("PropertiesChanged") if path == Some(session.as_str()) => {
                    let body = msg.body();
                    let Ok((iface, changed, _)) =
                        body.deserialize::<(String, HashMap<String, OwnedValue>, Vec<String>)>()
                    else {
                        continue;
                    };
                    if iface == SESSION {
                        apply(&watch, &changed);
                    }
                }
                Some(signal @ ("PrepareForSleep" | "PrepareForShutdown")) if path == Some(ROOT) => {
                    let Ok(going) = msg.body().deserialize::<bool>() else {
                        continue;
                    };
                    if going {
                        watch.going(|s| s.powering_down = Some(true), RECORD_WITHIN);
                        delay.take(); // let it sleep
                    } else {
                        // Woken (or the shutdown called off): someone is there.
                        if signal == "PrepareForSleep" {
                            watch.resumed();
                        } else {
                            watch.update(|s| s.powering_down = Some(false));
                        }
                        delay = take_delay_lock(&conn);
                    }
                }
                _ => {}
            }
        }
    });
    Ok(())
}

/// The longest the sleep is held off for the tray to record the going.
const RECORD_WITHIN: std::time::Duration = std::time::Duration::from_secs(2);

/// A logind "delay" inhibitor on sleep and shutdown, held until given back (none
/// where logind refuses one).
fn take_delay_lock(conn: &Connection) -> Option<OwnedFd> {
    let manager = Target {
        name: LOGIND,
        path: ROOT,
        interface: MANAGER,
    };
    let why = "Noting when you leave, to learn your day's rhythm";
    call_running(
        conn,
        manager,
        "Inhibit",
        &("sleep:shutdown", "Aloud", why, "delay"),
    )
    .ok()
}

/// This process's session: `XDG_SESSION_ID` when set, else the session logind finds
/// for our pid, else the user's display session (`auto`).
fn session_path(conn: &Connection) -> Result<String, Failure> {
    let manager = Target {
        name: LOGIND,
        path: ROOT,
        interface: MANAGER,
    };
    let get = |id: &str| call_running::<_, OwnedObjectPath>(conn, manager, "GetSession", &(id,));
    let by_pid = || call_running(conn, manager, "GetSessionByPID", &(std::process::id(),));
    let path = std::env::var("XDG_SESSION_ID")
        .ok()
        .and_then(|id| get(&id).ok())
        .or_else(|| by_pid().ok())
        .map_or_else(|| get("auto"), Ok)?;
    Ok(path.to_string())
}

fn apply(watch: &Watch, properties: &HashMap<String, OwnedValue>) {
    let flag = |name: &str| properties.get(name).and_then(|v| bool::try_from(v).ok());
    let (locked, active) = (flag("LockedHint"), flag("Active"));
    if locked.is_none() && active.is_none() {
        return;
    }
    watch.update(|s| {
        if locked.is_some() {
            s.locked = locked;
        }
        if active.is_some() {
            s.session_active = active;
        }
    });
}
