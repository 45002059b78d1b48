/// The IPC commands the dashboard may call; each gets an `allow-…` permission that
/// `capabilities/default.json` grants explicitly (nothing is allowed by default).
const COMMANDS: &[&str] = &[
    "get_status",
    "get_history",
    "get_habits",
    "set_habit",
    "log_habit",
    "undo_habit",
    "skip_habit",
    "pause_reminders",
    "resume_reminders",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
