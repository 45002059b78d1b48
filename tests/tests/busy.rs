//! Reminders that wait while the person is busy, end to end with the real parts:
//! xfconfd (Xfce's Do Not Disturb, set with `xfconf-query`), the dconf service
//! (GNOME's `show-banners`, set with `dconf write`), dunst paused with `dunstctl`,
//! a window made full screen under a real window manager (xfwm4), and a calendar
//! file edited while the tray app runs. Each holds a reminder that comes due, and
//! the reminder is shown within a second of the end, saying what it waited for.
use aloud_e2e::app::Session;
use aloud_e2e::own_display::OwnDisplay;
use aloud_e2e::wait_for;
use aloud_e2e::xfce;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Waits until the tray app has recorded that the person is busy for `reason`.
fn wait_busy(s: &Session, reason: &str, busy: bool) {
    wait_for(
        &format!("busy {reason}: {busy}"),
        Duration::from_secs(10),
        || {
            let status = s.json(&["status", "--json"]);
            let reasons = status["busy"]["reasons"].as_array().unwrap().clone();
            (reasons.iter().any(|r| r == reason) == busy).then_some(())
        },
    );
}

/// Moves Interact a few seconds ahead and waits until it came due and is held.
fn interact_held(s: &Session) {
    s.held_soon("interact");
}

/// Does `end` and returns how long the held reminder took to be shown after it,
/// found by `shown` (its body).
fn shown_after(end: impl FnOnce(), shown: impl FnMut() -> Option<String>) -> (Duration, String) {
    let start = Instant::now();
    end();
    let body = wait_for("the held reminder", Duration::from_secs(5), shown);
    (start.elapsed(), body)
}

fn interact_shown(s: &Session) -> Option<String> {
    s.desktop
        .notifications()
        .into_iter()
        .find(|n| n.summary == "Interact")
        .map(|n| n.body)
}

type At = chrono::DateTime<chrono::Utc>;

fn within_a_second(took: Duration) {
    assert!(
        took <= Duration::from_secs(1),
        "shown {took:?} after the end"
    );
}

#[test]
fn xfce_do_not_disturb_through_xfconfd_holds_a_reminder() {
    let mut s = Session::new(true, true);
    s.set_env("XDG_CURRENT_DESKTOP", "XFCE");
    s.launch();
    s.tray();
    let dnd = |on| xfce::do_not_disturb(&s, on);
    dnd(true);
    wait_busy(&s, "do_not_disturb", true);
    let sources = s.json(&["calendars", "--json"])["sources"].clone();
    assert!(
        sources.as_array().unwrap().iter().any(|x| x == "Xfce"),
        "{sources}"
    );
    interact_held(&s);
    assert!(
        interact_shown(&s).is_none(),
        "nothing lands in Do Not Disturb"
    );
    let (took, body) = shown_after(|| dnd(false), || interact_shown(&s));
    within_a_second(took);
    assert!(body.starts_with("Do Not Disturb is over"), "{body}");
}

#[test]
fn gnome_show_banners_through_a_real_dconf_service_holds_a_reminder() {
    let mut s = Session::new(true, true);
    s.set_env("XDG_CURRENT_DESKTOP", "GNOME");
    s.launch();
    s.tray();
    s.share_home_with_bus();
    let key = "/org/gnome/desktop/notifications/show-banners";
    s.run_tool("dconf", &["write", key, "false"]);
    wait_busy(&s, "do_not_disturb", true);
    interact_held(&s);
    assert!(interact_shown(&s).is_none());
    let (took, body) = shown_after(
        || s.run_tool("dconf", &["write", key, "true"]),
        || interact_shown(&s),
    );
    within_a_second(took);
    assert!(body.starts_with("Do Not Disturb is over"), "{body}");
}

#[test]
fn dunst_paused_holds_a_reminder_until_it_is_unpaused() {
    let mut s = Session::on_real_desktop();
    let mut dunst = s
        .env(Command::new("dunst"))
        .stderr(Stdio::null())
        .spawn()
        .expect("dunst");
    aloud_e2e::bus::wait_owned(
        &s.desktop.conn,
        "org.freedesktop.Notifications",
        Duration::from_secs(15),
    );
    s.launch();
    s.run_tool("dunstctl", &["set-paused", "true"]);
    wait_busy(&s, "do_not_disturb", true);
    let sources = s.json(&["calendars", "--json"])["sources"].clone();
    assert!(
        sources.as_array().unwrap().iter().any(|x| x == "dunst"),
        "{sources}"
    );
    interact_held(&s);
    let displayed = || -> usize {
        let out = s
            .env(Command::new("dunstctl"))
            .args(["count", "displayed"])
            .output();
        String::from_utf8_lossy(&out.unwrap().stdout)
            .trim()
            .parse()
            .unwrap_or(0)
    };
    assert_eq!(displayed(), 0);
    let (took, _) = shown_after(
        || s.run_tool("dunstctl", &["set-paused", "false"]),
        || (displayed() > 0).then(String::new),
    );
    within_a_second(took);
    assert!(s.json(&["status", "--json"])["held"]
        .as_array()
        .unwrap()
        .is_empty());
    let _ = dunst.kill();
    let _ = dunst.wait();
}

/// A window of the test's own on `display`, full screen through the window
/// manager (`_NET_WM_STATE` client messages, as a video player asks), or not.
mod window {
    use x11rb::connection::Connection as _;
    use x11rb::protocol::xproto::*;
    use x11rb::rust_connection::RustConnection;
    use x11rb::wrapper::ConnectionExt as _;

