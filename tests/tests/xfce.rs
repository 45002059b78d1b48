//! Aloud's reminders in xfce4-notifyd, Xfce's own notification server, beside
//! xfwm4 and xfce4-panel on an X server of their own (see src/xfce.rs): shown with
//! their buttons, answered with a click on one, withdrawn when settled elsewhere.
use aloud_e2e::app::Session;
use aloud_e2e::wait_for;
use aloud_e2e::xfce::Xfce;
use std::time::{Duration, Instant};

#[test]
fn in_xfce4_notifyd_a_reminder_is_answered_with_its_button_and_withdrawn_when_settled() {
    let mut s = Session::on_real_desktop();
    let xfce = Xfce::start(&s);
    for (key, value) in xfce.app_env() {
        s.set_env(key, &value);
    }
    s.launch();
    wait_for("the icon in xfce4-panel", Duration::from_secs(30), || {
        (!aloud_e2e::bus::tray_items(&s.desktop.conn).is_empty()).then_some(())
    });

    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let buttons = wait_for("Interact's popup", Duration::from_secs(20), || {
        let buttons = xfce.buttons();
        (buttons.len() >= 4 && xfce.shows("Interact")).then_some(buttons)
    });
    let labels: Vec<&str> = buttons.iter().map(|b| b.name.as_str()).collect();
    assert_eq!(labels, ["Open dashboard", "Start", "Done", "Snooze"]);
    xfce.press(&buttons[2]);
    let source = wait_for(
        "Interact logged from the popup",
        Duration::from_secs(10),
        || {
            let rows = s.json(&["history", "--json"]);
            rows.as_array()?
                .iter()
                .find(|r| r["habit"] == "interact")
                .map(|r| r["source"].clone())
        },
    );
    assert_eq!(source, "notification");
    wait_for("the answered popup gone", Duration::from_secs(10), || {
        (!xfce.shows("Interact")).then_some(())
    });

    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "recognize", "--time", &hms]);
    wait_for("Recognition's popup", Duration::from_secs(20), || {
        xfce.shows("Recognition").then_some(())
    });
    let logged = Instant::now();
    s.cli_ok(&["log", "recognize"]);
    wait_for(
        "the settled reminder withdrawn",
        Duration::from_secs(5),
        || (!xfce.shows("Recognition")).then_some(()),
    );
    println!("withdrawn {:?} after aloud log", logged.elapsed());
}
