//! "Start at login": an XDG autostart entry on Linux (`xdg`), a value of the
//! per-user `Run` key on Windows (`run_key`). Both start the command the person
//! started Aloud with, flagged as started at login.
use std::io;
use std::path::PathBuf;

#[cfg(windows)]
mod run_key;
#[cfg(not(windows))]
mod xdg;

#[cfg(windows)]
pub use run_key::{is_enabled, set_enabled};
#[cfg(not(windows))]
pub use xdg::{is_enabled, set_enabled};

pub const AUTOSTART_FLAG: &str = "--autostarted";
/// Set by `aloud` when it hands over to `aloud-tray`: the command to start at login.
pub const LAUNCHER_ENV: &str = "ALOUD_LAUNCHER";

/// What login starts: the `aloud` that handed over to this tray app, else this
/// program.
fn launcher() -> io::Result<PathBuf> {
    match std::env::var_os(LAUNCHER_ENV) {
        Some(launcher) => Ok(PathBuf::from(launcher)),
        None => std::env::current_exe(),
    }
}
