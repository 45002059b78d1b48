//! Timed check-ins end to end, on the stand-in desktop: the reminder's Start opens
//! the habit's link through a stand-in `xdg-open` (first on PATH, recording what it
//! is given), the tray's header follows the running check-in, the wrap-up comes at
//! the length set in seconds, and Finish in the tray logs the measured minutes and
//! takes the wrap-up down. In the real dashboard, with the keyboard alone: the links
//! editor refuses unsafe addresses inline, changing nothing, and Today starts and
//! finishes a check-in.
use aloud_e2e::app::Session;
use aloud_e2e::desktop::Notified;
use aloud_e2e::ui::{
    open_dashboard, press, shift_tab_to, tab_to, wait_for_text_containing, wait_until, ENTER,
};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use fantoccini::Client;
use std::path::PathBuf;
use std::time::{Duration, Instant};

/// Puts a stand-in `xdg-open` first on the app's PATH; returns its record file.
fn stand_in_opener(s: &mut Session) -> PathBuf {
    let bin = s.home().join("bin");
    std::fs::create_dir_all(&bin).unwrap();
    let record = s.home().join("opened");
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
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    s.set_env("PATH", &path);
    record
}

fn notification(s: &Session, summary: &str, timeout: Duration) -> Notified {
    wait_for(&format!("a notification '{summary}…'"), timeout, || {
        s.desktop
            .notifications()
            .into_iter()
            .find(|n| n.summary.starts_with(summary))
    })
}

#[test]
fn start_on_a_reminder_opens_the_link_and_finish_in_the_tray_logs_the_minutes() {
    let mut s = Session::new(true, true);
    let record = stand_in_opener(&mut s);
    s.cli_ok(&["link", "add", "Intranet", "https://intranet.example/news"]);
    s.cli_ok(&["link", "add", "LinkedIn", "https://www.linkedin.com/feed/"]);
    s.cli_ok(&["habit", "set", "describe", "--link", "LinkedIn"]);
    s.cli_ok(&["config", "checkin_length", "4s"]);
    s.launch();
    let tray = s.tray();
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "describe", "--time", &hms]);
    let reminder = notification(&s, "Describe", Duration::from_secs(15));
    assert!(reminder.body.contains("An idea: "), "{}", reminder.body);

    s.desktop.invoke(reminder.id, "start");
    let started = Instant::now();
    let opened = wait_for("the link to be opened", Duration::from_secs(5), || {
        std::fs::read_to_string(&record).ok()
    });
    assert_eq!(opened, "https://www.linkedin.com/feed/\n");
    s.menu_item(&tray, "Describe check-in · 1 min", Duration::from_secs(3));
    s.menu_item(&tray, "Cancel check-in", Duration::from_secs(1));
    let status = s.json(&["status", "--json"]);
    assert_eq!(status["checkin"]["habit"], "describe", "{status}");

    let wrap_up = notification(&s, "Describe check-in", Duration::from_secs(10));
    let after = started.elapsed();
    println!("wrap-up {after:?} after Start (length 4 s)");
    assert!(
        (Duration::from_secs(3)..=Duration::from_secs(7)).contains(&after),
        "the wrap-up came {after:?} after Start"
    );
    let keys: Vec<&String> = wrap_up.actions.iter().step_by(2).collect();
    assert_eq!(keys, ["default", "finish", "more"]);

    let finish = s.menu_item(&tray, "Finish check-in", Duration::from_secs(2));
    tray.click(&s.desktop.conn, finish.id).unwrap();
    let entry = wait_for("the entry from Finish", Duration::from_secs(5), || {
        s.json(&["history", "--json"])
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["habit"] == "describe")
            .cloned()
    });
    assert_eq!(entry["minutes"], 1, "{entry}");
    assert_eq!(entry["source"], "tray", "{entry}");
    wait_for("the wrap-up taken down", Duration::from_secs(2), || {
        s.desktop.closed().contains(&wrap_up.id).then_some(())
    });
    wait_for("the reminder taken down", Duration::from_secs(2), || {
        s.desktop.closed().contains(&reminder.id).then_some(())
    });
    s.menu_item(&tray, "Today: 1 of 3", Duration::from_secs(2));
    assert!(s.json(&["status", "--json"])["checkin"].is_null());
}

