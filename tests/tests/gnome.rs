//! Aloud on real GNOME Shell 43 (headless Wayland, the AppIndicator extension on),
//! driven through the shell's own objects as a person's clicks would drive them:
//! the icon in the top bar and its menu, a reminder's banner and its buttons, the
//! dashboard's window (see src/gnome.rs).
use aloud_e2e::app::{named_below, Session};
use aloud_e2e::contrast::icon_on_panel;
use aloud_e2e::gnome::GnomeShell;
use aloud_e2e::screen::Shot;
use aloud_e2e::{reopens_alike, settled, wait_for};
use std::time::{Duration, Instant};

fn started() -> (Session, GnomeShell) {
    let mut s = Session::on_real_desktop();
    let gnome = GnomeShell::start(&s);
    for (key, value) in gnome.app_env() {
        s.set_env(key, &value);
    }
    let launched = Instant::now();
    s.launch();
    wait_for(
        "Aloud's menu in the top bar",
        Duration::from_secs(30),
        || gnome.menu_labels().filter(|labels| labels.len() > 3),
    );
    println!("launch → icon in GNOME's top bar: {:?}", launched.elapsed());
    (s, gnome)
}

/// Where the pictures go: kept after the run (target/tmp), to look at when a
/// figure surprises.
fn target_picture(name: &str) -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("gnome-{name}.png"))
}

/// The icon's contrast with the top bar, from a picture of it.
fn icon_contrast(s: &Session, gnome: &GnomeShell, name: &str) -> f64 {
    let _ = s;
    let path = target_picture(name);
    gnome.picture_icon(&path);
    let (panel, contrast) = icon_on_panel(&Shot::load_png(&path));
    println!("{name}: the ring on GNOME's top bar {panel:?}: {contrast:.2}:1");
    contrast
}

#[test]
fn on_gnome_the_top_bar_menu_logs_reminders_are_answered_in_banners_and_withdrawn() {
    let (s, gnome) = started();
    // Nothing done yet: the empty ring must show on the black bar too.
    wait_for("the menu's habits", Duration::from_secs(10), || {
        let labels = gnome.menu_labels()?;
        labels
            .iter()
            .any(|l| l.starts_with("○ Describe"))
            .then_some(())
    });
    let empty = icon_contrast(&s, &gnome, "ring-empty");
    assert!(empty >= 3.0, "the empty ring: {empty:.2}:1");

    // A habit logged from the top bar's menu.
    gnome.choose("○ Describe");
    wait_for(
        "Describe logged from the menu",
        Duration::from_secs(5),
        || {
            let rows = s.json(&["history", "--json"]);
            (rows.as_array()?.len() == 1).then_some(rows)
        },
    );
    assert_eq!(s.json(&["history", "--json"])[0]["source"], "tray");
    wait_for("the menu redrawn", Duration::from_secs(5), || {
        let labels = gnome.menu_labels()?;
        labels
            .iter()
            .any(|l| l.starts_with("✓ Describe"))
            .then_some(())
    });
    // The extension fetches the new picture when told: wait until it shows green.
    let one = wait_for("the ring with one done", Duration::from_secs(5), || {
        let contrast = icon_contrast(&s, &gnome, "ring-one-done");
        let path = target_picture("ring-one-done");
        let shot = Shot::load_png(&path);
        let green = (0..shot.height)
            .flat_map(|y| (0..shot.width).map(move |x| (x, y)))
            .any(|(x, y)| {
                let [r, g, _] = shot.pixel(x, y);
                g > r.saturating_add(40)
            });
        green.then_some(contrast)
    });
    assert!(one >= 3.0, "the ring with one done: {one:.2}:1");

    // A reminder in GNOME's banner with its three buttons; Done there logs it.
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "interact", "--time", &hms]);
    let (title, buttons) = wait_for("Interact's banner", Duration::from_secs(20), || {
        gnome.banner().filter(|(title, _)| title == "Interact")
    });
    assert_eq!(buttons, ["Start", "Done", "Snooze"], "{title}");
    gnome.press("Done");
    wait_for(
        "Interact logged from the banner",
        Duration::from_secs(5),
        || {
            let rows = s.json(&["history", "--json"]);
            rows.as_array()?
                .iter()
                .find(|r| r["habit"] == "interact")
                .map(|r| r["source"].clone())
        },
    );
    let rows = s.json(&["history", "--json"]);
    let interact = rows
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["habit"] == "interact");
    assert_eq!(interact.unwrap()["source"], "notification");
    wait_for("the answered reminder gone", Duration::from_secs(5), || {
        gnome.notifications().is_empty().then_some(())
    });

    // A reminder settled from the command line leaves GNOME's tray.
    let (_, hms) = s.clock.soon(3);
    s.cli_ok(&["habit", "set", "recognize", "--time", &hms]);
    wait_for("Recognition's banner", Duration::from_secs(20), || {
        gnome.banner().filter(|(title, _)| title == "Recognition")
    });
    let logged = Instant::now();
    s.cli_ok(&["log", "recognize"]);
    wait_for(
        "the settled reminder withdrawn",
        Duration::from_secs(3),
        || gnome.notifications().is_empty().then_some(()),
    );
    println!("withdrawn {:?} after aloud log", logged.elapsed());
}

#[test]
fn on_gnome_wayland_the_dashboard_reopens_at_the_size_and_place_it_had() {
    let (s, gnome) = started();
    let app = s.pid();
    let open = || {
        gnome.choose("Open dashboard");
        settled("the dashboard's window", Duration::from_secs(60), || {
            gnome.dashboard_frame()
        })
    };
    let close = || {
        gnome.close_dashboard();
        wait_for("the dashboard gone", Duration::from_secs(20), || {
            (!gnome.has_dashboard() && named_below(app, "aloud-dashboard").count() == 0)
                .then_some(())
        });
    };
    reopens_alike(&open, &close);
    // A size the person chose is kept too.
    open();
    gnome.resize_dashboard(900, 640);
    let resized = wait_for("the new size", Duration::from_secs(5), || {
        gnome.dashboard_frame().filter(|f| (f.2, f.3) == (900, 640))
    });
    close();
    let reopened = open();
    assert_eq!((reopened.2, reopened.3), (resized.2, resized.3));
    close();
}
