//! The tray app end to end: real binary, private bus, fake desktop (see src/).
use aloud_e2e::app::{named_below, wait_dashboard_gone, Session};
use aloud_e2e::desktop::Notified;
use aloud_e2e::wait_for;
use chrono::{DateTime, Duration as Span, Utc};
use std::time::{Duration, SystemTime};

fn notified_at(n: &Notified) -> DateTime<Utc> {
    DateTime::<Utc>::from(n.at)
}

fn wait_notification(s: &Session, summary: &str, nth: usize, timeout: u64) -> Notified {
    wait_for(
        &format!("notification #{nth} '{summary}…'"),
        Duration::from_secs(timeout),
        || {
            s.desktop
                .notifications()
                .into_iter()
                .filter(|n| n.summary.starts_with(summary))
                .nth(nth - 1)
        },
    )
}

/// Waits until today's entry of `habit` is there, logged from a notification.
fn logged_from_a_notification(s: &Session, habit: &str) {
    let row = wait_for(
        "the entry from the notification",
        Duration::from_secs(5),
        || {
            s.json(&["history", "--json"])
                .as_array()
                .unwrap()
                .iter()
                .find(|r| r["habit"] == habit)
                .cloned()
        },
    );
    assert_eq!(row["source"], "notification");
}

/// Waits until the app has called `CloseNotification` on `id` `times` times.
fn wait_closed(s: &Session, id: u32, times: usize) {
    wait_for(
        &format!("CloseNotification({id}) ×{times}"),
        Duration::from_secs(2),
        || (s.desktop.closed().iter().filter(|c| **c == id).count() >= times).then_some(()),
    );
}

fn started() -> Session {
    let mut s = Session::new(true, true);
    s.launch();
    s
}

/// Idle, the tray app does nothing at all: no pass of its engine wakes another (a
/// file it only reads, or writes, in its data dir included), and no timer runs.
#[test]
fn the_idle_tray_app_uses_no_cpu() {
    let mut s = Session::new(true, true);
    s.with_presence(3600);
    let pid = s.launch();
    s.tray();
    s.wait_presence("present");
    s.settled();
    let before = aloud_e2e::app::cpu_ticks(pid);
    std::thread::sleep(Duration::from_secs(3));
    let used = aloud_e2e::app::cpu_ticks(pid) - before;
    assert!(used <= 3, "{used} ticks of 10 ms in 3 s of idling");
}

#[test]
fn the_tray_registers_lists_todays_habits_and_logs_on_click() {
    let s = started();
    let tray = s.tray();
    s.menu_item(&tray, "Today:", Duration::from_secs(10));
    let menu = s.menu(&tray);
    let labels = menu.labels();
    assert!(labels[0].starts_with("Today: 0 of 3"), "{labels:?}");
    for name in [
        "○ Describe — after my first coffee",
        "○ Interact — when I'm about",
        "○ Recognition — when I leave",
    ] {
        assert!(
            labels.iter().any(|l| l.starts_with(name)),
            "{name} missing from {labels:?}"
        );
    }
    let describe = menu.find("○ Describe").unwrap();
    tray.click(&s.desktop.conn, describe.id).unwrap();
    s.menu_item(&tray, "✓ Describe — done", Duration::from_secs(5));
    let status = s.json(&["status", "--json"]);
    assert_eq!(status["habits"][0]["state"], "done");
    let history = s.json(&["history", "--json"]);
    assert_eq!(history[0]["source"], "tray");
    assert!(s.menu(&tray).labels()[0].starts_with("Today: 1 of 3"));
    // Clicking the done item's "Undo" removes the entry again.
    let undo = s.menu(&tray).find("Undo Done").unwrap().id;
    tray.click(&s.desktop.conn, undo).unwrap();
    s.menu_item(&tray, "○ Describe", Duration::from_secs(5));
    assert_eq!(s.json(&["history", "--json"]).as_array().unwrap().len(), 0);
}

