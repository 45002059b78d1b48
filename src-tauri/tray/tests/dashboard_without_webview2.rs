//! The dashboard the tray app starts, on a Windows without Microsoft Edge WebView2
//! (Wine has none): it says so in a message box, in the person's language, and ends
//! once the box is closed, leaving no window behind. The dashboard is the one
//! `make windows` built (target/windows/dist/Aloud), or one built beside this test.
#![cfg(windows)]
#![allow(unsafe_code)] // the window API, to look at the dialog

mod windows_desktop;

use std::path::PathBuf;
use std::process::Command;
use windows_desktop::*;
use windows_sys::Win32::UI::WindowsAndMessaging::WM_COMMAND;

/// The dialog's OK button (IDOK).
const OK: usize = 1;

fn dashboard() -> PathBuf {
    let tray = PathBuf::from(env!("CARGO_BIN_EXE_aloud-tray"));
    let beside = tray.with_file_name("aloud-dashboard.exe");
    let released = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../target/windows/dist/Aloud/aloud-dashboard.exe");
    [beside, released]
        .into_iter()
        .find(|p| p.is_file())
        .expect("aloud-dashboard.exe: run `make windows` first (make test-windows does)")
}

#[test]
fn without_webview2_the_dashboard_says_so_and_ends() {
    let data = tempfile::tempdir().expect("a data dir");
    let mut child = Command::new(dashboard())
        .args(["--panel", "today", "--data-dir"])
        .arg(data.path())
        .env("LANG", "de_DE.UTF-8")
        .env("LANGUAGE", "de")
        .spawn()
        .expect("aloud-dashboard.exe starts");
    let pid = child.id();
    let dialog = wait_for("the message box", || {
        top_level_windows()
            .into_iter()
            .find(|&w| class_of(w) == "#32770" && process_of(w) == pid)
    });
    assert_eq!(text_of(dialog), "Aloud konnte seine Übersicht nicht öffnen");
    let said: Vec<String> = children(dialog, "Static")
        .into_iter()
        .map(text_of)
        .collect();
    assert!(
        said.iter()
            .any(|t| t.contains("WebView2") && t.contains("Verlauf ist sicher")),
        "{said:?}"
    );
    assert!(
        child.try_wait().expect("waits").is_none(),
        "it waits for the person"
    );
    post(dialog, WM_COMMAND, OK, 0);
    let status = wait_for("the dashboard to end", || child.try_wait().expect("waits"));
    assert_eq!(status.code(), Some(1), "it ends, as failing to open");
    assert!(
        !top_level_windows()
            .into_iter()
            .any(|w| process_of(w) == pid),
        "no window left behind"
    );
}
