//! The running tray app's name on the session bus. Owning it makes the tray the
//! single instance. Its methods let a second launch open the dashboard (`Open`),
//! tell the CLI and the dashboard whether the person is at the desk (`Presence`),
//! and let the dashboard process ask for a redraw after it saved something the tray
//! shows but does not watch, such as "Start at login" (`Refresh`).
use crate::bus::{call_running, Target};
use aloud_core::presence::Presence;
use zbus::blocking::Connection;

pub const NAME: &str = "app.aloud.Aloud";
pub const PATH: &str = "/app/aloud/Aloud";
pub const INTERFACE: &str = "app.aloud.Aloud";
/// Asked without starting anything: only a tray app already running answers.
const TRAY: Target<'static> = Target {
    name: NAME,
    path: PATH,
    interface: INTERFACE,
};

/// Asks the running tray app to open its dashboard at `panel`.
pub fn ask_open(conn: &Connection, panel: &str) -> zbus::Result<()> {
    conn.call_method(Some(NAME), PATH, Some(INTERFACE), "Open", &(panel,))
        .map(drop)
}

/// What the running tray app knows of the person's presence, and from which of the
/// desktop's sources; `unknown` and none when no tray app answers.
pub fn ask_presence(conn: &Connection) -> (Presence, Vec<String>) {
    call_running::<_, (String, Vec<String>)>(conn, TRAY, "Presence", &())
        .ok()
        .and_then(|(name, sources)| Some((Presence::parse(&name)?, sources)))
        .unwrap_or((Presence::Unknown, Vec::new()))
}

/// Asks the running tray app (if any) to redraw its menu.
pub fn ask_refresh(conn: &Connection) -> zbus::Result<()> {
    call_running(conn, TRAY, "Refresh", &())
}