#[test]
fn a_reminder_fires_once_on_time_and_its_actions_work() {
    let s = started();
    s.tray();
    s.cli_ok(&["config", "snooze", "3s"]);
    let (at, hms) = s.clock.soon(5);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let first = wait_notification(&s, "Interact", 1, 20);
    let drift = (notified_at(&first) - at).num_milliseconds().abs();
    assert!(drift <= 2000, "fired {drift} ms away from {hms}");
    // Three buttons (GNOME shows no more) and the click on the body.
    let keys: Vec<&String> = first.actions.iter().step_by(2).collect();
    assert_eq!(
        keys,
        ["default", "start", "done", "snooze"],
        "{:?}",
        first.actions
    );
    assert_eq!(first.app_name, "Aloud");
    assert_eq!(first.icon, "aloud", "Aloud's own icon");
    assert_eq!(first.hints["desktop-entry"], "app.aloud.Aloud");
    assert_eq!(first.hints["category"], "x-aloud.reminder");
    assert_eq!(first.hints["urgency"], "1", "normal");
    // Answered at once: the app listened before it showed anything.
    s.desktop.invoke(first.id, "snooze");
    wait_closed(&s, first.id, 1);
    let second = wait_notification(&s, "Interact", 2, 15);
    let gap = (notified_at(&second) - notified_at(&first)).num_milliseconds();
    assert!((2500..=6000).contains(&gap), "snoozed for {gap} ms");
    assert_eq!(
        second.replaces, first.id,
        "the snoozed one comes back in its place"
    );
    s.desktop.invoke(second.id, "done");
    wait_closed(&s, second.id, 2);
    logged_from_a_notification(&s, "interact");
    s.settled();
    assert_eq!(
        s.desktop
            .notifications()
            .iter()
            .filter(|n| n.summary.starts_with("Interact"))
            .count(),
        2,
        "no third reminder"
    );
}

#[test]
fn no_reminder_when_done_or_paused() {
    let s = started();
    s.tray();
    s.cli_ok(&["log", "describe"]);
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "describe", "--time", &hms]);
    s.cli_ok(&["pause", "--for", "1h"]);
    let (due, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    // Both are due by now, and the tray has looked since: nothing was shown.
    s.clock.wait_past(due);
    s.settled();
    assert_eq!(
        s.desktop.notifications(),
        vec![],
        "no reminder for a done habit or while paused"
    );
    s.cli_ok(&["pause", "--off"]);
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "recognize", "--time", &hms]);
    wait_notification(&s, "Recognition", 1, 15);
}

/// Settled by another route, a reminder on screen is taken down within 2 s.
#[test]
fn a_reminder_on_screen_leaves_when_its_day_is_settled_elsewhere() {
    let s = started();
    let tray = s.tray();
    let settle: [(&str, &str, &dyn Fn()); 3] = [
        ("interact", "Interact", &|| {
            drop(s.cli_ok(&["log", "interact"]))
        }),
        ("recognize", "Recognition", &|| {
            let item = s.menu_item(&tray, "○ Recognition", Duration::from_secs(5));
            tray.click(&s.desktop.conn, item.id).unwrap();
        }),
        ("describe", "Describe", &|| {
            drop(s.cli_ok(&["skip", "describe"]))
        }),
    ];
    for (id, name, how) in settle {
        let (_, hms) = s.clock.soon(3);
        s.cli_ok(&["habit", "set", id, "--time", &hms]);
        let n = wait_notification(&s, name, 1, 15);
        let settled = std::time::Instant::now();
        how();
        wait_closed(&s, n.id, 1);
        println!(
            "{name}: withdrawn {:?} after it was settled",
            settled.elapsed()
        );
    }
    // A pause takes it down too.
    s.cli_ok(&["undo", "interact"]);
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let n = wait_notification(&s, "Interact", 2, 15);
    assert_eq!(n.replaces, n.id, "in the place of the day's first reminder");
    s.cli_ok(&["pause", "--for", "1h"]);
    wait_closed(&s, n.id, 2);
    assert_eq!(s.desktop.closed().len(), 4, "{:?}", s.desktop.closed());
}