    pub struct Window {
        conn: RustConnection,
        id: u32,
        root: u32,
        state: Atom,
        fullscreen: Atom,
    }

    impl Window {
        pub fn map(display: &str) -> Window {
            let (conn, screen) = RustConnection::connect(Some(display)).unwrap();
            let root = conn.setup().roots[screen].root;
            let id = conn.generate_id().unwrap();
            let aux = CreateWindowAux::new().background_pixel(0);
            conn.create_window(
                0,
                id,
                root,
                0,
                0,
                400,
                300,
                0,
                WindowClass::INPUT_OUTPUT,
                0,
                &aux,
            )
            .unwrap();
            conn.change_property8(
                PropMode::REPLACE,
                id,
                AtomEnum::WM_NAME,
                AtomEnum::STRING,
                b"slides",
            )
            .unwrap();
            conn.map_window(id).unwrap();
            let atom = |n: &[u8]| conn.intern_atom(false, n).unwrap().reply().unwrap().atom;
            let (state, fullscreen) = (atom(b"_NET_WM_STATE"), atom(b"_NET_WM_STATE_FULLSCREEN"));
            conn.flush().unwrap();
            Window {
                conn,
                id,
                root,
                state,
                fullscreen,
            }
        }

        /// Asks the window manager to make it full screen (1) or not (0).
        pub fn full_screen(&self, on: u32) {
            let event =
                ClientMessageEvent::new(32, self.id, self.state, [on, self.fullscreen, 0, 1, 0]);
            let mask = EventMask::SUBSTRUCTURE_REDIRECT | EventMask::SUBSTRUCTURE_NOTIFY;
            self.conn.send_event(false, self.root, mask, event).unwrap();
            self.conn.flush().unwrap();
        }
    }
}

#[test]
fn a_full_screen_window_under_a_real_window_manager_holds_a_reminder() {
    let display = OwnDisplay::start();
    let mut s = Session::new(true, true);
    let mut wm: Child = s
        .env(Command::new("xfwm4"))
        .env("DISPLAY", &display.name)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("xfwm4");
    s.set_env("DISPLAY", &display.name);
    s.launch();
    s.tray();
    // xfwm4 manages it (and gives it the focus) once it has taken the screen.
    let window = window::Window::map(&display.name);
    let sources = wait_for("the full-screen source", Duration::from_secs(10), || {
        let sources = s.json(&["calendars", "--json"])["sources"].clone();
        sources
            .as_array()
            .unwrap()
            .iter()
            .any(|x| x == "X11 full screen")
            .then_some(sources)
    });
    assert!(!sources.as_array().unwrap().is_empty());
    wait_for("full screen", Duration::from_secs(20), || {
        window.full_screen(1);
        let status = s.json(&["status", "--json"]);
        let reasons = status["busy"]["reasons"].as_array().unwrap().clone();
        reasons.iter().any(|r| r == "full_screen").then_some(())
    });
    interact_held(&s);
    assert!(interact_shown(&s).is_none(), "nothing lands on the slides");
    let (took, body) = shown_after(|| window.full_screen(0), || interact_shown(&s));
    within_a_second(took);
    assert!(body.starts_with("Out of full screen"), "{body}");
    let _ = wm.kill();
    let _ = wm.wait();
}

#[test]
fn a_meeting_added_to_a_calendar_while_the_app_runs_holds_the_next_reminder() {
    let mut s = Session::new(true, true);
    let file = s.dir.path().join("calendar.ics");
    let at = |secs: i64| {
        use chrono::Timelike;
        (chrono::Utc::now() + chrono::Duration::seconds(secs))
            .with_nanosecond(0)
            .unwrap()
    };
    let calendar = |events: &[(At, At)]| {
        let mut text = String::from("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n");
        for (i, (from, to)) in events.iter().enumerate() {
            text.push_str(&format!(
                "BEGIN:VEVENT\r\nUID:{i}\r\nDTSTART:{}\r\nDTEND:{}\r\nEND:VEVENT\r\n",
                from.format("%Y%m%dT%H%M%SZ"),
                to.format("%Y%m%dT%H%M%SZ")
            ));
        }
        text.push_str("END:VCALENDAR\r\n");
        // As calendar programs save: a new file renamed over the old one.
        let fresh = file.with_extension("new");
        std::fs::write(&fresh, text).unwrap();
        std::fs::rename(&fresh, &file).unwrap();
    };
    let later = (at(6 * 3600), at(7 * 3600));
    calendar(&[later]);
    s.cli_ok(&["config", "calendar", "add", file.to_str().unwrap()]);
    s.launch();
    s.tray();
    s.settled();
    // A meeting from now to 8 s from now, added while the app runs.
    let meeting = (at(-60), at(8));
    calendar(&[later, meeting]);
    interact_held(&s);
    let status = s.json(&["status", "--json"]);
    assert_eq!(status["busy"]["reasons"][0], "meeting", "{status}");
    let until = s.clock.hms(meeting.1)[..5].to_string();
    let header = s.menu(&s.tray()).labels()[0].clone();
    assert!(
        header.ends_with(&format!("busy until {until}, then: Interact")),
        "{header}"
    );
    assert!(interact_shown(&s).is_none(), "nothing lands in the meeting");
    let body = wait_for("after the meeting", Duration::from_secs(15), || {
        interact_shown(&s)
    });
    let late = chrono::Utc::now() - meeting.1;
    assert!(
        late <= chrono::Duration::seconds(1),
        "shown {late} after the meeting"
    );
    assert!(body.starts_with("After your meeting"), "{body}");
}
