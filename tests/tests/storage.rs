//! Storage that cannot be written: a read-only data dir and a full disk give a clear
//! error in the CLI and on screen, never a crash or a half-written change, and work
//! carries on once the storage is back.
use aloud_e2e::app::Session;
use aloud_e2e::wait_for;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

fn is_root() -> bool {
    Command::new("id").arg("-u").output().unwrap().stdout == b"0\n"
}

/// Makes `dir` read-only for this process and its children: a read-only bind mount
/// as root (root ignores permission bits), a 0500 mode otherwise. Undone on drop.
struct ReadOnly(PathBuf);

impl ReadOnly {
    fn new(dir: &Path) -> Self {
        let ok = if is_root() {
            let d = dir.to_str().unwrap();
            Command::new("mount")
                .args(["--bind", d, d])
                .status()
                .unwrap()
                .success()
                && Command::new("mount")
                    .args(["-o", "remount,ro,bind", d])
                    .status()
                    .unwrap()
                    .success()
        } else {
            Command::new("chmod")
                .args(["0500", dir.to_str().unwrap()])
                .status()
                .unwrap()
                .success()
        };
        assert!(ok, "could not make {} read-only", dir.display());
        ReadOnly(dir.to_path_buf())
    }
}

impl Drop for ReadOnly {
    fn drop(&mut self) {
        let d = self.0.to_str().unwrap();
        if is_root() {
            let _ = Command::new("umount").arg(d).status();
        } else {
            let _ = Command::new("chmod").args(["0700", d]).status();
        }
    }
}

/// The body of the notification the app shows when it cannot start.
fn cannot_start_notice(s: &Session) -> String {
    s.desktop
        .notifications()
        .into_iter()
        .find(|n| n.summary == "Aloud could not start")
        .expect("a notification that explains")
        .body
}

fn integrity(s: &Session) -> String {
    let conn = rusqlite::Connection::open(s.data_dir().join("aloud.db")).unwrap();
    conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_read_only_data_dir_is_reported_by_the_cli_and_the_app_and_nothing_changes() {
    let mut s = Session::new(true, true);
    s.cli_ok(&["log", "describe"]);
    let db = s.data_dir().join("aloud.db");
    let before = std::fs::read(&db).unwrap();
    {
        let _ro = ReadOnly::new(&s.data_dir());
        let out = s.cli(&["log", "interact"]);
        assert_eq!(out.status.code(), Some(1));
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("cannot write in"), "{stderr}");
        assert_eq!(stderr.lines().count(), 1, "{stderr}");

        // The app says so on screen and exits 1: no crash.
        s.launch();
        assert_eq!(s.wait_exit(Duration::from_secs(20)), Some(1));
        let why = cannot_start_notice(&s);
        assert!(why.contains("cannot write in"), "{why}");
    }
    assert_eq!(std::fs::read(&db).unwrap(), before, "nothing changed");
    // Writable again: work continues.
    s.cli_ok(&["log", "interact"]);
    assert_eq!(s.json(&["history", "--json"]).as_array().unwrap().len(), 2);
}

/// `aloud args…` as if the disk had only `kb` KB left for any file it writes to
/// (RLIMIT_FSIZE; SIGXFSZ ignored so writes fail with an error, as on a full disk).
fn on_a_full_disk(s: &Session, kb: u32, args: &[&str]) -> std::process::Output {
    let script = format!("trap '' XFSZ; ulimit -f {kb}; exec \"$0\" \"$@\"");
    s.env(Command::new("sh"))
        .arg("-c")
        .arg(script)
        .arg(&s.bin)
        .args(args)
        .output()
        .unwrap()
}

#[test]
fn a_full_disk_is_a_clear_error_for_the_cli_and_nothing_is_half_written() {
    let s = Session::new(true, true);
    s.cli_ok(&["log", "describe"]);
    let before = s.cli_ok(&["export", "--format", "json"]);
    let out = on_a_full_disk(&s, 1, &["log", "interact", "--note", &"n".repeat(400)]);
    assert_eq!(out.status.code(), Some(1), "{out:?}");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("nothing was saved"), "{stderr}");
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);
    assert_eq!(integrity(&s), "ok");
    s.cli_ok(&["log", "interact"]);
}

#[test]
fn a_full_disk_at_start_is_never_mistaken_for_a_damaged_file() {
    let mut s = Session::new(true, true);
    s.cli_ok(&["log", "describe"]);
    let before = s.cli_ok(&["export", "--format", "json"]);
    let bin = s.bin.to_str().unwrap().to_string();
    s.launch_with(
        "sh",
        &["-c", "trap '' XFSZ; ulimit -f 1; exec \"$0\"", &bin],
    );
    assert_eq!(s.wait_exit(Duration::from_secs(20)), Some(1));
    let why = cannot_start_notice(&s);
    assert!(why.contains("nothing was saved"), "{why}");
    let names: Vec<String> = std::fs::read_dir(s.data_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("corrupt")), "{names:?}");
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);
}

#[test]
fn a_full_disk_under_the_running_app_is_reported_and_work_resumes() {
    let mut s = Session::new(true, true);
    let bin = s.bin.to_str().unwrap().to_string();
    let pid = s.launch_with("sh", &["-c", "trap '' XFSZ; exec \"$0\"", &bin]);
    let tray = s.tray();
    // The disk fills up under the running app.
    let limit = |value: &str| {
        let ok = Command::new("prlimit")
            .args(["--pid", &pid.to_string(), &format!("--fsize={value}")])
            .status()
            .unwrap()
            .success();
        assert!(ok, "prlimit {value}");
    };
    limit("1024:unlimited");
    let item = s.menu_item(&tray, "○ Describe", Duration::from_secs(10));
    tray.click(&s.desktop.conn, item.id).unwrap();
    let n = wait_for("the problem notification", Duration::from_secs(10), || {
        s.desktop
            .notifications()
            .into_iter()
            .find(|n| n.summary.contains("could not save"))
    });
    assert!(n.body.contains("nothing was saved"), "{}", n.body);
    s.menu_item(&tray, "⚠", Duration::from_secs(5));
    assert_eq!(
        s.json(&["status", "--json"])["habits"][0]["state"],
        "pending"
    );
    assert_eq!(integrity(&s), "ok");

    // Space is back: the next click saves and the warning goes.
    limit("unlimited:unlimited");
    let item = s.menu_item(&tray, "○ Describe", Duration::from_secs(5));
    tray.click(&s.desktop.conn, item.id).unwrap();
    s.menu_item(&tray, "✓ Describe", Duration::from_secs(10));
    wait_for("the warning to clear", Duration::from_secs(20), || {
        (!s.menu(&tray).labels().iter().any(|l| l.starts_with('⚠'))).then_some(())
    });
    assert_eq!(s.json(&["status", "--json"])["habits"][0]["state"], "done");
}
