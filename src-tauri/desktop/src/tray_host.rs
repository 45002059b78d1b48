//! Whether the desktop shows tray icons: a StatusNotifierWatcher owns its name on
//! the session bus (KDE, XFCE, GNOME with the AppIndicator extension…). Stock GNOME
//! has none; then the dashboard is the way in, and the tray registers by itself if
//! a watcher appears later.
use zbus::blocking::fdo::DBusProxy;
use zbus::blocking::Connection;
use zbus::names::BusName;

pub const WATCHER: &str = "org.kde.StatusNotifierWatcher";

/// False when there is no watcher (or no session bus at all).
pub fn present() -> bool {
    let ask = || -> zbus::Result<bool> {
        let conn = Connection::session()?;
        let name = BusName::try_from(WATCHER)?;
        Ok(DBusProxy::new(&conn)?.name_has_owner(name)?)
    };
    ask().unwrap_or(false)
}
