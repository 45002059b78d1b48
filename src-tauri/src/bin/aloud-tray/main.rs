//! `aloud-tray`: the desktop half of Aloud (tray, reminders, notifications, the
//! dashboard window). `aloud` without a subcommand hands over to it with `exec`,
//! so that the command-line half never loads GTK or WebKit: a CLI call starts in a
//! few milliseconds instead of paying ~100 ms to link 170 desktop libraries.
// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
mod app;
mod commands;
mod dashboard;
mod engine;
mod menu_model;
mod notify;
mod state;
mod tray;
mod tray_host;
mod wake;

use state::Shared;

fn main() {
    std::process::exit(match aloud_app::parse() {
        aloud_app::Parsed::Tray {
            data_dir,
            autostarted,
        } => app::run(&data_dir, autostarted),
        aloud_app::Parsed::Done(code) => code,
    });
}