#[test]
fn a_wrap_up_shown_before_a_restart_is_not_shown_again() {
    let mut s = Session::new(true, true);
    s.cli_ok(&["config", "checkin_length", "8s"]);
    s.cli_ok(&["start", "describe", "--no-open"]);
    s.launch();
    let tray = s.tray();
    notification(&s, "Describe check-in", Duration::from_secs(15));
    // The tray quits (or crashes) and comes back while the check-in still runs.
    s.stop();
    s.launch();
    let tray_again = s.tray();
    // Its header follows the running check-in: the first pass after the start is done.
    s.menu_item(&tray_again, "Describe check-in", Duration::from_secs(5));
    // A wrap-up of that pass is sent from its own thread, so it could land just
    // after the header: give it a second to show up before calling it absent.
    let wrap_ups = || {
        s.desktop
            .notifications()
            .iter()
            .filter(|n| n.summary.starts_with("Describe check-in"))
            .count()
    };
    let deadline = Instant::now() + Duration::from_secs(1);
    while wrap_ups() == 1 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        wrap_ups(),
        1,
        "the wrap-up was shown again after the restart"
    );
    drop(tray);
    assert_eq!(
        s.json(&["status", "--json"])["checkin"]["habit"],
        "describe"
    );
}

#[test]
fn five_more_minutes_on_the_wrap_up_keeps_the_check_in_running() {
    let mut s = Session::new(true, true);
    stand_in_opener(&mut s);
    s.cli_ok(&["config", "checkin_length", "2s"]);
    s.launch();
    let tray = s.tray();
    let start = s.menu_item(&tray, "Start a check-in", Duration::from_secs(10));
    let interact = start
        .children
        .iter()
        .find(|c| c.label == "Interact")
        .expect("Interact in the Start submenu")
        .clone();
    tray.click(&s.desktop.conn, interact.id).unwrap();
    let wrap_up = notification(&s, "Interact check-in", Duration::from_secs(10));
    s.desktop.invoke(wrap_up.id, "more");
    wait_for("a longer check-in", Duration::from_secs(5), || {
        let status = s.json(&["status", "--json"]);
        (status["checkin"]["length"] == 2 + 300).then_some(())
    });
    s.menu_item(&tray, "Interact check-in", Duration::from_secs(2));
    let cancel = s.menu_item(&tray, "Cancel check-in", Duration::from_secs(2));
    tray.click(&s.desktop.conn, cancel.id).unwrap();
    s.menu_item(&tray, "Today: 0 of 3", Duration::from_secs(5));
    assert_eq!(s.json(&["history", "--json"]), serde_json::json!([]));
}

