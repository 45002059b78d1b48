//! Installing and starting for the first time: the welcome on an empty data dir, and
//! a desktop without a tray (stock GNOME), in real WebKit on a private bus.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{click, find, set_value, wait_for_text_containing, wait_until};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
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
        click(&client, "#welcome-form button[data-then=today]").await;
        wait_until("Today after the welcome", || async {
            client.current_url().await.unwrap().fragment() == Some("today")
        })
        .await;
        find(&client, "#today:not([hidden]) #habits .card").await;
        let habits = s.json(&["habits", "--json"]);
        assert_eq!(habits[0]["time"], "07:45");
        assert_eq!(habits[1]["time"], "12:00", "untouched times stay");
        client.close().await.unwrap();
    }
    // The second start stays in the tray: no welcome, no window.
    s.desktop.recorded.lock().unwrap().items.clear(); // the first app's, now gone
    s.launch();
    s.tray();
    std::thread::sleep(Duration::from_secs(3));
    assert!(!s.has_webview(), "a later start opened a window");
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
    let to_midnight = 86_400 - chrono::Utc::now().timestamp() % 86_400;
    if to_midnight < 30 {
        tokio::time::sleep(Duration::from_secs(to_midnight as u64 + 2)).await;
    }
    let at = (chrono::Utc::now() + chrono::Duration::seconds(4))
        .format("%H:%M:%S")
        .to_string();
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
    tokio::time::sleep(Duration::from_millis(500)).await;
    let hidden = find(&client, "#notices")
        .await
        .attr("hidden")
        .await
        .unwrap();
    assert!(hidden.is_some(), "the hint came back");
    client.close().await.unwrap();
}
