//! Opens a network link in the person's browser, through the desktop: the
//! `org.freedesktop.portal.OpenURI` portal where one runs (sandboxes, GNOME, KDE),
//! else `xdg-open` (`aloud_app::open_link`). Aloud itself never connects to the
//! address.
use std::collections::HashMap;

const PORTAL: &str = "org.freedesktop.portal.Desktop";

/// Asks the desktop to open `url` (already checked: http or https). Returns once
/// the request is handed over; the browser may take longer to appear.
pub fn open(url: &str) -> Result<(), String> {
    through_portal(url).unwrap_or_else(|| aloud_app::open_link::open(url))
}

/// `open` from a thread of its own (opening may take a moment), so a tray click or
/// an IPC call never waits on it; a failure is reported and handed to `failed`
/// with its reason.
pub fn open_in_background(url: &str, failed: impl FnOnce(&str, &str) + Send + 'static) {
    let url = url.to_string();
    let spawned = std::thread::Builder::new()
        .name("open-link".into())
        .spawn(move || {
            if let Err(e) = open(&url) {
                aloud_app::report!("aloud: could not open {url}: {e}");
                failed(&url, &e);
            }
        });
    if let Err(e) = spawned {
        aloud_app::report!("aloud: could not start opening a link: {e}");
    }
}

/// `None` when no portal runs on the session bus (it is not started for this).
fn through_portal(url: &str) -> Option<Result<(), String>> {
    let bus = zbus::blocking::Connection::session().ok()?;
    let dbus = zbus::blocking::fdo::DBusProxy::new(&bus).ok()?;
    let name = zbus::names::BusName::try_from(PORTAL).ok()?;
    if !dbus.name_has_owner(name).unwrap_or(false) {
        return None;
    }
    let options: HashMap<&str, zbus::zvariant::Value<'_>> = HashMap::new();
    let reply = bus.call_method(
        Some(PORTAL),
        "/org/freedesktop/portal/desktop",
        Some("org.freedesktop.portal.OpenURI"),
        "OpenURI",
        &("", url, options),
    );
    Some(
        reply
            .map(|_| ())
            .map_err(|e| format!("the desktop portal: {e}")),
    )
}
