//! A request to end (the tray app's Quit, the session logging out, Ctrl+C) ends the
//! dashboard the way closing its window does: its size and place are kept.
use tauri::{AppHandle, Runtime};

/// Handled on GTK's main loop, so the window is touched from its own thread.
pub fn close_on_termination<R: Runtime>(app: &AppHandle<R>) {
    use rustix::process::Signal;
    for signal in [Signal::TERM, Signal::HUP, Signal::INT] {
        let app = app.clone();
        glib::unix_signal_add_once(signal.as_raw(), move || {
            crate::window::remember_and_exit(&app);
        });
    }
}
