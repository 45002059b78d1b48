//! Prompts that wait for the person, end to end: the real tray app under Xvfb with
//! X idle time (input through XTEST), a stand-in logind on a private system bus and
//! a stand-in screensaver on the session bus. These tests alone in the suite follow
//! presence; the X server's idle time is shared, so the two that use it take turns
//! (`X_IDLE`) and the others run without a display.
use aloud_e2e::app::Session;
use aloud_e2e::desktop::Notified;
use aloud_e2e::presence::{nudge_pointer, StandInIdleMonitor, StandInLogind, StandInScreenSaver};
use aloud_e2e::wait_for;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// Held by a test that needs the X server's idle time to itself.
static X_IDLE: Mutex<()> = Mutex::new(());

fn reminders(s: &Session, summary: &str) -> Vec<Notified> {
    s.desktop
        .notifications()
        .into_iter()
        .filter(|n| n.summary.starts_with(summary))
        .collect()
}

/// Moves `habit` a few seconds ahead and waits until it came due and is held.
fn held_after_its_time(s: &Session, habit: &str, name: &str) {
    s.held_soon(habit);
    // It stays held while nothing changes, once the tray has looked again.
    assert!(reminders(s, name).is_empty(), "shown to an empty desk");
    let tray = s.tray();
    let header = s.menu(&tray).labels()[0].clone();
    assert!(
        header.ends_with(&format!("waiting for you: {name}")),
        "{header}"
    );
}

/// Does `back` and checks the held reminder is shown within a second, once.
fn shown_within_a_second_of(s: &Session, name: &str, back: impl FnOnce()) {
    let start = Instant::now();
    back();
    let n = wait_for(&format!("{name} on return"), Duration::from_secs(5), || {
        reminders(s, name).into_iter().next()
    });
    let took = start.elapsed();
    assert!(
        took <= Duration::from_secs(1),
        "shown {took:?} after return"
    );
    assert!(n.body.starts_with("Back at your desk"), "{}", n.body);
    s.settled();
    assert_eq!(reminders(s, name).len(), 1, "shown once");
    assert!(s.json(&["status", "--json"])["held"]
        .as_array()
        .unwrap()
        .is_empty());
}

/// The tray app following X idle time (away after 2 s without input), with the
/// person at the desk; the guard keeps the X server's idle time to this test.
fn at_the_desk_away_after_two_seconds() -> (std::sync::MutexGuard<'static, ()>, Session) {
    let x = X_IDLE.lock().unwrap_or_else(|e| e.into_inner());
    let mut s = Session::new(true, true);
    s.with_presence(2);
    nudge_pointer();
    s.launch();
    s.tray();
    s.wait_presence("present");
    (x, s)
}

#[test]
fn a_reminder_due_without_input_waits_for_the_next_input() {
    let (_x, s) = at_the_desk_away_after_two_seconds();
    let sources = s.json(&["status", "--json"]);
    assert_eq!(sources["presence"], "present");
    held_after_its_time(&s, "interact", "Interact");
    assert_eq!(s.json(&["status", "--json"])["presence"], "away");
    shown_within_a_second_of(&s, "Interact", nudge_pointer);
    s.wait_presence("present");
}

#[test]
fn when_i_first_sit_down_comes_with_the_first_input_after_its_earliest_time() {
    let (_x, s) = at_the_desk_away_after_two_seconds();
    // The anchor waits for the arrival even with waiting turned off.
    s.cli_ok(&["config", "wait_when_away", "off"]);
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&[
        "habit", "set", "describe", "--anchor", "arrival", "--time", &hms,
    ]);
    let status = s.json(&["status", "--json"]);
    let describe = status["habits"]
        .as_array()
        .unwrap()
        .iter()
        .find(|h| h["id"] == "describe")
        .cloned()
        .unwrap();
    if describe["state"] == "pending" {
        assert_eq!(describe["why"]["anchor"], "arrival");
    }
    wait_for("describe held", Duration::from_secs(15), || {
        let status = s.json(&["status", "--json"]);
        let held = status["held"].as_array().unwrap().clone();
        held.iter().any(|h| h == "describe").then_some(())
    });
    s.settled();
    assert!(
        reminders(&s, "Describe").is_empty(),
        "shown to an empty desk"
    );
    let start = Instant::now();
    nudge_pointer();
    let n = wait_for("Describe on arrival", Duration::from_secs(5), || {
        reminders(&s, "Describe").into_iter().next()
    });
    let took = start.elapsed();
    assert!(
        took <= Duration::from_secs(1),
        "shown {took:?} after the input"
    );
    assert!(!n.body.starts_with("Back at your desk"), "{}", n.body);
    assert!(
        n.body
            .ends_with(&format!("(from {}, when you first sit down)", &hms[..5])),
        "{}",
        n.body
    );
    s.settled();
    assert_eq!(reminders(&s, "Describe").len(), 1, "shown once");
}

