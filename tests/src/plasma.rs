//! Real KDE Plasma 5.27 from Debian, on an X server of its own (kwin_x11 manages
//! its windows, so it must not share the suite's display) and a session's private
//! bus: kded5 owns the StatusNotifierWatcher, plasmashell shows the tray and the
//! notifications. The test finds what to click as a screen reader would, through
//! AT-SPI (Qt describes its menus and buttons there, with their places on screen),
//! and clicks there through XTEST, as a person's hand would.
use crate::app::Session;
use crate::atspi::{Atspi, Node};
use crate::menu::{MenuItem, Tray};
use crate::own_display::OwnDisplay;
use crate::screen::{capture_on, click_on, key_on, Shot};
use crate::wait_for;
use std::process::{Child, Command, Stdio};
use std::time::Duration;
use x11rb::connection::Connection as _;
use x11rb::protocol::xproto::{AtomEnum, ConnectionExt as _, MapState, Window};

pub struct Plasma {
    /// The desktop's programs, ended before their display.
    children: Vec<Child>,
    _screen: OwnDisplay,
    display: String,
    env: Vec<(String, String)>,
    atspi: Atspi,
}

const SHELL: &str = "plasmashell";
/// X11 keysyms.
const DOWN: u32 = 0xff54;
const RETURN: u32 = 0xff0d;

impl Plasma {
    /// Starts an X server, kwin_x11, kded5 and plasmashell for `s`, and waits
    /// until the tray and the notification server are there; None when
    /// plasmashell does not describe itself to AT-SPI.
    pub fn start(s: &Session) -> Option<Plasma> {
        let screen = OwnDisplay::start();
        let display = screen.name.clone();
        let runtime_dir = s.dir.path().join("plasma-run");
        std::fs::create_dir_all(&runtime_dir).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        let env: Vec<(String, String)> = [
            ("DISPLAY", display.clone()),
            ("HOME", s.home().display().to_string()),
            ("XDG_RUNTIME_DIR", runtime_dir.display().to_string()),
            ("DBUS_SESSION_BUS_ADDRESS", s.bus.address.clone()),
            ("QT_QPA_PLATFORM", "xcb".into()),
            ("LIBGL_ALWAYS_SOFTWARE", "1".into()),
            ("XDG_CURRENT_DESKTOP", "KDE".into()),
            ("KDE_FULL_SESSION", "true".into()),
            ("KDE_SESSION_VERSION", "5".into()),
            ("QT_LINUX_ACCESSIBILITY_ALWAYS_ON", "1".into()),
            ("LANG", "C.UTF-8".into()),
            ("TZ", s.clock.tz()),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
        // Services the bus starts for Plasma (the activity manager, the
        // accessibility bus…) need the same display and home.
        crate::bus::share_environment(
            &s.desktop.conn,
            env.iter().map(|(k, v)| (k.as_str(), v.as_str())),
        );
        let command = |program: &str| {
            let mut c = Command::new(program);
            c.envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .env_remove("XDG_CONFIG_HOME")
                .env_remove("XDG_DATA_HOME")
                .env_remove("WAYLAND_DISPLAY")
                .stdout(Stdio::null())
                .stderr(Stdio::null());
            c
        };
        let status = command("kbuildsycoca5")
            .status()
            .expect("kbuildsycoca5 (make test installs Plasma)");
        assert!(status.success(), "kbuildsycoca5");
        let mut children = Vec::new();
        for program in ["kwin_x11", "kded5", SHELL] {
            children.push(
                command(program)
                    .spawn()
                    .unwrap_or_else(|e| panic!("{program} (make test installs it): {e}")),
            );
        }
        // plasmashell sometimes never describes itself to AT-SPI (about one start
        // in five here, whatever the order of the programs, and starting it again
        // on the same bus does not help): the caller then tries a new desktop.
        let atspi = wait_until(Duration::from_secs(20), || {
            Atspi::connect(&s.desktop.conn)
                .ok()
                .filter(|a| a.applications().iter().any(|app| app.name == SHELL))
        });
        let Some(atspi) = atspi else {
            for child in &mut children {
                let _ = child.kill();
                let _ = child.wait();
            }
            return None;
        };
        let plasma = Plasma {
            children,
            _screen: screen,
            display,
            env,
            atspi,
        };
        wait_for(
            "Plasma's tray and notifications",
            Duration::from_secs(90),
            || {
                let host = s
                    .desktop
                    .conn
                    .call_method(
                        Some("org.kde.StatusNotifierWatcher"),
                        "/StatusNotifierWatcher",
                        Some("org.freedesktop.DBus.Properties"),
                        "Get",
                        &(
                            "org.kde.StatusNotifierWatcher",
                            "IsStatusNotifierHostRegistered",
                        ),
                    )
                    .ok()
                    .and_then(|r| r.body().deserialize::<zbus::zvariant::OwnedValue>().ok())
                    .and_then(|v| bool::try_from(v).ok())
                    .unwrap_or(false);
                let notifications =
                    crate::bus::has_owner(&s.desktop.conn, "org.freedesktop.Notifications");
                (notifications && host).then_some(())
            },
        );
        Some(plasma)
    }

    /// What the app needs to be a client of this desktop.
    pub fn app_env(&self) -> Vec<(String, String)> {
        self.env
            .iter()
            .filter(|(k, _)| {
                [
                    "DISPLAY",
                    "XDG_RUNTIME_DIR",
                    "XDG_CURRENT_DESKTOP",
                    "KDE_FULL_SESSION",
                ]
                .contains(&k.as_str())
            })
            .cloned()
            .collect()
    }

    /// Aloud's icon in the system tray (its accessible name is the item's title,
    /// "Today: 1 of 3").
    pub fn icon(&self) -> Option<Node> {
        self.atspi.find(SHELL, |n| {
            n.role == "push button" && n.name.starts_with("Today:")
        })
    }

    /// The names of plasmashell's buttons, as AT-SPI tells them.
    pub fn button_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        self.atspi.find(SHELL, |n| {
            if n.role == "push button" {
                names.push(n.name.clone());
            }
            false
        });
        names
    }

