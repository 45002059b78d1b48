//! Settings beyond a habit's time, in real WebKit: export and import, adding and
//! archiving a habit, reminder timing, waiting while away, a vacation pause, start at
//! login, data location.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, open_dashboard, set_value, wait_for_text_containing};
use aloud_e2e::webdriver::Driver;
use chrono::Duration;
use fantoccini::Client;
use std::path::PathBuf;

async fn text(client: &Client, css: &str) -> String {
    find(client, css).await.text().await.unwrap()
}

async fn submit(client: &Client, form: &str) {
    click(client, &format!("{form} button[type=submit]")).await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn export_writes_a_file_that_a_fresh_data_dir_imports() {
    let s = Session::new(true, true);
    s.cli_ok(&[
        "log",
        "describe",
        "--note",
        "Shared the plan",
        "--need",
        "help",
    ]);
    s.cli_ok(&["review", "--rating", "4", "--responses", "2"]);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-settings").await;
    let folder = s.home().join("Documents").join("Aloud");
    wait_for_text_containing(&client, "#export-dir", &folder.to_string_lossy()).await;
    assert_eq!(
        text(&client, "#data-dir").await,
        s.data_dir().to_string_lossy()
    );

    click(&client, "[data-export=json]").await;
    let shown = wait_for_text_containing(&client, "#export-path", ".json").await;
    let path = PathBuf::from(&shown);
    assert_eq!(path.parent(), Some(folder.as_path()), "{shown}");
    let written = std::fs::read_to_string(&path).unwrap();
    assert_eq!(written, s.cli_ok(&["export", "--format", "json"]));

    // A fresh data dir accepts it and ends up with the same history.
    let fresh = tempfile::tempdir().unwrap();
    let fresh_dir = fresh.path().to_str().unwrap();
    let imported = s.cli_ok(&["--data-dir", fresh_dir, "import", &shown]);
    assert!(imported.contains("1 entries"), "{imported}");
    assert!(imported.contains("1 benefits checks"), "{imported}");
    assert_eq!(
        s.cli_ok(&["--data-dir", fresh_dir, "export", "--format", "json"]),
        written
    );

    click(&client, "[data-export=csv]").await;
    let csv = wait_for_text_containing(&client, "#export-path", ".csv").await;
    let csv = std::fs::read_to_string(csv).unwrap();
    assert!(csv.starts_with("date,habit,"), "{csv}");
    assert!(csv.contains("Shared the plan"));

    // Import from the dashboard: a broken file is refused whole; the export merges.
    let broken = s.home().join("broken.json");
    std::fs::write(&broken, &written[..written.len() / 2]).unwrap();
    let before = s.cli_ok(&["export", "--format", "json"]);
    set_value(
        &client,
        "#import-form [name=path]",
        broken.to_str().unwrap(),
    )
    .await;
    submit(&client, "#import-form").await;
    wait_for_text_containing(&client, "#import-error", "not valid JSON").await;
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);
    set_value(&client, "#import-form [name=path]", &shown).await;
    submit(&client, "#import-form").await;
    wait_for_text_containing(&client, "#import-status", "Imported 3 habits, 1 entries").await;
    assert_eq!(s.cli_ok(&["export", "--format", "json"]), before);
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn habits_are_added_and_archived_and_reminder_settings_are_kept() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-settings").await;
    find(&client, "#settings form[data-habit=interact]").await;

    // Add: an empty name is refused; a full one is added with an id from its name.
    set_value(&client, "#add-habit [name=name]", "  ").await;
    set_value(&client, "#add-habit [name=trigger]", "my 3 pm call ends").await;
    set_value(&client, "#add-habit [name=time]", "15:05").await;
    submit(&client, "#add-habit").await;
    wait_for_text_containing(&client, "#add-habit .field-error", "name").await;
    assert_eq!(s.json(&["habits", "--json"]).as_array().unwrap().len(), 3);
    set_value(&client, "#add-habit [name=name]", "Read a thread").await;
    submit(&client, "#add-habit").await;
    find(&client, "#settings form[data-habit=read-a-thread]").await;
    let habits = s.json(&["habits", "--json"]);
    let added = &habits[3];
    assert_eq!(added["id"], "read-a-thread");
    assert_eq!(added["trigger"], "my 3 pm call ends");
    assert_eq!(added["time"], "15:05");
    assert_eq!(
        added["days"],
        serde_json::json!(["mon", "tue", "wed", "thu", "fri"])
    );
    tokio::task::block_in_place(|| {
        let today = s.json(&["status", "--json"]);
        let scheduled = today["habits"][3]["state"] != "not_scheduled";
        if scheduled {
            s.menu_item(&tray, "○ Read a thread", std::time::Duration::from_secs(5));
        }
    });

    // Archive keeps the history and hides the habit; restore brings it back.
    click(
        &client,
        "#settings form[data-habit=read-a-thread] button.archive",
    )
    .await;
    find(&client, "#archived-habits li[data-habit=read-a-thread]").await;
    assert_eq!(s.json(&["habits", "--json"])[3]["archived"], true);
    click(
        &client,
        "#archived-habits li[data-habit=read-a-thread] button",
    )
    .await;
    find(&client, "#settings form[data-habit=read-a-thread]").await;
    assert_eq!(s.json(&["habits", "--json"])[3]["archived"], false);

    // The harness gives no presence: Settings says reminders will not wait.
    wait_for_text_containing(&client, "#away-presence", "tells Aloud nothing").await;

    // Reminder timing: a bad snooze is refused inline, good values are stored.
    let before = s.json(&["config", "--json"]);
    set_value(&client, "#timing-form [name=snooze]", "13h").await;
    submit(&client, "#timing-form").await;
    wait_for_text_containing(&client, "#timing-error", "between").await;
    assert_eq!(s.json(&["config", "--json"]), before);
    set_value(&client, "#timing-form [name=snooze]", "5m").await;
    set_value(&client, "#timing-form [name=catch_up_window]", "1h").await;
    submit(&client, "#timing-form").await;
    wait_for_text_containing(&client, "#timing-status", "Saved").await;
    let config = s.json(&["config", "--json"]);
    assert_eq!(
        (
            config["snooze_secs"].as_i64(),
            config["catch_up_window_secs"].as_i64()
        ),
        (Some(300), Some(3600))
    );

    // Vacation: reminders paused until a date, then resumed.
    let day = s.clock.today() + Duration::days(5);
    let back = day.to_string();
    set_value(&client, "#vacation-form [name=until]", &back).await;
    submit(&client, "#vacation-form").await;
    // Written as the page's language writes a date: "11 Dec 2026".
    let shown = day.format("%-d %b %Y").to_string();
    wait_for_text_containing(&client, "#vacation-state", &shown).await;
    let paused = s.json(&["status", "--json"])["paused_until"].to_string();
    assert!(paused.contains(&format!("{back}T00:00:00")), "{paused}");
    click(&client, "#vacation-resume").await;
    wait_for_text_containing(&client, "#vacation-state", "Reminders are on").await;
    assert!(s.json(&["status", "--json"])["paused_until"].is_null());

    // Start at login writes the desktop's autostart entry, and removes it.
    let entry = s.home().join(".config/autostart/app.aloud.Aloud.desktop");
    // The tray app's check mark follows at once (the dashboard asks it to redraw).
    let login_checked = |wanted: bool| {
        tokio::task::block_in_place(|| {
            aloud_e2e::wait_for(
                "the tray's check mark",
                std::time::Duration::from_secs(2),
                || {
                    let item = s.menu(&tray).find("Start at login").cloned()?;
                    (item.checked == Some(wanted)).then_some(())
                },
            )
        })
    };
    click(&client, "#start-at-login").await;
    wait_for_text_containing(&client, "#login-status", "will start").await;
    assert!(entry.exists());
    login_checked(true);
    click(&client, "#start-at-login").await;
    wait_for_text_containing(&client, "#login-status", "will not start").await;
    assert!(!entry.exists());
    login_checked(false);
    client.close().await.unwrap();
}

