//! The desktop app: starts tray-only (no window, no webview until the dashboard opens).
use std::path::Path;

pub fn run(data_dir: &Path) -> i32 {
    if let Err(e) = crate::environment::open_tracker(data_dir) {
        eprintln!("aloud: {e}");
        return 1;
    }
    let result = tauri::Builder::default()
        .build(tauri::generate_context!())
        .map(|app| {
            app.run(|_, event| {
                if let tauri::RunEvent::ExitRequested {
                    code: None, api, ..
                } = event
                {
                    // Closing the last window keeps the app in the tray.
                    api.prevent_exit();
                }
            })
        });
    match result {
        Ok(()) => 0,
        Err(e) => {
            eprintln!("aloud: could not start the app: {e}");
            1
        }
    }
}
