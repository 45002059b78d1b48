//! Notifications without buttons, each on a connection of its own: what Aloud tells
//! in passing (a link that would not open, a dashboard that would not start, a
//! history restored) and, when it cannot start at all, why.
use crate::on_screen::APP_NAME;
use aloud_core::i18n::{Args, Catalogue};
use std::collections::HashMap;
use zbus::zvariant::Value;

pub fn no_link(c: &Catalogue) {
    tell(
        c.msg("no-link-summary"),
        c.msg("no-link-body"),
        "dialog-information",
    );
}

pub fn could_not_open(c: &Catalogue, url: &str, why: &str) {
    let args = Args::new().str("why", why).str("url", url);
    tell(
        c.msg("could-not-open-summary"),
        c.msg_with("could-not-open-body", &args),
        "dialog-warning",
    );
}

/// Says why Aloud could not start (its history cannot be opened); waits for the
/// desktop to take the message, since the process exits right after.
pub fn cannot_start(c: &Catalogue, message: &str) {
    plain(&c.msg("cannot-start-summary"), message, "dialog-error");
}

/// Tells that a damaged history was set aside and a backup restored.
pub fn restored(c: &Catalogue, message: &str) {
    tell(
        c.msg("restored-summary"),
        message.to_string(),
        "dialog-warning",
    );
}

/// Tells why the dashboard did not open (its program is missing, or it could not
/// read the history).
pub fn dashboard_failed(c: &Catalogue, message: &str) {
    tell(
        c.msg("dashboard-failed-summary"),
        message.to_string(),
        "dialog-error",
    );
}

/// Shows a notification without buttons from a short-lived thread.
pub fn tell(summary: String, body: String, icon: &'static str) {
    let _ = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || plain(&summary, &body, icon));
}

/// A notification without buttons that stays until dismissed, on a connection of
/// its own (it may be all there is: Aloud failing to start), and returns once the
/// server has taken it. The bus may start the server for it: showing is what
/// Aloud wants of it.
fn plain(summary: &str, body: &str, icon: &str) {
    let shown = zbus::blocking::Connection::session().and_then(|conn| {
        let actions: Vec<&str> = Vec::new();
        let hints: HashMap<&str, Value<'_>> = HashMap::new();
        conn.call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "Notify",
            &(APP_NAME, 0u32, icon, summary, body, actions, hints, 0i32),
        )
        .map(drop)
    });
    if let Err(e) = shown {
        aloud_app::report!("aloud: could not show a notification ({e}): {summary}");
    }
}