/// "When you're away" and a habit's latest time, with a stand-in logind so that
/// Settings names a source of presence (the harness keeps presence off otherwise).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn waiting_while_away_and_latest_times_are_set_in_settings() {
    let mut s = Session::new(true, true);
    let logind = aloud_e2e::presence::StandInLogind::start(s.dir.path());
    s.with_presence(3600);
    s.set_env("DBUS_SYSTEM_BUS_ADDRESS", &logind.address);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-settings").await;
    wait_for_text_containing(&client, "#away-presence", "logind").await;
    let away = find(&client, "#away-form [name=wait_when_away]").await;
    assert_eq!(away.prop("checked").await.unwrap().as_deref(), Some("true"));
    let minutes = find(&client, "#away-form [name=away_after]").await;
    assert_eq!(minutes.prop("value").await.unwrap().as_deref(), Some("5"));

    // Out of range: refused inline, nothing changed.
    let before = s.json(&["config", "--json"]);
    set_value(&client, "#away-form [name=away_after]", "90").await;
    submit(&client, "#away-form").await;
    wait_for_text_containing(&client, "#away-error", "between").await;
    assert_eq!(s.json(&["config", "--json"]), before);
    set_value(&client, "#away-form [name=away_after]", "12").await;
    click(&client, "#away-form [name=wait_when_away]").await;
    submit(&client, "#away-form").await;
    wait_for_text_containing(&client, "#away-status", "Saved").await;
    let config = s.json(&["config", "--json"]);
    assert_eq!(
        (
            config["wait_when_away"].as_bool(),
            config["away_after_secs"].as_i64()
        ),
        (Some(false), Some(720))
    );

    // A latest time before the habit's time is refused; a later one is kept.
    let form = "#settings form[data-habit=describe]";
    set_value(&client, &format!("{form} [name=time]"), "09:00").await;
    set_value(&client, &format!("{form} [name=latest]"), "08:00").await;
    submit(&client, form).await;
    wait_for_text_containing(&client, &format!("{form} .field-error"), "after").await;
    set_value(&client, &format!("{form} [name=latest]"), "11:30").await;
    submit(&client, form).await;
    wait_for_text_containing(&client, &format!("{form} .saved"), "Saved").await;
    let describe = &s.json(&["habits", "--json"])[0];
    assert_eq!(
        (describe["time"].as_str(), describe["latest"].as_str()),
        (Some("09:00"), Some("11:30"))
    );
    set_value(&client, &format!("{form} [name=latest]"), "").await;
    submit(&client, form).await;
    wait_for_text_containing(&client, &format!("{form} .saved"), "Saved").await;
    assert!(s.json(&["habits", "--json"])[0].get("latest").is_none());
    client.close().await.unwrap();
}
