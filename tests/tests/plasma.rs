//! Aloud on real KDE Plasma 5.27 (kwin_x11, kded5, plasmashell on an X server of
//! their own), clicked where a person clicks: the tray icon and its menu, a
//! notification's buttons, the dashboard's window (see src/plasma.rs).
use aloud_e2e::app::{named_below, Session};
use aloud_e2e::contrast::icon_on_panel;
use aloud_e2e::plasma::Plasma;
use aloud_e2e::{reopens_alike, settled, wait_for};
use std::time::{Duration, Instant};

/// A session on a Plasma desktop whose shell answers AT-SPI: a new desktop when
/// plasmashell did not describe itself (src/plasma.rs), at most three times.
fn desktop() -> (Session, Plasma) {
    for _ in 0..3 {
        let s = Session::on_real_desktop();
        if let Some(plasma) = Plasma::start(&s) {
            return (s, plasma);
        }
        println!("plasmashell did not describe itself to AT-SPI: a new desktop");
    }
    panic!("three Plasma desktops whose plasmashell did not describe itself to AT-SPI");
}

fn started() -> (Session, Plasma) {
    let (mut s, plasma) = desktop();
    for (key, value) in plasma.app_env() {
        s.set_env(&key, &value);
    }
    let launched = Instant::now();
    s.launch();
    let deadline = Instant::now() + Duration::from_secs(60);
    while plasma.icon().is_none() {
        if Instant::now() > deadline {
            // What Plasma showed instead, to look at (target/tmp).
            let picture =
                std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("plasma-no-icon.png");
            plasma.picture_screen().save_png(&picture);
            panic!(
                "no Aloud icon in Plasma's tray after 60 s; its buttons: {:?}; registered: {:?}",
                plasma.button_names(),
                aloud_e2e::bus::tray_items(&s.desktop.conn)
            );
        }
        std::thread::sleep(Duration::from_millis(100));
    }
    println!("launch → icon in Plasma's tray: {:?}", launched.elapsed());
    (s, plasma)
}

fn source_of(s: &Session, habit: &str) -> Option<serde_json::Value> {
    let rows = s.json(&["history", "--json"]);
    rows.as_array()?
        .iter()
        .find(|r| r["habit"] == habit)
        .map(|r| r["source"].clone())
}

#[test]
fn on_plasma_the_tray_menu_logs_reminders_are_answered_in_popups_and_withdrawn() {
    let (s, plasma) = started();
    // Plasma's default panel is light: the empty ring must show on it.
    let shot = plasma.picture_icon();
    shot.save_png(&std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("plasma-ring-empty.png"));
    let (panel, contrast) = icon_on_panel(&shot);
    println!("the empty ring on Plasma's panel {panel:?}: {contrast:.2}:1");
    assert!(
        contrast >= 3.0,
        "the empty ring on {panel:?}: {contrast:.2}:1"
    );

    // A habit logged from the tray's menu.
    plasma.choose(&s, "○ Describe");
    wait_for(
        "Describe logged from the menu",
        Duration::from_secs(10),
        || source_of(&s, "describe"),
    );
    assert_eq!(source_of(&s, "describe").unwrap(), "tray");

    // A reminder in Plasma's popup with its three buttons; Done there logs it.
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let done = wait_for("Interact's popup", Duration::from_secs(20), || {
        plasma.notification_button("Done")
    });
    for label in ["Start", "Snooze"] {
        assert!(plasma.notification_button(label).is_some(), "{label}");
    }
    assert!(plasma.shows_notification("Interact"));
    plasma.press(&done);
    wait_for(
        "Interact logged from the popup",
        Duration::from_secs(10),
        || source_of(&s, "interact"),
    );
    assert_eq!(source_of(&s, "interact").unwrap(), "notification");
    wait_for("the answered popup gone", Duration::from_secs(10), || {
        (!plasma.shows_notification("Interact")).then_some(())
    });

    // A reminder settled from the command line leaves Plasma.
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "recognize", "--time", &hms]);
    wait_for("Recognition's popup", Duration::from_secs(20), || {
        plasma.shows_notification("Recognition").then_some(())
    });
    let logged = Instant::now();
    s.cli_ok(&["log", "recognize"]);
    wait_for(
        "the settled reminder withdrawn",
        Duration::from_secs(5),
        || (!plasma.shows_notification("Recognition")).then_some(()),
    );
    println!("withdrawn {:?} after aloud log", logged.elapsed());
}

#[test]
fn on_plasma_the_dashboard_reopens_at_the_size_and_place_it_had() {
    let (s, plasma) = started();
    let app = s.pid();
    let open = || {
        plasma.choose(&s, "Open dashboard");
        settled("the dashboard's window", Duration::from_secs(60), || {
            plasma.dashboard_frame()
        })
    };
    let close = || {
        plasma.close_dashboard();
        wait_for("the dashboard gone", Duration::from_secs(20), || {
            (!plasma.has_dashboard() && named_below(app, "aloud-dashboard").count() == 0)
                .then_some(())
        });
    };
    reopens_alike(&open, &close);
}

/// Waits until the tray app has recorded Do Not Disturb as `on`.
fn wait_do_not_disturb(s: &Session, on: bool) {
    wait_for("Plasma's Do Not Disturb", Duration::from_secs(15), || {
        let status = s.json(&["status", "--json"]);
        let reasons = status["busy"]["reasons"].as_array().unwrap().clone();
        (reasons.iter().any(|r| r == "do_not_disturb") == on).then_some(())
    });
}

#[test]
fn on_plasma_an_inhibition_holds_a_reminder_until_it_is_released() {
    let (s, plasma) = started();
    // As a presentation program does: Plasma's notification server is inhibited
    // while the caller holds the cookie.
    let hints: std::collections::HashMap<&str, zbus::zvariant::Value> = Default::default();
    let reply = s
        .desktop
        .conn
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "Inhibit",
            &("aloud-tests", "presenting", hints),
        )
        .expect("Plasma's Inhibit");
    let cookie: u32 = reply.body().deserialize().unwrap();
    wait_do_not_disturb(&s, true);
    let sources = s.json(&["calendars", "--json"])["sources"].clone();
    assert!(
        sources
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "KDE Plasma"),
        "{sources}"
    );
    s.held_soon("interact");
    assert!(
        !plasma.shows_notification("Interact"),
        "nothing lands while inhibited"
    );
    let released = Instant::now();
    s.desktop
        .conn
        .call_method(
            Some("org.freedesktop.Notifications"),
            "/org/freedesktop/Notifications",
            Some("org.freedesktop.Notifications"),
            "UnInhibit",
            &(cookie,),
        )
        .expect("Plasma's UnInhibit");
    // The tray shows it within a second of the end; Plasma then draws it.
    wait_for("interact shown", Duration::from_secs(5), || {
        let status = s.json(&["status", "--json"]);
        status["held"].as_array().unwrap().is_empty().then_some(())
    });
    let took = released.elapsed();
    assert!(
        took <= Duration::from_secs(1),
        "shown {took:?} after the release"
    );
    wait_for("Plasma's popup", Duration::from_secs(15), || {
        plasma.shows_notification("Interact").then_some(())
    });
}