    /// A picture of the whole screen.
    pub fn picture_screen(&self) -> Shot {
        capture_on(Some(&self.display), 0, 0, 1280, 800)
    }

    /// The centre of `node` on screen.
    fn centre(&self, node: &Node) -> Option<(i16, i16)> {
        let (x, y, w, h) = self.atspi.extents(node)?;
        (w > 0 && h > 0).then(|| ((x + w / 2) as i16, (y + h / 2) as i16))
    }

    fn click(&self, node: &Node, button: u8) {
        let (x, y) = self.centre(node).expect("the widget is on screen");
        click_on(Some(&self.display), x, y, button);
    }

    /// Right-clicks the icon and chooses the item of Plasma's menu whose label
    /// starts with `prefix`, with the keyboard as a person may (Plasma's menus are
    /// not described to AT-SPI): Down to it from the top, then Return. Which item is
    /// how many steps down is read from the app's own menu layout.
    pub fn choose(&self, s: &Session, prefix: &str) {
        let tray = self.tray(s);
        s.menu_item(&tray, prefix, Duration::from_secs(10));
        let root = s.menu(&tray);
        let selectable: Vec<&MenuItem> = root
            .children
            .iter()
            .filter(|c| c.enabled && !c.label.is_empty())
            .collect();
        let steps = selectable
            .iter()
            .position(|c| c.label.starts_with(prefix))
            .unwrap_or_else(|| panic!("'{prefix}' in {selectable:?}"));
        let icon = wait_for("Aloud's icon", Duration::from_secs(20), || self.icon());
        self.click(&icon, 3);
        wait_for("Plasma's menu on screen", Duration::from_secs(10), || {
            self.popup_menu_shown().then_some(())
        });
        for _ in 0..=steps {
            key_on(Some(&self.display), DOWN);
        }
        key_on(Some(&self.display), RETURN);
        wait_for("the menu closed", Duration::from_secs(10), || {
            (!self.popup_menu_shown()).then_some(())
        });
    }

    /// The app's tray item, as Plasma found it through kded5's watcher.
    fn tray(&self, s: &Session) -> Tray {
        let item = wait_for("Aloud registered", Duration::from_secs(20), || {
            crate::bus::tray_items(&s.desktop.conn).into_iter().next()
        });
        let (service, path) = match item.find('/') {
            Some(i) => (item[..i].to_string(), item[i..].to_string()),
            None => (item.clone(), "/StatusNotifierItem".to_string()),
        };
        Tray::locate(&s.desktop.conn, &service, &path).expect("the item has a menu")
    }

    /// Whether a popup menu window shows on the desktop's screen.
    fn popup_menu_shown(&self) -> bool {
        let Ok((conn, n)) = x11rb::connect(Some(&self.display)) else {
            return false;
        };
        let root = conn.setup().roots[n].root;
        let (Some(kind), Some(popup)) = (
            atom(&conn, b"_NET_WM_WINDOW_TYPE"),
            atom(&conn, b"_NET_WM_WINDOW_TYPE_POPUP_MENU"),
        ) else {
            return false;
        };
        let Some(tree) = conn.query_tree(root).ok().and_then(|c| c.reply().ok()) else {
            return false;
        };
        tree.children.into_iter().any(|w| {
            let viewable = conn
                .get_window_attributes(w)
                .ok()
                .and_then(|c| c.reply().ok())
                .is_some_and(|a| a.map_state == MapState::VIEWABLE);
            let is_popup = conn
                .get_property(false, w, kind, AtomEnum::ATOM, 0, 8)
                .ok()
                .and_then(|c| c.reply().ok())
                .and_then(|r| r.value32().map(|mut v| v.any(|a| a == popup)))
                .unwrap_or(false);
            viewable && is_popup
        })
    }

    /// A button of a notification popup, by its label.
    pub fn notification_button(&self, label: &str) -> Option<Node> {
        self.atspi
            .find(SHELL, |n| n.role == "push button" && n.name == label)
    }