/// Types `name` and `url` into the links editor and submits it, all by keyboard.
async fn add_link_by_keyboard(client: &Client, name: &str, url: &str) {
    tab_to(client, "#link-form input[name=name]", 120).await;
    press(client, name).await;
    tab_to(client, "#link-form input[name=url]", 2).await;
    press(client, url).await;
    tab_to(client, "#link-form button[type=submit]", 3).await;
    press(client, ENTER).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_dashboard_refuses_unsafe_links_and_starts_and_finishes_a_check_in_by_keyboard() {
    let mut s = Session::new(true, true);
    let record = stand_in_opener(&mut s);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    let before = s.cli_ok(&["export", "--format", "json"]);

    tab_to(&client, "#tab-settings", 40).await;
    press(&client, ENTER).await;
    for (url, says) in [
        (
            "javascript:alert(document.cookie)",
            "javascript: links are not allowed",
        ),
        ("file:///etc/passwd", "file: links are not allowed"),
    ] {
        add_link_by_keyboard(&client, "Evil", url).await;
        wait_for_text_containing(&client, "#link-error", says).await;
        assert_eq!(
            s.cli_ok(&["export", "--format", "json"]),
            before,
            "a refused link changed the data"
        );
        // Clear the fields for the next try.
        client
            .execute("document.getElementById('link-form').reset();", vec![])
            .await
            .unwrap();
        shift_tab_to(&client, "#tab-settings", 200).await;
    }
    add_link_by_keyboard(&client, "Intranet", "https://intranet.example/news").await;
    wait_for_text_containing(
        &client,
        "#link-list",
        "https://intranet.example/news (default)",
    )
    .await;
    assert_eq!(s.json(&["links", "--json"])[0]["name"], "Intranet");

    shift_tab_to(&client, "#tab-today", 200).await;
    press(&client, ENTER).await;
    tab_to(&client, ".card[data-habit=describe] button.start", 40).await;
    press(&client, ENTER).await;
    let opened = wait_for("the link to be opened", Duration::from_secs(5), || {
        std::fs::read_to_string(&record).ok()
    });
    assert_eq!(opened, "https://intranet.example/news\n");
    wait_for_text_containing(
        &client,
        ".card[data-habit=describe] .checkin-state",
        "Check-in running · 1 min",
    )
    .await;
    tab_to(&client, ".card[data-habit=describe] button.finish", 40).await;
    press(&client, ENTER).await;
    wait_until("the check-in logged", || async {
        s.json(&["status", "--json"])["habits"][0]["state"] == "done"
    })
    .await;
    let entry = &s.json(&["history", "--json"])[0];
    assert_eq!(entry["minutes"], 1, "{entry}");
    assert_eq!(entry["source"], "dashboard", "{entry}");
    assert!(s.json(&["status", "--json"])["checkin"].is_null());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_habit_s_link_and_ideas_are_chosen_in_its_settings_form() {
    let s = Session::new(true, true);
    s.cli_ok(&["link", "add", "Intranet", "https://intranet.example/"]);
    s.cli_ok(&["link", "add", "LinkedIn", "https://www.linkedin.com/feed/"]);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    aloud_e2e::ui::show_panel(&client, "settings").await;
    let form = "#settings form[data-habit=interact]";
    let ideas = aloud_e2e::ui::find(&client, &format!("{form} textarea[name=ideas]")).await;
    assert!(
        ideas
            .prop("value")
            .await
            .unwrap()
            .unwrap_or_default()
            .lines()
            .count()
            >= 4,
        "the defaults are shown"
    );
    aloud_e2e::ui::set_value(&client, &format!("{form} select[name=link]"), "LinkedIn").await;
    aloud_e2e::ui::set_value(
        &client,
        &format!("{form} textarea[name=ideas]"),
        "Answer one question in the leaders' group\n\nThank a reviewer",
    )
    .await;
    aloud_e2e::ui::click(&client, &format!("{form} button[type=submit]")).await;
    wait_for_text_containing(&client, &format!("{form} .saved"), "Saved.").await;
    assert_eq!(s.json(&["habits", "--json"])[1]["link"], "LinkedIn");
    assert_eq!(
        s.json(&["ideas", "interact", "--json"])
            .as_array()
            .unwrap()
            .len(),
        2
    );
    // Another habit's ideas were not touched: they are still the defaults.
    let describe = s.cli_ok(&["export", "--format", "json"]);
    assert!(!describe.contains("\"describe\": ["), "{describe}");
}

/// The tray (and the dashboard) open a link through the desktop portal where one
/// runs; the command line, which links no D-Bus, hands it to `xdg-open`, which in
/// a sandbox is the sandbox's own and goes through the portal itself.
#[test]
fn where_the_desktop_portal_runs_the_tray_opens_the_link_through_it() {
    let mut s = Session::new(true, true);
    let record = stand_in_opener(&mut s);
    let portal = aloud_e2e::portal::StandInPortal::start(&s.bus.address);
    s.cli_ok(&["link", "add", "LinkedIn", "https://www.linkedin.com/feed/"]);
    s.launch();
    let tray = s.tray();
    let start = s.menu_item(&tray, "Start a check-in", Duration::from_secs(10));
    let recognize = start
        .children
        .iter()
        .find(|c| c.label == "Recognition")
        .expect("Recognition in the Start submenu")
        .clone();
    tray.click(&s.desktop.conn, recognize.id).unwrap();
    wait_for(
        "the portal to open the link",
        Duration::from_secs(5),
        || (!portal.opened().is_empty()).then_some(()),
    );
    assert_eq!(portal.opened(), ["https://www.linkedin.com/feed/"]);
    assert!(!record.exists(), "xdg-open was used beside the portal");
    s.cli_ok(&["cancel"]);
    s.cli_ok(&["start", "recognize"]);
    assert_eq!(
        std::fs::read_to_string(&record).unwrap(),
        "https://www.linkedin.com/feed/\n"
    );
    assert_eq!(portal.opened().len(), 1, "the command line used D-Bus");
}

#[test]
fn a_check_in_nobody_finishes_ends_by_itself_and_the_tray_says_so() {
    let mut s = Session::new(true, true);
    s.cli_ok(&["config", "checkin_length", "1s"]);
    s.launch();
    let tray = s.tray();
    s.cli_ok(&["start", "interact", "--no-open"]);
    s.menu_item(&tray, "Interact check-in", Duration::from_secs(3));
    let told = notification(
        &s,
        "Interact check-in ended by itself",
        Duration::from_secs(8),
    );
    assert!(told.body.contains("1 min"), "{}", told.body);
    let entry = &s.json(&["history", "--json"])[0];
    assert_eq!(entry["minutes"], 1, "{entry}");
    s.menu_item(&tray, "Today: 1 of 3", Duration::from_secs(3));
}
