//! Real Xfce 4.18 from Debian on an X server of its own: xfwm4, xfce4-panel (its
//! systray is the StatusNotifierWatcher) and xfce4-notifyd, the notification server
//! Xfce installs (dunst is tested in real_desktop.rs). Its popups are GTK windows
//! that describe their buttons to AT-SPI; the test clicks them through XTEST.
use crate::app::Session;
use crate::atspi::{Atspi, Node};
use crate::own_display::OwnDisplay;
use crate::screen::click_on;
use crate::wait_for;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

/// Turns xfce4-notifyd's Do Not Disturb on or off as its settings do: in xfconf,
/// through the xfconfd the session's bus starts.
pub fn do_not_disturb(s: &Session, on: bool) {
    let value = if on { "true" } else { "false" };
    let args = [
        "-c",
        "xfce4-notifyd",
        "-p",
        "/do-not-disturb",
        "-n",
        "-t",
        "bool",
        "-s",
        value,
    ];
    s.run_tool("xfconf-query", &args);
}

const NOTIFYD: &str = "/usr/lib/x86_64-linux-gnu/xfce4/notifyd/xfce4-notifyd";

pub struct Xfce {
    /// The desktop's programs, ended before their display.
    children: Vec<Child>,
    screen: OwnDisplay,
    atspi: Atspi,
}

impl Xfce {
    /// Starts xfwm4, the panel and xfce4-notifyd for `s`, and waits until the
    /// panel's tray and the notification server are on the bus.
    pub fn start(s: &Session) -> Xfce {
        let screen = OwnDisplay::start();
        let runtime_dir = s.dir.path().join("xfce-run");
        std::fs::create_dir_all(&runtime_dir).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        let env: Vec<(&str, String)> = vec![
            ("DISPLAY", screen.name.clone()),
            ("HOME", s.home().display().to_string()),
            ("XDG_RUNTIME_DIR", runtime_dir.display().to_string()),
            ("DBUS_SESSION_BUS_ADDRESS", s.bus.address.clone()),
            ("XDG_CURRENT_DESKTOP", "XFCE".into()),
            ("XFCE_PANEL_MIGRATE_DEFAULT", "1".into()),
            ("LANG", "C.UTF-8".into()),
            ("TZ", s.clock.tz()),
        ];
        // xfconfd and the accessibility bus are started by the bus: same display.
        crate::bus::share_environment(&s.desktop.conn, env.iter().map(|(k, v)| (*k, v.as_str())));
        // The accessibility bus and its registry first: a GTK program that finds
        // none when it starts never describes itself to it.
        let atspi = wait_for("the accessibility bus", Duration::from_secs(30), || {
            let atspi = Atspi::connect(&s.desktop.conn).ok()?;
            atspi.registry_answers().then_some(atspi)
        });
        let children = ["xfwm4", "xfce4-panel", NOTIFYD]
            .into_iter()
            .map(|program| {
                Command::new(program)
                    .envs(env.iter().map(|(k, v)| (*k, v.as_str())))
                    .env_remove("XDG_CONFIG_HOME")
                    .env_remove("XDG_DATA_HOME")
                    .env_remove("NO_AT_BRIDGE")
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .spawn()
                    .unwrap_or_else(|e| panic!("{program} (make test installs it): {e}"))
            })
            .collect();
        for name in [
            "org.freedesktop.Notifications",
            "org.kde.StatusNotifierWatcher",
        ] {
            crate::bus::wait_owned(&s.desktop.conn, name, Duration::from_secs(30));
        }
        Xfce {
            children,
            screen,
            atspi,
        }
    }

    /// What the app needs to be a client of this desktop.
    pub fn app_env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("DISPLAY", self.screen.name.clone()),
            ("XDG_CURRENT_DESKTOP", "XFCE".into()),
        ]
    }

    /// The buttons of xfce4-notifyd's popups, by label, in the order it shows them.
    pub fn buttons(&self) -> Vec<Node> {
        let mut buttons = Vec::new();
        self.atspi.find("xfce4-notifyd", |n| {
            if n.role == "push button" && !n.name.is_empty() {
                buttons.push(n.clone());
            }
            false
        });
        buttons
    }

    /// Whether a popup shows `summary`.
    pub fn shows(&self, summary: &str) -> bool {
        self.atspi
            .find("xfce4-notifyd", |n| n.role == "label" && n.name == summary)
            .is_some()
    }

    /// Clicks `node` where it is on screen, as a person does.
    pub fn press(&self, node: &Node) {
        let (x, y, w, h) = self.atspi.extents(node).expect("the button's place");
        click_on(
            Some(&self.screen.name),
            (x + w / 2) as i16,
            (y + h / 2) as i16,
            1,
        );
    }
}

impl Drop for Xfce {
    fn drop(&mut self) {
        for child in &mut self.children {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