    /// Whether Plasma shows (or lists) a notification titled `summary`.
    pub fn shows_notification(&self, summary: &str) -> bool {
        self.atspi
            .find(SHELL, |n| n.role == "label" && n.name == summary)
            .is_some()
    }

    /// Clicks `node`, as a person does.
    pub fn press(&self, node: &Node) {
        self.click(node, 1);
    }

    /// A picture of the icon as the panel draws it, with a margin of the panel.
    pub fn picture_icon(&self) -> Shot {
        // Plasma fades a new item in: the picture that counts is the one that stays.
        crate::settled("Aloud's icon, drawn", Duration::from_secs(20), || {
            let icon = self.icon()?;
            let (x, y, w, h) = self.atspi.extents(&icon)?;
            Some(capture_on(
                Some(&self.display),
                x as u32,
                y as u32,
                w as u32,
                h as u32,
            ))
        })
    }

    /// The dashboard's frame on screen (x, y, width, height), title bar and
    /// borders included, once kwin shows it.
    pub fn dashboard_frame(&self) -> Option<(i64, i64, i64, i64)> {
        let (conn, n) = x11rb::connect(Some(&self.display)).ok()?;
        let root = conn.setup().roots[n].root;
        let window = dashboard_window(&conn, root)?;
        let geometry = conn.get_geometry(window).ok()?.reply().ok()?;
        let place = conn
            .translate_coordinates(window, root, 0, 0)
            .ok()?
            .reply()
            .ok()?;
        let extents = atom(&conn, b"_NET_FRAME_EXTENTS")?;
        let frame: Vec<u32> = conn
            .get_property(false, window, extents, AtomEnum::CARDINAL, 0, 4)
            .ok()?
            .reply()
            .ok()?
            .value32()?
            .collect();
        let [left, right, top, bottom] = frame.try_into().ok()?;
        Some((
            i64::from(place.dst_x) - i64::from(left),
            i64::from(place.dst_y) - i64::from(top),
            i64::from(geometry.width) + i64::from(left + right),
            i64::from(geometry.height) + i64::from(top + bottom),
        ))
    }

    /// Clicks the close button of the dashboard's title bar (Breeze draws it at
    /// the bar's right end, as tall as the bar).
    pub fn close_dashboard(&self) {
        let (x, y, width, _) = self.dashboard_frame().expect("the dashboard's frame");
        let bar = self.title_bar_height().expect("the dashboard's title bar");
        let (button_x, button_y) = (x + width - bar / 2 - 4, y + bar / 2);
        click_on(Some(&self.display), button_x as i16, button_y as i16, 1);
    }

    fn title_bar_height(&self) -> Option<i64> {
        let (conn, n) = x11rb::connect(Some(&self.display)).ok()?;
        let root = conn.setup().roots[n].root;
        let window = dashboard_window(&conn, root)?;
        let extents = atom(&conn, b"_NET_FRAME_EXTENTS")?;
        let top = conn
            .get_property(false, window, extents, AtomEnum::CARDINAL, 0, 4)
            .ok()?
            .reply()
            .ok()?
            .value32()?
            .nth(2)?;
        Some(i64::from(top))
    }

    /// Whether a dashboard window is managed at all.
    pub fn has_dashboard(&self) -> bool {
        x11rb::connect(Some(&self.display))
            .ok()
            .and_then(|(conn, n)| dashboard_window(&conn, conn.setup().roots[n].root))
            .is_some()
    }
}

fn atom(conn: &impl x11rb::connection::Connection, name: &[u8]) -> Option<u32> {
    Some(conn.intern_atom(false, name).ok()?.reply().ok()?.atom)
}

/// The managed window whose `WM_CLASS` class is the app id.
fn dashboard_window(conn: &impl x11rb::connection::Connection, root: Window) -> Option<Window> {
    let list = atom(conn, b"_NET_CLIENT_LIST")?;
    let windows: Vec<u32> = conn
        .get_property(false, root, list, AtomEnum::WINDOW, 0, 1024)
        .ok()?
        .reply()
        .ok()?
        .value32()?
        .collect();
    windows.into_iter().find(|&w| {
        conn.get_property(false, w, AtomEnum::WM_CLASS, AtomEnum::STRING, 0, 256)
            .ok()
            .and_then(|c| c.reply().ok())
            .is_some_and(|r| {
                r.value
                    .split(|b| *b == 0)
                    .any(|part| part == b"app.aloud.Aloud")
            })
    })
}

impl Drop for Plasma {
    fn drop(&mut self) {
        // The desktop's programs first; the X server (a later field) goes last.
        for child in self.children.iter_mut() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

/// Polls `check` every 200 ms for at most `timeout`.
fn wait_until<T>(timeout: Duration, mut check: impl FnMut() -> Option<T>) -> Option<T> {
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(v) = check() {
            return Some(v);
        }
        if std::time::Instant::now() > deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(200));
    }
}
