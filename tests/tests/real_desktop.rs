//! The real binaries against real desktop parts from Debian: xfce4-panel's systray
//! and dunst (see src/real_desktop.rs). The stand-in desktop asserts exactly what was
//! sent; these show that it also works where a person would run it.
use aloud_e2e::app::Session;
use aloud_e2e::real_desktop::RealDesktop;
use aloud_e2e::ui::{click, find};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use chrono::{DateTime, Utc};
use std::time::Duration;

/// Waits until dunst shows `n` notifications; returns when it first did.
fn displayed(d: &RealDesktop, n: u32, timeout: u64, what: &str) -> DateTime<Utc> {
    wait_for(what, Duration::from_secs(timeout), || {
        (d.displayed() == n).then(Utc::now)
    })
}

fn started() -> (Session, RealDesktop) {
    let mut s = Session::on_real_desktop();
    let d = RealDesktop::start(&s);
    s.launch();
    wait_for(
        "the icon in xfce4-panel's systray",
        Duration::from_secs(30),
        || (!d.tray_items(&s).is_empty()).then_some(()),
    );
    (s, d)
}

#[test]
fn a_reminder_shows_in_dunst_on_time_and_done_there_takes_it_off_screen() {
    let (s, d) = started();
    let items = d.tray_items(&s);
    assert!(
        items.iter().any(|i| i.contains("StatusNotifierItem")),
        "registered with the panel: {items:?}"
    );
    let (at, hms) = s.clock.soon(4);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let shown = displayed(&d, 1, 20, "the reminder in dunst");
    let drift = (shown - at).num_milliseconds();
    assert!(drift.abs() <= 2000, "shown {drift} ms away from {hms}");
    d.choose("done");
    let chosen = std::time::Instant::now();
    displayed(&d, 0, 2, "the answered reminder off screen");
    println!("off screen {:?} after Done", chosen.elapsed());
    let rows = s.json(&["history", "--json"]);
    assert_eq!(rows[0]["habit"], "interact");
    assert_eq!(rows[0]["source"], "notification");
}

#[test]
fn a_reminder_in_dunst_is_withdrawn_when_settled_elsewhere_and_a_snooze_comes_back_once() {
    let (s, d) = started();
    let tray = d.tray(&s);
    let settle: [(&str, &dyn Fn()); 3] = [
        ("interact", &|| drop(s.cli_ok(&["log", "interact"]))),
        ("recognize", &|| {
            let item = s.menu_item(&tray, "○ Recognition", Duration::from_secs(5));
            tray.click(&s.desktop.conn, item.id).unwrap();
        }),
        ("describe", &|| drop(s.cli_ok(&["skip", "describe"]))),
    ];
    for (habit, how) in settle {
        let (_, hms) = s.clock.soon(3);
        s.cli_ok(&["habit", "set", habit, "--time", &hms]);
        displayed(&d, 1, 15, "the reminder in dunst");
        let settled = std::time::Instant::now();
        how();
        displayed(&d, 0, 2, "the settled reminder off screen");
        println!(
            "{habit}: withdrawn {:?} after it was settled",
            settled.elapsed()
        );
    }
    // Snoozed in dunst, it comes back as one notification, not two.
    s.cli_ok(&["undo", "interact"]);
    s.cli_ok(&["config", "snooze", "3s"]);
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    displayed(&d, 1, 15, "the reminder in dunst");
    d.choose("snooze");
    displayed(&d, 0, 2, "the snoozed reminder off screen");
    displayed(&d, 1, 10, "the snoozed reminder back");
    s.settled();
    assert_eq!(d.displayed(), 1, "one reminder, not two");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_reminder_in_dunst_is_withdrawn_when_logged_from_the_dashboard() {
    let s = Session::on_real_desktop();
    let d = RealDesktop::start(&s);
    // WebKitWebDriver starts the app; the panel's menu opens its dashboard.
    let driver = Driver::start(&s);
    let clicking = async {
        tokio::task::block_in_place(|| {
            let tray = d.tray(&s);
            let open = s.menu_item(&tray, "Open dashboard", Duration::from_secs(20));
            tray.click(&s.desktop.conn, open.id).unwrap();
        })
    };
    let (client, ()) = tokio::join!(driver.connect(&s), clicking);
    find(&client, ".card[data-habit=interact] button.log").await;
    let (_, hms) = tokio::task::block_in_place(|| s.clock.soon(3));
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    tokio::task::block_in_place(|| displayed(&d, 1, 15, "the reminder in dunst"));
    click(&client, ".card[data-habit=interact] button.log").await;
    let logged = std::time::Instant::now();
    tokio::task::block_in_place(|| displayed(&d, 0, 2, "the reminder off screen"));
    println!("withdrawn {:?} after the dashboard's Log", logged.elapsed());
    assert_eq!(s.json(&["history", "--json"])[0]["source"], "dashboard");
    client.close().await.unwrap();
}
