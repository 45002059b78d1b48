//! The `aloud` command line over the core, and what the desktop half (`aloud-tray`
//! and `aloud-dashboard`) shares with it. Nothing here links GTK, WebKit or D-Bus
//! (`make test` checks it with `cargo tree`).
pub mod autostart;
mod cli;
pub mod dashboard_args;
pub mod environment;
pub mod exports;
pub mod files;
pub mod open_link;
pub mod panel;
mod report;
pub mod shared_tracker;
#[cfg(windows)]
pub mod tray_request;
#[cfg(windows)]
pub mod wide;

pub use cli::{parse, tray::parse as parse_tray, Parsed};

/// `aloud`: runs a subcommand, or hands over to `aloud-tray` when there is none.
pub fn main() -> i32 {
    match parse() {
        Parsed::Done(code) => code,
        Parsed::Tray { .. } => cli::exec_tray(),
    }
}
