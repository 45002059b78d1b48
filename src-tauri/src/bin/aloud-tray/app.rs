//! Starting the Tauri app: plugins, tray, reminder thread, and the run loop.
use crate::{commands, dashboard, engine, notify, tray, tray_host, wake, Shared};
use std::path::Path;
use std::sync::atomic::Ordering;
use std::sync::Arc;

/// Runs the tray app until "Quit". `autostarted` (login) and a manual start behave
/// the same way today: both start silently in the tray.
pub fn run(data_dir: &Path, _autostarted: bool) -> i32 {
    let (tracker, recovery) = match aloud_app::environment::open_tracker_recovering(data_dir) {
        Ok(opened) => opened,
        Err(e) => {
            // Started from a menu or at login, nobody reads stderr: say it on screen.
            eprintln!("aloud: {e}");
            notify::cannot_start(&e.to_string());
            return 1;
        }
    };
    let (wake, poke) = match wake::Wake::new(data_dir) {
        Ok(w) => w,
        Err(e) => {
            eprintln!("aloud: could not set up reminders: {e}");
            return 1;
        }
    };
    let first_run = tracker.is_first_run() && recovery.is_none();
    let shared = Arc::new(Shared::new(tracker, poke, data_dir.to_path_buf()));
    let tray_shown = tray_host::present();
    shared.tray_shown.store(tray_shown, Ordering::Relaxed);
    let recovered = recovery.map(|r| r.message());
    *shared.recovered.lock().unwrap_or_else(|e| e.into_inner()) = recovered.clone();
    let engine_shared = shared.clone();
    let app = tauri::Builder::default()
        // First, so a second launch hands over before anything else starts.
        .plugin(tauri_plugin_single_instance::init(|app, _argv, _cwd| {
            dashboard::open(app)
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
            commands::get_mindsets,
            commands::record_assessment,
            commands::save_assessment_draft,
            commands::record_benefit_check,
            commands::get_settings,
            commands::set_setting,
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
        ])
        .setup(move |app| {
            tray::create(app.handle())?;
            engine::start(app.handle().clone(), engine_shared, wake)?;
            if let Some(message) = &recovered {
                notify::restored(message);
                dashboard::open(app.handle());
            }
            // The first run welcomes; without a tray the dashboard is the way in.
            if first_run {
                dashboard::open_panel(app.handle(), dashboard::Panel::Welcome);
            } else if !tray_shown {
                dashboard::open(app.handle());
            }
            Ok(())
        })
        .build(tauri::generate_context!());
    match app {
        Ok(app) => {
            app.run(|_, event| {
                if let tauri::RunEvent::ExitRequested {
                    code: None, api, ..
                } = event
                {
                    // The last window closed: stay in the tray. "Quit" passes a code.
                    api.prevent_exit();
                }
            });
            0
        }
        Err(e) => {
            eprintln!("aloud: could not start the app: {e}");
            1
        }
    }
}