/// After a restart, a reminder the last run left on screen is shown again in its place
/// (the server answers only the connection that showed it, which is gone), so Done
/// still works; one settled while the app was down is taken down.
#[test]
fn reminders_left_on_screen_by_a_restart_stay_answerable_or_are_withdrawn() {
    let mut s = started();
    s.tray();
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    s.cli_ok(&["habit", "set", "recognize", "--time", &hms]);
    let interact = wait_notification(&s, "Interact", 1, 15);
    let recognize = wait_notification(&s, "Recognition", 1, 15);
    // The app notes a reminder as on screen just after the server answers its Notify;
    // a crash in that moment is not this test's subject.
    let record = s.data_dir().join("notifications-on-screen");
    wait_for(
        "both reminders noted as on screen",
        Duration::from_secs(5),
        || {
            let noted = std::fs::read_to_string(&record).ok()?;
            [interact.id, recognize.id]
                .iter()
                .all(|id| noted.contains(&format!("\n{id} ")))
                .then_some(())
        },
    );
    s.stop(); // killed, as by a crash
    s.cli_ok(&["log", "recognize"]);
    s.launch();
    // The app settles what the last run left before it shows its icon; under load
    // its start alone can take longer than wait_closed's 2 s.
    s.tray();
    wait_closed(&s, recognize.id, 1);
    let again = wait_notification(&s, "Interact", 2, 15);
    assert_eq!(again.replaces, interact.id, "shown again in its place");
    s.desktop.invoke(again.id, "done");
    logged_from_a_notification(&s, "interact");
    assert_eq!(
        s.desktop
            .notifications()
            .iter()
            .filter(|n| n.summary.starts_with("Recognition"))
            .count(),
        1,
        "the settled one is not shown again"
    );
}

#[test]
fn a_cli_log_updates_the_running_tray_within_two_seconds() {
    let s = started();
    let tray = s.tray();
    s.menu_item(&tray, "○ Interact", Duration::from_secs(10));
    let started = SystemTime::now();
    s.cli_ok(&["log", "interact", "--note", "from the terminal"]);
    s.menu_item(&tray, "✓ Interact — done", Duration::from_secs(2));
    println!(
        "tray updated {:?} after the CLI log",
        started.elapsed().unwrap()
    );
}

#[test]
fn a_server_without_actions_gets_a_plain_notification() {
    let mut s = Session::new(true, false);
    s.launch();
    s.tray();
    let (_, hms) = s.clock.soon(4);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let n = wait_notification(&s, "Interact", 1, 20);
    // No buttons: only "default", the click on the notification itself.
    assert_eq!(n.actions, ["default", "Open dashboard"], "{:?}", n.actions);
    assert!(n.body.contains("Click to open Aloud"), "{}", n.body);
    assert!(!s.has_webview());
    s.desktop.invoke(n.id, "default");
    wait_for(
        "the dashboard to open on the click",
        Duration::from_secs(30),
        || s.has_webview().then_some(()),
    );
}

#[test]
fn a_second_launch_opens_the_dashboard_of_the_first() {
    let s = started();
    s.tray();
    assert!(!s.has_webview(), "tray-only at start: no web process");
    let second = s.cli(&[]);
    assert!(
        second.status.success(),
        "second launch: {:?} {}",
        second.status,
        String::from_utf8_lossy(&second.stderr)
    );
    wait_for(
        "the dashboard's web process",
        Duration::from_secs(30),
        || s.has_webview().then_some(()),
    );
}

#[test]
fn start_at_login_writes_a_quoted_desktop_entry_and_removes_it() {
    let mut s = Session::new(true, true);
    let dir = s.dir.path().join("My Apps");
    std::fs::create_dir_all(&dir).unwrap();
    let bin = dir.join("aloud");
    // `aloud` hands over to `aloud-tray` from its own folder: install both there.
    for name in ["aloud", "aloud-tray"] {
        let from = s.bin.with_file_name(name);
        if std::fs::hard_link(&from, dir.join(name)).is_err() {
            std::fs::copy(&from, dir.join(name)).unwrap();
        }
    }
    s.launch_from(&bin);
    let tray = s.tray();
    let item = s.menu_item(&tray, "Start at login", Duration::from_secs(10));
    assert_eq!(item.checked, Some(false));
    tray.click(&s.desktop.conn, item.id).unwrap();
    let entry = s.home().join(".config/autostart/app.aloud.Aloud.desktop");
    let text = wait_for("the autostart entry", Duration::from_secs(5), || {
        std::fs::read_to_string(&entry).ok()
    });
    let exec = text.lines().find(|l| l.starts_with("Exec=")).unwrap();
    assert_eq!(exec, format!("Exec=\"{}\" --autostarted", bin.display()));
    wait_for("the check mark", Duration::from_secs(5), || {
        (s.menu(&tray).find("Start at login")?.checked == Some(true)).then_some(())
    });
    let item = s.menu(&tray).find("Start at login").unwrap().clone();
    tray.click(&s.desktop.conn, item.id).unwrap();
    wait_for("the entry to go", Duration::from_secs(5), || {
        (!entry.exists()).then_some(())
    });
}

