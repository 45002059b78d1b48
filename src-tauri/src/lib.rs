//! The `aloud` binary: a CLI over the core, or (without a subcommand) the tray app.
mod autostart;
mod cli;
mod environment;
mod gui;

/// Parses the command line and runs it; returns the process exit code.
pub fn main() -> i32 {
    cli::main()
}
