//! The running tray app's name on the session bus. Owning it makes the tray the
//! single instance. Its methods let a second launch open the dashboard (`Open`),
//! tell whether the person is at the desk (`Presence`),
//! and let the dashboard process ask for a redraw after it saved something the tray
//! shows but does not watch, such as "Start at login" (`Refresh`).
use crate::bus::{call_running, Target};
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

/// Asks the running tray app (if any) to redraw its menu.
pub fn ask_refresh(conn: &Connection) -> zbus::Result<()> {
    call_running(conn, TRAY, "Refresh", &())
}