/// The screensavers (and GNOME's idle monitor) whose services a desktop may have
/// installed without running them: Aloud only listens to them, so it must never
/// make the bus start one.
const LISTENED_TO: [&str; 6] = [
    "org.freedesktop.ScreenSaver",
    "org.gnome.ScreenSaver",
    "org.xfce.ScreenSaver",
    "org.mate.ScreenSaver",
    "org.cinnamon.ScreenSaver",
    "org.gnome.Mutter.IdleMonitor",
];

#[test]
fn installed_screensavers_are_never_started_and_one_that_starts_later_is_followed() {
    // Each service, once started, notes it and then never answers, as a hung one
    // would: a call that started it would block.
    let dir = tempfile::tempdir().unwrap();
    let started = dir.path().join("started");
    let recorder = |name: &str| {
        let program = dir.path().join(name);
        let script = format!(
            "#!/bin/sh\necho {name} >> '{}'\nexec sleep 60\n",
            started.display()
        );
        std::fs::write(&program, script).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).unwrap();
        program
    };
    let programs: Vec<_> = LISTENED_TO.iter().map(|name| recorder(name)).collect();
    let services: Vec<_> = LISTENED_TO
        .iter()
        .zip(&programs)
        .map(|(name, program)| (*name, program.as_path()))
        .collect();
    let mut s = Session::offering_services(&services);
    // No display and no logind: the screensavers are the only sources there are.
    s.with_presence(3600);
    s.set_env("DISPLAY", "");
    let launched = Instant::now();
    s.launch();
    wait_for("the icon registered", Duration::from_secs(10), || {
        (!s.desktop.tray_items().is_empty()).then_some(())
    });
    let registered = launched.elapsed();
    println!("launch → tray registered: {registered:?}");
    assert!(
        registered < Duration::from_secs(3),
        "the icon waited {registered:?} for the presence sources"
    );
    assert_eq!(s.json(&["status", "--json"])["presence"], "unknown");

    // KDE's screensaver starts (already running) after Aloud: it is asked then.
    let screensaver = StandInScreenSaver::start_with(&s.bus.address, true);
    s.wait_presence("away");
    screensaver.set_active(false);
    s.wait_presence("present");
    // It ends: it blanks nothing any more.
    drop(screensaver);
    let again = StandInScreenSaver::start_with(&s.bus.address, true);
    s.wait_presence("away");
    drop(again);
    s.wait_presence("present");
    let record = std::fs::read_to_string(&started).unwrap_or_default();
    assert!(record.is_empty(), "the bus started for Aloud: {record}");
}

#[test]
fn a_locked_screen_or_running_screensaver_holds_reminders_until_unlocked() {
    let mut s = Session::new(true, true);
    let logind = StandInLogind::start(s.dir.path());
    let screensaver = StandInScreenSaver::start(&s.bus.address);
    // A threshold of an hour and no X display for the app: only these two count.
    s.with_presence(3600);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
    s.set_env("XDG_SESSION_ID", "2");
    s.set_env("DISPLAY", "");
    s.launch();
    s.tray();
    s.wait_presence("present");

    logind.set_locked(true);
    s.wait_presence("away");
    held_after_its_time(&s, "interact", "Interact");
    shown_within_a_second_of(&s, "Interact", || logind.set_locked(false));

    screensaver.set_active(true);
    s.wait_presence("away");
    held_after_its_time(&s, "recognize", "Recognition");
    shown_within_a_second_of(&s, "Recognition", || screensaver.set_active(false));

    // Switched to another user's session and back.
    logind.set_active(false);
    s.wait_presence("away");
    logind.set_active(true);
    s.wait_presence("present");
}

