//! The dashboard in real WebKit through tauri-driver, with the tray on a private bus.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, open_dashboard, wait_for_text};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use fantoccini::{Client, Locator};
use std::time::Duration;

/// Read in one script call: the panel redraws its cards after every change.
async fn card_state(client: &Client, habit: &str) -> String {
    let script = format!(
        "const c = document.querySelector('.card[data-habit={habit}]'); return c ? c.dataset.state : '';"
    );
    let value = client.execute(&script, vec![]).await.unwrap();
    value.as_str().unwrap_or_default().to_string()
}

async fn wait_state(client: &Client, habit: &str, state: &str) {
    for _ in 0..100 {
        if card_state(client, habit).await == state {
            return;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    panic!("{habit} never became {state}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn log_skip_and_undo_from_today_reach_the_database_and_the_tray() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, tray) = open_dashboard(&s, &driver).await;

    let note = client
        .find(Locator::Css(".card[data-habit=describe] input[name=note]"))
        .await
        .unwrap();
    note.send_keys("Visited the Lyon team").await.unwrap();
    click(&client, ".card[data-habit=describe] button.log").await;
    wait_state(&client, "describe", "done").await;
    let celebration = client
        .find(Locator::Id("celebration"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(celebration.contains("Describe"), "{celebration}");
    let rows = s.json(&["history", "--json"]);
    assert_eq!(rows[0]["habit"], "describe");
    assert_eq!(rows[0]["source"], "dashboard");
    assert_eq!(rows[0]["note"], "Visited the Lyon team");
    assert_eq!(rows[0]["minutes"], 10, "the suggested 10 minutes");
    tokio::task::block_in_place(|| s.menu_item(&tray, "✓ Describe — done", Duration::from_secs(5)));

    click(&client, ".card[data-habit=interact] button.skip").await;
    wait_state(&client, "interact", "skipped").await;
    assert_eq!(
        s.json(&["status", "--json"])["habits"][1]["state"],
        "skipped"
    );
    tokio::task::block_in_place(|| {
        s.menu_item(&tray, "– Interact — skipped", Duration::from_secs(5))
    });
    click(&client, ".card[data-habit=interact] button.undo").await;
    wait_state(&client, "interact", "pending").await;
    assert_eq!(
        s.json(&["status", "--json"])["habits"][1]["state"],
        "pending"
    );
    tokio::task::block_in_place(|| s.menu_item(&tray, "○ Interact", Duration::from_secs(5)));

    // Pause until tomorrow, and resume, from the button above the cards.
    let tomorrow = (s.clock.today() + chrono::Duration::days(1)).to_string();
    click(&client, "#pause-toggle").await;
    wait_state(&client, "interact", "paused").await;
    let until = s.json(&["status", "--json"])["paused_until"].to_string();
    assert!(until.contains(&format!("{tomorrow}T00:00:00")), "{until}");
    click(&client, "#pause-toggle").await;
    wait_state(&client, "interact", "pending").await;
    assert!(s.json(&["status", "--json"])["paused_until"].is_null());

    client.close().await.unwrap();
}

/// A day none of the habits comes on (a weekend with the default workdays) says so
/// instead of showing an empty page, and the cards return with the schedule.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_day_with_nothing_scheduled_says_so_on_today() {
    use chrono::Datelike;
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    assert!(!is_shown(&client, "#today-empty").await);

    let other_day = (s.clock.today() + chrono::Duration::days(1))
        .weekday()
        .to_string()
        .to_lowercase();
    for habit in ["describe", "interact", "recognize"] {
        s.cli_ok(&["habit", "set", habit, "--days", &other_day]);
    }
    let redraw = || async {
        click(&client, "#tab-history").await;
        click(&client, "#tab-today").await;
    };
    redraw().await;
    let empty = wait_for_text(&find(&client, "#today-empty:not([hidden])").await).await;
    assert!(empty.contains("Nothing is scheduled today"), "{empty}");
    assert!(client
        .find_all(Locator::Css("#habits .card"))
        .await
        .unwrap()
        .is_empty());

    s.cli_ok(&["habit", "set", "interact", "--days", "daily"]);
    redraw().await;
    find(&client, "#habits .card[data-habit=interact]").await;
    assert!(!is_shown(&client, "#today-empty").await);
    client.close().await.unwrap();
}

async fn is_shown(client: &Client, css: &str) -> bool {
    let script = format!("return !document.querySelector('{css}').hidden;");
    client.execute(&script, vec![]).await.unwrap() == serde_json::Value::Bool(true)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_huge_note_or_bad_minutes_are_refused_inline_and_nothing_changes() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    let before = s.cli_ok(&["export", "--format", "json"]);

    // The field limits typing to 500 characters; a pasted or scripted value is still checked.
    client
        .execute(
            "document.querySelector('.card[data-habit=describe] input[name=note]').value = 'x'.repeat(10000);",
            vec![],
        )
        .await
        .unwrap();
    click(&client, ".card[data-habit=describe] button.log").await;
    let error = client
        .find(Locator::Css(".card[data-habit=describe] .field-error"))
        .await
        .unwrap();
    let message = wait_for_text(&error).await;
    assert!(message.contains("10000 characters"), "{message}");

    let minutes = client
        .find(Locator::Css(
            ".card[data-habit=interact] input[name=minutes]",
        ))
        .await
        .unwrap();
    minutes.clear().await.unwrap();
    minutes.send_keys("999").await.unwrap();
    click(&client, ".card[data-habit=interact] button.log").await;
    let error = client
        .find(Locator::Css(".card[data-habit=interact] .field-error"))
        .await
        .unwrap();
    assert!(wait_for_text(&error).await.contains("between 1 and 240"));

    assert_eq!(
        s.cli_ok(&["export", "--format", "json"]),
        before,
        "nothing was written"
    );
    wait_for("no entry", Duration::from_secs(1), || {
        s.json(&["history", "--json"])
            .as_array()
            .unwrap()
            .is_empty()
            .then_some(())
    });
    client.close().await.unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn history_shows_the_same_numbers_as_the_cli_for_60_days() {
    let s = Session::new(true, true);
    let today = s.clock.today();
    for back in 1..=60 {
        let date = (today - chrono::Duration::days(back)).to_string();
        match back % 9 {
            0 => {}
            4 => drop(s.cli_ok(&["skip", "describe", "--date", &date])),
            _ => drop(s.cli_ok(&["log", "describe", "--date", &date, "--minutes", "7"])),
        }
        if back % 2 == 0 {
            s.cli_ok(&["log", "interact", "--date", &date]);
        }
    }
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    // Arrow keys move between the tabs, as a tablist should.
    client
        .find(Locator::Id("tab-today"))
        .await
        .unwrap()
        .send_keys("\u{E014}")
        .await
        .unwrap();
    client
        .wait()
        .for_element(Locator::Css("#history .history .heatmap"))
        .await
        .unwrap();

    let stats = s.json(&["stats", "--json"]);
    for habit in stats.as_array().unwrap() {
        let id = habit["habit"].as_str().unwrap();
        for key in ["current_streak", "best_streak", "done", "minutes"] {
            let css = format!("#history [data-habit={id}] [data-stat={key}]");
            let shown = find(&client, &css).await.text().await.unwrap();
            assert_eq!(shown, habit[key].to_string(), "{id} {key}");
        }
        let css = format!("#history [data-habit={id}] [data-stat=strength]");
        let strength = find(&client, &css).await.text().await.unwrap();
        let shown: f64 = strength.trim_end_matches('%').parse().unwrap();
        assert_eq!(Some(shown), habit["strength"].as_f64(), "{id} strength");
        let script = format!(
            "return document.querySelectorAll('#history [data-habit={id}] .day.done, #history [data-habit={id}] .day.extra').length;"
        );
        let done_cells = client.execute(&script, vec![]).await.unwrap();
        assert_eq!(done_cells, habit["done"], "{id} heatmap");
    }
    client.close().await.unwrap();
}

/// Sets a field of a habit's settings form and saves it.
async fn save_setting(client: &Client, habit: &str, field: &str, value: &str) {
    let script = format!(
        "const f = document.querySelector('#settings form[data-habit={habit}]'); f.querySelector('[name={field}]').value = arguments[0];"
    );
    client.execute(&script, vec![value.into()]).await.unwrap();
    click(
        client,
        &format!("#settings form[data-habit={habit}] button[type=submit]"),
    )
    .await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn settings_change_a_time_that_the_reminders_follow_and_refuse_bad_values() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    click(&client, "#tab-settings").await;
    client
        .wait()
        .for_element(Locator::Css("#settings form[data-habit=interact]"))
        .await
        .unwrap();
    let before = s.cli_ok(&["export", "--format", "json"]);

    for (field, value, expected) in [
        ("time", "25:00", "not a time"),
        ("name", "   ", "name must not be empty"),
    ] {
        save_setting(&client, "interact", field, value).await;
        let error = client
            .find(Locator::Css(
                "#settings form[data-habit=interact] .field-error",
            ))
            .await
            .unwrap();
        let message = wait_for_text(&error).await;
        assert!(message.contains(expected), "{field}: {message}");
        client.refresh().await.unwrap();
        // The reloaded page draws its first panel first; a tab chosen before that
        // is what a person would not see happen (a loaded machine made it race).
        for _ in 0..600 {
            let drawn = client
                .execute(
                    "return performance.getEntriesByName('aloud-ready').length > 0",
                    vec![],
                )
                .await
                .ok()
                .and_then(|v| v.as_bool());
            if drawn == Some(true) {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        click(&client, "#tab-settings").await;
        client
            .wait()
            .for_element(Locator::Css("#settings form[data-habit=interact]"))
            .await
            .unwrap();
    }
    assert_eq!(
        s.cli_ok(&["export", "--format", "json"]),
        before,
        "refused edits change nothing"
    );

    let (at, hms) = tokio::task::block_in_place(|| s.clock.soon(8));
    save_setting(&client, "interact", "time", &hms).await;
    let saved = client
        .find(Locator::Css("#settings form[data-habit=interact] .saved"))
        .await
        .unwrap();
    assert_eq!(wait_for_text(&saved).await, "Saved.");
    let habits = s.json(&["habits", "--json"]);
    // The app writes a time without seconds when they are zero.
    let canonical = hms.strip_suffix(":00").unwrap_or(&hms);
    assert_eq!(habits[1]["time"], canonical);
    let n = tokio::task::block_in_place(|| s.notification("Interact", Duration::from_secs(20)));
    let drift = (chrono::DateTime::<chrono::Utc>::from(n.at) - at)
        .num_milliseconds()
        .abs();
    assert!(drift <= 2000, "fired {drift} ms away from {hms}");
    client.close().await.unwrap();
}
