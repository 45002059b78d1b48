//! Notifications without buttons: what Aloud tells in passing (a link that would
//! not open, a dashboard that would not start, a history restored) and, when it
//! cannot start at all, why. Shown by the platform's `tell`.
use crate::platform::{self, Tone};
use aloud_core::i18n::{Args, Catalogue};

pub fn no_link(c: &Catalogue) {
    tell(
        c.msg("no-link-summary"),
        c.msg("no-link-body"),
        Tone::Information,
    );
}

pub fn could_not_open(c: &Catalogue, url: &str, why: &str) {
    let args = Args::new().str("why", why).str("url", url);
    tell(
        c.msg("could-not-open-summary"),
        c.msg_with("could-not-open-body", &args),
        Tone::Warning,
    );
}

/// Says why Aloud could not start (its history cannot be opened); waits for the
/// desktop to take the message, since the process exits right after.
pub fn cannot_start(c: &Catalogue, message: &str) {
    platform::tell(&c.msg("cannot-start-summary"), message, Tone::Error);
}

/// Tells that a damaged history was set aside and a backup restored.
pub fn restored(c: &Catalogue, message: &str) {
    tell(
        c.msg("restored-summary"),
        message.to_string(),
        Tone::Warning,
    );
}

/// Tells why the dashboard did not open (its program is missing, or it could not
/// read the history).
pub fn dashboard_failed(c: &Catalogue, message: &str) {
    tell(
        c.msg("dashboard-failed-summary"),
        message.to_string(),
        Tone::Error,
    );
}

/// Shows a notification without buttons from a short-lived thread.
pub fn tell(summary: String, body: String, tone: Tone) {
    let _ = std::thread::Builder::new()
        .name("notification".into())
        .spawn(move || platform::tell(&summary, &body, tone));
}
