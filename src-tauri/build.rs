/// The IPC commands the dashboard may call; each gets an `allow-…` permission that
/// `capabilities/default.json` grants explicitly (nothing is allowed by default).
const COMMANDS: &[&str] = &[
    "get_status",
    "get_history",
    "get_habits",
    "set_habit",
    "add_habit",
    "search_notes",
    "get_review",
    "get_mindsets",
    "record_assessment",
    "save_assessment_draft",
    "record_benefit_check",
    "decline_anchor",
    "get_automaticity",
    "record_check",
    "answer_step_back",
    "troubleshoot",
    "get_settings",
    "set_setting",
    "forget_rhythm",
    "set_start_at_login",
    "export_data",
    "import_data",
    "list_backups",
    "restore_backup",
    "log_habit",
    "undo_habit",
    "skip_habit",
    "pause_reminders",
    "resume_reminders",
    "close_dashboard",
    "get_notices",
    "start_checkin",
    "finish_checkin",
    "cancel_checkin",
    "get_links",
    "add_link",
    "remove_link",
    "set_default_link",
    "get_ideas",
    "set_ideas",
    "get_people",
    "get_network",
    "rename_person",
    "merge_people",
    "set_person_kind",
    "forget_person",
    "get_messages",
];

fn main() {
    tauri_build::try_build(
        tauri_build::Attributes::new()
            .app_manifest(tauri_build::AppManifest::new().commands(COMMANDS)),
    )
    .expect("tauri build step");
}