#[test]
fn coming_back_from_suspend_shows_what_waited() {
    let _x = X_IDLE.lock().unwrap_or_else(|e| e.into_inner());
    let mut s = Session::new(true, true);
    let logind = StandInLogind::start(s.dir.path());
    s.with_presence(2);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
    nudge_pointer();
    s.launch();
    s.tray();
    s.wait_presence("present");
    held_after_its_time(&s, "interact", "Interact");
    // The machine slept while the person was gone; opening it brings them back,
    // before any key is pressed.
    shown_within_a_second_of(&s, "Interact", || {
        logind.prepare_for_sleep(true);
        logind.prepare_for_sleep(false);
    });
    // Idle time counts from the resume: away again two seconds later.
    s.wait_presence("away");
    nudge_pointer();
    s.wait_presence("present");
}

#[test]
fn a_lock_screen_at_start_is_seen_and_a_resume_into_it_is_still_away() {
    let mut s = Session::new(true, true);
    let logind = StandInLogind::start(s.dir.path());
    logind.set_locked(true);
    s.with_presence(3600);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
    s.set_env("DISPLAY", "");
    s.launch();
    s.tray();
    // Found through GetSessionByPID (no XDG_SESSION_ID) and read with GetAll.
    s.wait_presence("away");
    logind.prepare_for_sleep(true);
    logind.prepare_for_sleep(false);
    // A signal that changes nothing is answered by nothing: this one short wait
    // has no event to wait for instead.
    std::thread::sleep(Duration::from_millis(500));
    assert_eq!(
        s.json(&["status", "--json"])["presence"],
        "away",
        "a resume into a lock screen is still away"
    );
    logind.set_locked(false);
    s.wait_presence("present");
}

#[test]
fn without_a_system_bus_or_display_reminders_come_as_before() {
    let mut s = Session::new(true, true);
    s.with_presence(3600);
    s.set_env("DISPLAY", "");
    s.launch();
    let tray = s.tray();
    let (at, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let n = s.notification("Interact", Duration::from_secs(15));
    let drift = (chrono::DateTime::<chrono::Utc>::from(n.at) - at)
        .num_milliseconds()
        .abs();
    assert!(drift <= 2000, "fired {drift} ms away from {hms}");
    assert!(!n.body.starts_with("Back at your desk"));
    let status = s.json(&["status", "--json"]);
    assert_eq!(status["presence"], "unknown");
    assert!(status["held"].as_array().unwrap().is_empty());
    let labels = s.menu(&tray).labels();
    assert!(!labels.iter().any(|l| l.contains('⚠')), "{labels:?}");
    assert_eq!(
        s.desktop.notifications().len(),
        1,
        "nothing but the reminder"
    );
}

#[test]
fn on_gnome_the_idle_monitor_says_away_and_back() {
    let mut s = Session::new(true, true);
    let monitor = StandInIdleMonitor::start(&s.bus.address);
    // As on GNOME Wayland: no X display for the app, Mutter's monitor instead.
    s.with_presence(4);
    s.set_env("DISPLAY", "");
    s.launch();
    s.tray();
    s.wait_presence("present");
    assert_eq!(monitor.intervals(), [4000], "one watch at the threshold");
    monitor.idle_for(4000);
    s.wait_presence("away");
    held_after_its_time(&s, "interact", "Interact");
    shown_within_a_second_of(&s, "Interact", || monitor.activity());
    // And again: the idle watch stays, a new user-active watch is asked for.
    monitor.idle_for(4000);
    s.wait_presence("away");
    monitor.activity();
    s.wait_presence("present");
}
