//! The dashboard window: Ctrl+W closes it (its process ends) while the app stays in
//! the tray, and it reopens at the size and place it had.
use aloud_e2e::app::{named_below, wait_dashboard_gone, Session};
use aloud_e2e::ui::{find, open_dashboard, wait_until};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use aloud_e2e::x11::window_rect;
use std::time::Duration;

const CTRL_W: &str = "\u{E009}w\u{E000}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_window_closes_with_ctrl_w_and_reopens_where_it_was() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, tray) = open_dashboard(&s, &driver).await;
    client.set_window_rect(120, 90, 880, 640).await.unwrap();
    let rect = client.get_window_rect().await.unwrap();
    assert_eq!((rect.2, rect.3), (880, 640), "the window took the new size");

    find(&client, "#tab-today").await;
    // The window goes while the key is being sent, so the command's reply is an error.
    let focused = client.active_element().await.unwrap();
    let _ = focused.send_keys(CTRL_W).await;
    let file = s.data_dir().join("dashboard-window.json");
    let saved: serde_json::Value = tokio::task::block_in_place(|| {
        wait_for("the geometry to be saved", Duration::from_secs(10), || {
            std::fs::read_to_string(&file)
                .ok()
                .and_then(|t| serde_json::from_str(&t).ok())
        })
    });
    assert_eq!(
        (saved["width"].as_f64(), saved["height"].as_f64()),
        (Some(880.0), Some(640.0)),
        "{saved}"
    );
    let place = (saved["x"].as_f64().unwrap(), saved["y"].as_f64().unwrap());
    assert_eq!(place, (rect.0 as f64, rect.1 as f64), "{saved}");

    // The window's process is gone, the tray app is not; reopening restores the place.
    tokio::task::block_in_place(|| {
        let app = driver.app_pid().expect("the tray app still runs");
        wait_dashboard_gone(app, Duration::from_secs(10));
        // WebKit's processes went with it: the tray app is as small as before.
        assert_eq!(named_below(app, "WebKit").count(), 0, "WebKit stayed");
        let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(5));
        tray.click(&s.desktop.conn, open.id).unwrap();
        let again = wait_for("the reopened window", Duration::from_secs(30), || {
            named_below(app, "aloud-dashboard").find_map(window_rect)
        });
        let again = (
            again.0 as u64,
            again.1 as u64,
            u64::from(again.2),
            u64::from(again.3),
        );
        assert_eq!(again, rect, "reopened where it was");
    });
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_second_open_shows_the_asked_panel_in_the_open_window() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    let app = driver.app_pid().expect("the tray app");
    let open = |panel: &str| s.ask_open(panel);
    // As the retake reminder's button does while the window is open.
    tokio::task::block_in_place(|| open("mindsets")).unwrap();
    wait_until("the Mindsets panel", || async {
        client.current_url().await.unwrap().fragment() == Some("mindsets")
    })
    .await;
    // The second dashboard process handed over and ended: one window, one process.
    tokio::task::block_in_place(|| {
        wait_for(
            "a single dashboard process",
            Duration::from_secs(10),
            || (named_below(app, "aloud-dashboard").count() == 1).then_some(()),
        );
        assert!(open("settings'; alert(1); '").is_err(), "not a panel");
    });
    assert_eq!(
        client.current_url().await.unwrap().fragment(),
        Some("mindsets")
    );
    client.close().await.unwrap();
}
