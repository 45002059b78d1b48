//! What the tray icon shows (`menu_model::View`), made from the core's status and
//! the last error: the title, the progress ring's step and the menu. The engine
//! makes it after every pass and hands it to the platform's `TrayIcon` only when it
//! changed.
use crate::menu_model::{self, View};
use crate::Shared;
use aloud_app::autostart;
use aloud_core::tracker::Status;

/// What the tray shows for the current status and last error.
pub fn current(shared: &Shared) -> View {
    let status = shared.with(|t| Ok((t.status()?, t.catalogue()?)));
    let error = shared.last_error();
    let (title, entries) = match &status {
        Ok((s, c)) => (
            menu_model::progress(c, s),
            menu_model::build(c, s, autostart::is_enabled(), error.as_deref()),
        ),
        Err(e) => (format!("Aloud: {e}"), Vec::new()),
    };
    let title = match &error {
        Some(_) => format!("⚠ {title}"),
        None => title,
    };
    View {
        title,
        step: status.as_ref().map_or(0, |(s, _)| progress_step(s)),
        entries,
    }
}

/// Three segments: the share of today's scheduled habits done.
fn progress_step(status: &Status) -> usize {
    if status.scheduled == 0 {
        0
    } else {
        (status.done * 3).div_ceil(status.scheduled).min(3) as usize
    }
}