#[test]
fn a_trigger_missed_while_the_app_was_off_fires_once_and_says_it_is_late() {
    let mut s = Session::new(true, true);
    // The app has run on this data dir before (what came due before its first run
    // did not happen), then is off when Interact comes due.
    s.launch();
    s.tray();
    // Stopped only once its reminder engine has run (and noted its first run): the
    // tray may register, and its menu be drawn, before the engine's first pass.
    let db = s.data_dir().join("aloud.db");
    wait_for("the engine's first pass", Duration::from_secs(10), || {
        let flags = rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY;
        let conn = rusqlite::Connection::open_with_flags(&db, flags).ok()?;
        conn.query_row(
            "SELECT 1 FROM app_state WHERE key = 'engine_first_run'",
            [],
            |_| Ok(()),
        )
        .ok()
    });
    s.stop();
    // The app was installed and first ran ten minutes ago (rather than waiting
    // them out), and Interact came due 90 s ago, while it was off: more than a
    // minute late counts as late rather than on time.
    s.clock.clear_of_midnight(100);
    let earlier = Utc::now() - Span::minutes(10);
    let conn = rusqlite::Connection::open(&db).unwrap();
    conn.execute(
        "UPDATE app_state SET value = ?1 WHERE key = 'engine_first_run'",
        [earlier.to_rfc3339()],
    )
    .unwrap();
    conn.execute("UPDATE habits SET created_at = ?1", [earlier.timestamp()])
        .unwrap();
    drop(conn);
    let (_, hms) = s.clock.ago(90);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    s.launch();
    let n = wait_notification(&s, "Interact (late)", 1, 30);
    assert!(n.body.contains("was due at"), "{}", n.body);
    s.settled();
    assert_eq!(
        s.desktop.notifications().len(),
        1,
        "late reminders fire once"
    );
}

#[test]
fn a_locked_database_is_reported_not_fatal_and_work_resumes() {
    let s = started();
    let tray = s.tray();
    let describe = s.menu_item(&tray, "○ Describe", Duration::from_secs(10));
    let blocker = rusqlite::Connection::open(s.data_dir().join("aloud.db")).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    tray.click(&s.desktop.conn, describe.id).unwrap();
    // The app waits out its busy timeout, then says so once and carries on.
    let n = wait_notification(&s, "Aloud could not save", 1, 30);
    assert!(n.body.contains("locked"), "{}", n.body);
    s.menu_item(&tray, "⚠ ", Duration::from_secs(15));
    blocker.execute_batch("ROLLBACK").unwrap();
    drop(blocker);
    let describe = s.menu_item(&tray, "○ Describe", Duration::from_secs(15));
    tray.click(&s.desktop.conn, describe.id).unwrap();
    s.menu_item(&tray, "✓ Describe — done", Duration::from_secs(15));
    wait_for("the warning to clear", Duration::from_secs(15), || {
        s.menu(&tray).find("⚠ ").is_none().then_some(())
    });
    assert_eq!(s.json(&["history", "--json"]).as_array().unwrap().len(), 1);
}

/// Libraries the long-lived tray process must never load: the window lives in the
/// `aloud-dashboard` process.
const DESKTOP_TOOLKITS: [&str; 4] = [
    "libgtk-3",
    "libwebkit2gtk",
    "libjavascriptcoregtk",
    "libgdk-3",
];

fn mapped_libraries(pid: u32) -> String {
    std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap()
}

