//! `aloud-tray`: the long-lived desktop half of Aloud (tray icon, reminders,
//! notifications). `aloud` without a subcommand hands over to it with `exec`. It
//! links neither GTK nor WebKit: the icon and menu go straight over D-Bus, and the
//! dashboard is a separate, short-lived process (`aloud-dashboard`).
mod app;
mod busy;
mod checkin;
mod dashboard;
mod engine;
mod events;
mod handler;
mod menu_model;
mod notify;
mod on_screen;
mod plain;
mod platform;
mod presence;
mod ring_icons;
mod settled;
mod state;
mod view;

use state::Shared;

fn main() {
    std::process::exit(match aloud_app::parse_tray() {
        aloud_app::Parsed::Tray {
            data_dir,
            autostarted,
        } => app::run(&data_dir, autostarted),
        aloud_app::Parsed::Done(code) => code,
    });
}
