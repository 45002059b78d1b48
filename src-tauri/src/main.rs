//! `aloud-dashboard`: the dashboard window in a process of its own. The tray app
//! starts it on demand; closing the window ends the process, and with it every
//! WebKit process, so the long-lived tray stays small. A second start while one is
//! open hands its panel to the open one.
// No console window on Windows release builds.
#![cfg_attr(not(debug_assertions), windows_subsystem = "windows")]
mod commands;
mod desktop;
#[cfg(target_os = "linux")]
mod signals;
mod state;
#[cfg(windows)]
mod webview2;
mod window;
mod window_geometry;

use aloud_app::dashboard_args::DashboardArgs as Args;
use aloud_app::environment;
use aloud_app::panel::Panel;
use clap::Parser;
use state::Shared;
use std::sync::Arc;

fn main() {
    std::process::exit(run(Args::parse()));
}

fn run(args: Args) -> i32 {
    // The window's WM_CLASS and Wayland app id come from the program name: make it
    // the app id, which the installed desktop entry's name and StartupWMClass give,
    // so docks, Alt-Tab and overviews show the window as Aloud.
    #[cfg(target_os = "linux")]
    glib::set_prgname(Some(aloud_desktop::instance::NAME));
    let data_dir = environment::data_dir(args.data_dir.as_deref());
    let tracker = match environment::open_tracker(&data_dir) {
        Ok(tracker) => tracker,
        Err(e) => {
            aloud_app::report!("aloud: {e}");
            return 1;
        }
    };
    // Refusals (made deep in the core) are said in the person's language.
    if let Ok(c) = tracker.catalogue() {
        aloud_core::i18n::speak_in(c.language());
    }
    #[cfg(windows)]
    if webview2::installed().is_none() {
        let c = tracker
            .catalogue()
            .unwrap_or_else(|_| aloud_core::i18n::Catalogue::for_setting(None));
        aloud_app::report!("aloud: {}", c.msg("dashboard-needs-webview2"));
        webview2::say_missing(c);
        return 1;
    }
    let tray_shown = desktop::tray_shown();
    let shared = Arc::new(Shared::new(tracker, data_dir, tray_shown, args.restored));
    let panel = args.panel;
    // Tauri's generated code (not ours) has an `eprintln!` of its own.
    #[allow(clippy::disallowed_macros)]
    let context = tauri::generate_context!();
    let app = tauri::Builder::default()
        // First, so a second start hands its panel over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, argv, _cwd| {
            let panel = Args::try_parse_from(argv).map_or(Panel::Today, |a| a.panel);
            window::open(app, panel)
        }))
        .manage(shared)
        .invoke_handler(tauri::generate_handler![
            commands::get_status,
            commands::get_history,
            commands::get_habits,
            commands::set_habit,
            commands::add_habit,
            commands::search_notes,
            commands::get_review,
            commands::decline_anchor,
            commands::get_mindsets,
            commands::record_assessment,
            commands::save_assessment_draft,
            commands::record_benefit_check,
            commands::get_automaticity,
            commands::record_check,
            commands::answer_step_back,
            commands::troubleshoot,
            commands::get_settings,
            commands::set_setting,
            commands::forget_rhythm,
            commands::add_calendar,
            commands::remove_calendar,
            commands::set_start_at_login,
            commands::export_data,
            commands::import_data,
            commands::list_backups,
            commands::restore_backup,
            commands::log_habit,
            commands::undo_habit,
            commands::skip_habit,
            commands::pause_reminders,
            commands::resume_reminders,
            commands::close_dashboard,
            commands::get_notices,
            commands::start_checkin,
            commands::finish_checkin,
            commands::cancel_checkin,
            commands::get_links,
            commands::add_link,
            commands::remove_link,
            commands::set_default_link,
            commands::get_ideas,
            commands::set_ideas,
            commands::get_people,
            commands::get_messages,
            commands::get_network,
            commands::rename_person,
            commands::merge_people,
            commands::set_person_kind,
            commands::forget_person,
        ])
        .setup(move |app| {
            #[cfg(target_os = "linux")]
            signals::close_on_termination(app.handle());
            window::open(app.handle(), panel);
            Ok(())
        })
        .run(context);
    match app {
        Ok(()) => 0,
        Err(e) => {
            aloud_app::report!("aloud: could not open the dashboard: {e}");
            1
        }
    }
}
