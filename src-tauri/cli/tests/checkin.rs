//! Timed check-ins, network links and ideas from the real `aloud` binary, with a
//! stand-in opener (`xdg-open` first on PATH; on Windows the http handler) that records what it was asked to open.
mod common;
use common::{refused, DataDir};
use std::path::PathBuf;

/// A stand-in URL opener in its own folder; returns that folder and its record file.
#[cfg(unix)]
fn stand_in_opener(d: &DataDir) -> (PathBuf, PathBuf) {
    let bin = d.file("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let record = d.file("opened");
    let script = bin.join("xdg-open");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$1\" >> '{}'\n",
            record.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    (bin, record)
}

/// On Windows the shell opens links with the handler registered for the scheme:
/// the stand-in is that handler for http and https, which appends the link to the
/// record file. It is written for the user (where Windows looks first) and in
/// HKEY_CLASSES_ROOT itself (Wine reads only that), so run this only in a test's
/// own Wine prefix, as `make test-windows` does.
#[cfg(windows)]
fn stand_in_opener(d: &DataDir) -> (PathBuf, PathBuf) {
    let record = d.file("opened");
    let handler = format!("cmd.exe /c echo %1>>\"{}\"", record.display());
    let roots = [r"HKCU\Software\Classes", "HKCR"];
    for (root, scheme) in roots.iter().flat_map(|r| [(r, "http"), (r, "https")]) {
        let key = format!(r"{root}\{scheme}\shell\open\command");
        let status = std::process::Command::new("reg")
            .args(["add", &key, "/ve", "/d", &handler, "/f"])
            .output()
            .unwrap()
            .status;
        assert!(status.success(), "reg add {key}");
    }
    (d.file("bin"), record)
}

/// The links opened so far, once there are `count` of them: the opener may still
/// be writing when `aloud` returns (Windows' shell hands over without waiting).
fn opened(record: &std::path::Path, count: usize) -> String {
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(10);
    loop {
        let text = std::fs::read_to_string(record)
            .unwrap_or_default()
            .replace("\r\n", "\n");
        if text.lines().count() >= count || std::time::Instant::now() > deadline {
            return text;
        }
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

/// `aloud ARGS` with the stand-in opener first on PATH and no session bus (so no
/// portal).
fn with_opener(d: &DataDir, bin: &std::path::Path, args: &[&str]) -> String {
    let path = std::env::join_paths(
        std::iter::once(bin.to_path_buf())
            .chain(std::env::split_paths(&std::env::var_os("PATH").unwrap())),
    )
    .unwrap();
    let out = d
        .cmd(args)
        .env("PATH", path)
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn links_are_added_chosen_and_removed_and_unsafe_ones_refused_changing_nothing() {
    let d = DataDir::new();
    d.ok(&["link", "add", "Viva Engage", "https://engage.example/feed"]);
    d.ok(&["link", "add", "LinkedIn", "https://www.linkedin.com/feed/"]);
    let links = d.json(&["links", "--json"]);
    assert_eq!(links[0]["name"], "Viva Engage");
    assert_eq!(links[0]["default"], true, "the first link is the default");
    assert!(links[1].get("default").is_none());
    d.ok(&["link", "default", "linkedin"]);
    assert!(d
        .ok(&["links"])
        .contains("https://www.linkedin.com/feed/  (default)"));
    d.ok(&["habit", "set", "interact", "--link", "Viva Engage"]);
    assert_eq!(d.json(&["habits", "--json"])[1]["link"], "Viva Engage");
    for url in [
        "javascript:alert(1)",
        "file:///etc/passwd",
        "data:text/html,hi",
        "ftp://files.example/",
        "www.example.com",
    ] {
        refused(&d, &["link", "add", "Bad", url]);
    }
    let long = format!("https://a.example/{}", "x".repeat(2100));
    refused(&d, &["link", "add", "Long", &long]);
    refused(&d, &["link", "default", "Mastodon"]);
    refused(&d, &["habit", "set", "describe", "--link", "Mastodon"]);
    let removed = d.ok(&["link", "remove", "Viva Engage"]);
    assert!(
        removed.contains("interact now open the default link"),
        "{removed}"
    );
    assert!(d.json(&["habits", "--json"])[1].get("link").is_none());
}

#[test]
fn start_opens_the_habit_s_link_and_finish_logs_the_measured_minutes() {
    let d = DataDir::new();
    let (bin, record) = stand_in_opener(&d);
    d.ok(&["link", "add", "Intranet", "https://intranet.example/news"]);
    d.ok(&["link", "add", "LinkedIn", "https://www.linkedin.com/feed/"]);
    d.ok(&["habit", "set", "recognize", "--link", "LinkedIn"]);
    let started = with_opener(&d, &bin, &["start", "recognize"]);
    assert!(
        started.contains("Started a recognize check-in of 10 min"),
        "{started}"
    );
    assert!(started.contains("An idea: "), "{started}");
    assert_eq!(opened(&record, 1), "https://www.linkedin.com/feed/\n");
    // One at a time: a second start is refused and changes nothing.
    refused(&d, &["start", "describe"]);
    let finished = d.json(&["finish", "--json"]);
    assert_eq!(finished["by_itself"], false);
    assert_eq!(finished["entry"]["habit"], "recognize");
    assert_eq!(finished["entry"]["minutes"], 1);
    assert_eq!(finished["entry"]["source"], "cli");
    refused(&d, &["finish"]);
    // Cancel logs nothing; the default link opens for a habit without its own.
    with_opener(&d, &bin, &["start", "describe"]);
    assert!(opened(&record, 2).ends_with("https://intranet.example/news\n"));
    d.ok(&["cancel"]);
    let history = d.json(&["history", "--json"]);
    assert_eq!(history.as_array().unwrap().len(), 1, "{history}");
}

#[test]
fn a_check_in_left_running_ends_by_itself_with_its_length_recorded() {
    let d = DataDir::new();
    d.ok(&["config", "checkin_length", "1s"]);
    let started = d.ok(&["start", "interact", "--no-open"]);
    assert!(started.contains("of 1 s"), "{started}");
    assert!(started.contains("No network link yet"), "{started}");
    std::thread::sleep(std::time::Duration::from_millis(2100));
    let finished = d.json(&["finish", "--json"]);
    assert_eq!(finished["by_itself"], true);
    assert_eq!(finished["entry"]["minutes"], 1);
    refused(&d, &["config", "checkin_length", "2h"]);
    refused(&d, &["config", "checkin_length", "0s"]);
}

#[test]
fn ideas_show_today_s_first_and_can_be_replaced_and_reset() {
    let d = DataDir::new();
    let ideas = d.ok(&["ideas", "describe"]);
    assert!(ideas.starts_with("Today: "), "{ideas}");
    assert!(ideas.lines().count() >= 4, "{ideas}");
    let file = d.file("ideas.txt");
    std::fs::write(&file, "Where I am today\n\nA question I am chewing on\n").unwrap();
    let own = d.json(&[
        "ideas",
        "describe",
        "--set",
        file.to_str().unwrap(),
        "--json",
    ]);
    assert_eq!(own.as_array().unwrap().len(), 2, "{own}");
    std::fs::write(&file, "one\ntwo\nthree\u{7}\n").unwrap();
    refused(&d, &["ideas", "describe", "--set", file.to_str().unwrap()]);
    let back = d.json(&["ideas", "describe", "--reset", "--json"]);
    assert!(back.as_array().unwrap().len() >= 4);
    refused(&d, &["ideas", "nobody"]);
}
