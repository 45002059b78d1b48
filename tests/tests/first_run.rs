//! Installing and starting for the first time: the welcome on an empty data dir, and
//! a desktop without a tray (stock GNOME), in real WebKit on a private bus.
use aloud_e2e::app::Session;
use aloud_e2e::local_time::LocalClock;
use aloud_e2e::ui::{click, find, set_value, texts, wait_for_text_containing, wait_until};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use fantoccini::Locator;
use std::time::Duration;

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_first_run_welcomes_saves_the_times_and_later_starts_are_silent() {
    let mut s = Session::fresh(true, true);
    assert!(!s.data_dir().join("aloud.db").exists());
    {
        let driver = Driver::start(&s);
        // Nobody opens the window: the app does, on its first run.
        let client = driver.connect(&s).await;
        find(
            &client,
            "#welcome:not([hidden]) .welcome-habit[data-habit=describe]",
        )
        .await;
        // The header tells today's progress on the welcome too.
        wait_for_text_containing(&client, "#progress", "Today: 0 of").await;
        let text = find(&client, "#welcome .welcome-text")
            .await
            .text()
            .await
            .unwrap();
        for words in [
            "three tiny habits",
            "5 to 15 minutes",
            "a few weeks",
            "stop",
        ] {
            assert!(text.contains(words), "the welcome says {words:?}: {text}");
        }
        set_value(
            &client,
            "#welcome [data-habit=describe] [name=time]",
            "07:45",
        )
        .await;
        // The anchored forms are offered for each habit: Interact before lunch,
        // 15 minutes ahead.
        let choices = texts(
            &client,
            "#welcome [data-habit=interact] [name=anchor] option",
        )
        .await;
        assert_eq!(
            choices,
            [
                "At this time",
                "When I first sit down (from this time)",
                "Before I leave for lunch",
                "Before I leave for the day"
            ]
        );
        let script = "const f = document.querySelector(arguments[0]); f.value = 'lunch';
                      f.dispatchEvent(new Event('change', { bubbles: true }));";
        client
            .execute(
                script,
                vec!["#welcome [data-habit=interact] [name=anchor]".into()],
            )
            .await
            .unwrap();
        set_value(&client, "#welcome [data-habit=interact] [name=lead]", "15").await;
        click(&client, "#welcome-form button[data-then=today]").await;
        wait_until("Today after the welcome", || async {
            client.current_url().await.unwrap().fragment() == Some("today")
        })
        .await;
        // The default habits come on workdays: on a weekend Today says so instead.
        let status = s.json(&["status", "--json"]);
        let scheduled = status["habits"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h["state"] != "not_scheduled")
            .count();
        if scheduled == 0 {
            find(&client, "#today:not([hidden]) #today-empty:not([hidden])").await;
        } else {
            find(&client, "#today:not([hidden]) #habits .card").await;
            let cards = client
                .find_all(Locator::Css("#habits .card"))
                .await
                .unwrap();
            assert_eq!(cards.len(), scheduled, "{status}");
        }
        let habits = s.json(&["habits", "--json"]);
        assert_eq!(habits[0]["time"], "07:45");
        assert_eq!(habits[1]["time"], "12:00", "untouched times stay");
        assert_eq!(
            (
                habits[1]["anchor"].as_str(),
                habits[1]["lead_minutes"].as_u64()
            ),
            (Some("lunch"), Some(15))
        );
        assert!(habits[0].get("anchor").is_none(), "{}", habits[0]);
        client.close().await.unwrap();
    }
    // The second start stays in the tray: no welcome, no window.
    s.desktop.recorded.lock().unwrap().items.clear(); // the first app's, now gone
    s.launch();
    s.tray();
    // The start's choice of a window comes before its engine's first pass.
    s.settled();
    assert!(!s.has_dashboard(), "a later start opened a window");
}

/// Installed at 15:00 and tried at once: moving Interact a few seconds ahead fires it
/// on time, and nothing from before the first start is late.
#[test]
fn a_new_user_at_three_pm_who_moves_interact_ahead_gets_it_on_time() {
    let mut s = Session::fresh_at(true, true, LocalClock::starting_at("15:00"));
    s.launch();
    s.tray();
    let status = s.json(&["status", "--json"]);
    let offset = s.clock.now().format("%:z").to_string();
    assert!(
        status["next_reminder"]["at"]
            .as_str()
            .is_some_and(|at| at.ends_with(&offset)),
        "the app's local time is the session's: {status}"
    );
    let (at, hms) = s.clock.soon(4);
    s.cli_ok(&[
        "habit", "set", "interact", "--time", &hms, "--days", "daily",
    ]);
    let n = s.notification("Interact", Duration::from_secs(20));
    let drift = (chrono::DateTime::<chrono::Utc>::from(n.at) - at)
        .num_milliseconds()
        .abs();
    assert!(drift <= 2000, "fired {drift} ms away from {hms}");
    assert!(!n.summary.contains("late"), "{}", n.summary);
    s.settled();
    let shown: Vec<String> = s
        .desktop
        .notifications()
        .into_iter()
        .map(|n| n.summary)
        .collect();
    assert_eq!(shown.len(), 1, "only the moved reminder: {shown:?}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn without_a_tray_the_dashboard_opens_with_a_hint_and_reminders_still_fire() {
    let s = Session::new(false, true);
    let driver = Driver::start(&s);
    let client = driver.connect(&s).await;
    find(&client, "#today:not([hidden]) #habits .card").await;
    let hint = wait_for_text_containing(&client, "#notices .notice-text", "no tray icons").await;
    assert!(hint.contains("AppIndicator"), "{hint}");

    // Reminders do not need the tray.
    let (_, at) = tokio::task::block_in_place(|| s.clock.soon(4));
    s.cli_ok(&["habit", "set", "interact", "--time", &at]);
    tokio::task::block_in_place(|| {
        s.notification("Interact", Duration::from_secs(20));
        assert!(s.desktop.tray_items().is_empty());
        // A tray host appears (e.g. the extension is switched on): the icon registers.
        s.desktop.start_tray_watcher();
        wait_for("the tray to register", Duration::from_secs(20), || {
            (!s.desktop.tray_items().is_empty()).then_some(())
        });
    });
    // The hint is shown once.
    client.refresh().await.unwrap();
    find(&client, "#habits .card").await;
    find(&client, "#notices[data-asked]").await;
    let hidden = find(&client, "#notices")
        .await
        .attr("hidden")
        .await
        .unwrap();
    assert!(hidden.is_some(), "the hint came back");
    client.close().await.unwrap();
}