#[test]
fn the_tray_process_loads_no_toolkit_and_its_dashboard_comes_and_goes() {
    let mut s = started();
    let tray = s.tray();
    let app = s.pid();
    for lib in DESKTOP_TOOLKITS {
        assert!(
            !mapped_libraries(app).contains(lib),
            "the tray app maps {lib}"
        );
    }
    // A click on the icon opens the dashboard in a process of its own, with WebKit.
    tray.activate(&s.desktop.conn).unwrap();
    let dashboard = wait_for("the dashboard process", Duration::from_secs(30), || {
        named_below(app, "aloud-dashboard").next()
    });
    wait_for("its web process", Duration::from_secs(30), || {
        s.has_webview().then_some(())
    });
    assert!(mapped_libraries(dashboard).contains("libwebkit2gtk"));
    for lib in DESKTOP_TOOLKITS {
        assert!(
            !mapped_libraries(app).contains(lib),
            "the tray app now maps {lib}"
        );
    }
    // "Quit" ends the tray app and its dashboard, WebKit processes and all; the
    // window's size is kept as when it is closed.
    let geometry = s.data_dir().join("dashboard-window.json");
    assert!(!geometry.exists());
    let quit = s.menu_item(&tray, "Quit", Duration::from_secs(5));
    // A panel does not wait for the answer; the app may be gone before it is sent.
    match tray.click(&s.desktop.conn, quit.id) {
        Ok(()) => {}
        Err(zbus::Error::MethodError(name, ..)) if name.as_str().ends_with("NoReply") => {}
        Err(e) => panic!("clicking Quit: {e}"),
    }
    assert_eq!(s.wait_exit(Duration::from_secs(10)), Some(0));
    wait_for("the dashboard to end", Duration::from_secs(10), || {
        (!std::path::Path::new(&format!("/proc/{dashboard}")).exists()).then_some(())
    });
    let saved: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(geometry).unwrap()).unwrap();
    assert_eq!(
        (saved["width"].as_f64(), saved["height"].as_f64()),
        (Some(1000.0), Some(720.0)),
        "{saved}"
    );
}

#[test]
fn a_dashboard_that_cannot_open_is_told_on_screen() {
    // Installed without its dashboard program.
    let mut s = Session::new(true, true);
    let dir = s.dir.path().join("incomplete");
    std::fs::create_dir_all(&dir).unwrap();
    for name in ["aloud", "aloud-tray"] {
        std::fs::copy(s.bin.with_file_name(name), dir.join(name)).unwrap();
    }
    s.launch_from(&dir.join("aloud"));
    let tray = s.tray();
    let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(10));
    tray.click(&s.desktop.conn, open.id).unwrap();
    let n = s.notification(
        "Aloud could not open its dashboard",
        Duration::from_secs(10),
    );
    assert!(n.body.contains("aloud-dashboard"), "{}", n.body);
    s.stop();

    // The dashboard starts but cannot read the history: its own error is told.
    s.launch();
    let tray = s.tray();
    let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(10));
    let blocker = rusqlite::Connection::open(s.data_dir().join("aloud.db")).unwrap();
    blocker.execute_batch("BEGIN EXCLUSIVE").unwrap();
    tray.click(&s.desktop.conn, open.id).unwrap();
    let n = wait_notification(&s, "Aloud could not open its dashboard", 2, 40);
    assert!(n.body.contains("locked"), "{}", n.body);
    blocker.execute_batch("ROLLBACK").unwrap();
    // The tray app carries on.
    s.menu_item(&tray, "○ Describe", Duration::from_secs(10));
}

#[test]
fn a_tray_app_whose_messages_cannot_be_written_keeps_running() {
    // No session bus, no display, and stderr on a full disk: every start-up
    // complaint fails to be written, and the app carries on with its reminders.
    let s = Session::new(false, false);
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let mut app = s
        .env(std::process::Command::new(
            s.bin.with_file_name("aloud-tray"),
        ))
        .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
        .env_remove("DISPLAY")
        .env_remove("WAYLAND_DISPLAY")
        .stderr(full)
        .spawn()
        .unwrap();
    let pid = app.id();
    // Without a tray it tries the dashboard, which cannot open without a display.
    std::thread::sleep(Duration::from_secs(1));
    wait_dashboard_gone(pid, Duration::from_secs(20));
    std::thread::sleep(Duration::from_secs(1));
    assert!(app.try_wait().unwrap().is_none(), "the tray app ended");
    app.kill().unwrap();
    app.wait().unwrap();
}
