//! Real GNOME Shell 43 from Debian on a session's private bus: headless Wayland
//! (`--headless --virtual-monitor`, no Xwayland, so the dashboard is a Wayland
//! window as on a default GNOME login), with the AppIndicator extension that shows
//! StatusNotifierItems in the top bar. GNOME 43 has no `--unsafe-mode`, so a
//! three-line extension of the test's own turns it on: the test then reads and
//! drives the shell's own objects through `org.gnome.Shell.Eval` (the indicator's
//! menu, the notification banner and its buttons, the windows) and takes pictures
//! through `org.gnome.Shell.Screenshot`. The shell needs a system bus; an empty
//! one is enough.
use crate::app::Session;
use crate::bus::PrivateBus;
use crate::wait_for;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::Duration;

const APPINDICATOR: &str = "ubuntu-appindicators@ubuntu.com";
const UNSAFE: &str = "unsafe-mode@tests.aloud.app";

pub struct GnomeShell {
    shell: Child,
    _system_bus: PrivateBus,
    runtime_dir: PathBuf,
    conn: zbus::blocking::Connection,
}

impl GnomeShell {
    /// Starts the shell on `s`'s bus with `s`'s HOME, and waits until it answers
    /// `Eval` and shows tray icons. The app must then be launched with `app_env`.
    pub fn start(s: &Session) -> GnomeShell {
        let root = s.dir.path().join("gnome");
        let runtime_dir = root.join("run");
        std::fs::create_dir_all(&runtime_dir).unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&runtime_dir, std::fs::Permissions::from_mode(0o700)).unwrap();
        let system_dir = root.join("system-bus");
        std::fs::create_dir_all(&system_dir).unwrap();
        let system_bus = PrivateBus::start(&system_dir);
        enable_extensions(&s.home(), &root);
        let shell = Command::new("gnome-shell")
            .args(["--wayland", "--headless", "--no-x11"])
            .args(["--virtual-monitor", "1280x800"])
            .env("HOME", s.home())
            .env("XDG_RUNTIME_DIR", &runtime_dir)
            .env("DBUS_SESSION_BUS_ADDRESS", &s.bus.address)
            .env("DBUS_SYSTEM_BUS_ADDRESS", &system_bus.address)
            .env("XDG_CURRENT_DESKTOP", "GNOME")
            .env("LANG", "C.UTF-8")
            .env("TZ", s.clock.tz())
            .env_remove("DISPLAY")
            .env_remove("WAYLAND_DISPLAY")
            .env_remove("XDG_CONFIG_HOME")
            .env_remove("XDG_DATA_HOME")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("gnome-shell (make test installs it)");
        let gnome = GnomeShell {
            shell,
            _system_bus: system_bus,
            runtime_dir,
            conn: s.desktop.conn.clone(),
        };
        wait_for(
            "GNOME Shell in unsafe mode, showing tray icons",
            Duration::from_secs(60),
            || {
                gnome
                    .eval("global.context.unsafe_mode && !!Main.extensionManager.lookup('ubuntu-appindicators@ubuntu.com')?.stateObj")
                    .ok()
                    .filter(|v| v == "true")
            },
        );
        // The shell's own notices ("System was put in unsafe mode", "Logged in as a
        // privileged user") would hold the banner: once they show, they go.
        // Gone for good once nothing is left for 1.5 s.
        let mut quiet_since = std::time::Instant::now();
        wait_for("the shell's own notices", Duration::from_secs(30), || {
            let left = gnome
                .eval(
                    "const tray = Main.messageTray;
                     if (tray._banner && tray._notificationState === 2) tray._banner.notification.destroy();
                     else if (tray._notificationState === 0) tray.getSources().forEach(s => s.destroy());
                     tray.getSources().length + tray._notificationQueue.length + (tray._banner ? 1 : 0)",
                )
                .ok()?;
            if left != "0" {
                quiet_since = std::time::Instant::now();
            }
            (quiet_since.elapsed() > Duration::from_millis(1500)).then_some(())
        });
        gnome
    }

    /// What the app needs to be a Wayland client of this shell.
    pub fn app_env(&self) -> Vec<(&'static str, String)> {
        vec![
            ("XDG_RUNTIME_DIR", self.runtime_dir.display().to_string()),
            ("WAYLAND_DISPLAY", "wayland-0".into()),
            ("DISPLAY", String::new()),
            ("GDK_BACKEND", "wayland".into()),
            ("XDG_CURRENT_DESKTOP", "GNOME".into()),
        ]
    }

    /// Runs `script` in the shell; its last expression's value, as JSON text.
    pub fn eval(&self, script: &str) -> Result<String, String> {
        let reply = self
            .conn
            .call_method(
                Some("org.gnome.Shell"),
                "/org/gnome/Shell",
                Some("org.gnome.Shell"),
                "Eval",
                &(script,),
            )
            .map_err(|e| e.to_string())?;
        let (ok, value): (bool, String) = reply.body().deserialize().map_err(|e| e.to_string())?;
        if ok {
            Ok(value)
        } else {
            Err(value)
        }
    }

    /// The labels of Aloud's menu as the AppIndicator extension built it, or None
    /// while the icon is not in the top bar.
    pub fn menu_labels(&self) -> Option<Vec<String>> {
        let labels = self
            .eval(&format!(
                "{INDICATOR}; indicator() ? indicator().menu._getMenuItems().map(i => i.label ? i.label.text : '') : null"
            ))
            .ok()?;
        serde_json::from_str::<Option<Vec<String>>>(&labels).ok()?
    }

    /// Chooses the menu item whose label starts with `prefix`, as a click does,
    /// once the menu has it.
    pub fn choose(&self, prefix: &str) {
        wait_for(
            &format!("'{prefix}' in the menu"),
            Duration::from_secs(10),
            || {
                let labels = self.menu_labels()?;
                labels.iter().any(|l| l.starts_with(prefix)).then_some(())
            },
        );
        let script = format!(
            "{INDICATOR}; const item = indicator().menu._getMenuItems()
                .find(i => i.label && i.label.text.startsWith({prefix:?}));
             const C = imports.gi.Clutter;
             const event = C.Event.new(C.EventType.BUTTON_RELEASE);
             event.set_time(global.get_current_time());
             indicator().menu.open();
             item.activate(event);
             item.label.text"
        );
        let chosen = self
            .eval(&script)
            .unwrap_or_else(|e| panic!("{prefix}: {e}"));
        assert!(chosen.contains(prefix), "{chosen}");
    }

    /// The notification banner on screen: its title and its buttons' labels.
    pub fn banner(&self) -> Option<(String, Vec<String>)> {
        let text = self
            .eval(
                "const b = Main.messageTray._banner;
                 b ? [b.notification.title, b._buttonBox ? b._buttonBox.get_children().map(c => c.label) : []] : null",
            )
            .ok()?;
        serde_json::from_str::<Option<(String, Vec<String>)>>(&text).ok()?
    }

    /// Presses the banner's button `label`, as a click on it does.
    pub fn press(&self, label: &str) {
        let script = format!(
            "const b = Main.messageTray._banner;
             b._buttonBox.get_children().find(c => c.label === {label:?}).emit('clicked', 1);
             'pressed'"
        );
        self.eval(&script)
            .unwrap_or_else(|e| panic!("{label}: {e}"));
    }

    /// The titles of the notifications GNOME holds from Aloud (banner or list).
    pub fn notifications(&self) -> Vec<String> {
        let text = self
            .eval(
                "Main.messageTray.getSources().filter(s => s.title === 'Aloud')
                   .flatMap(s => s.notifications.map(n => n.title))",
            )
            .unwrap_or_default();
        serde_json::from_str(&text).unwrap_or_default()
    }

    /// The dashboard window's frame (x, y, width, height) once it shows: what the
    /// person sees of it, title bar included, shadows not.
    pub fn dashboard_frame(&self) -> Option<(i64, i64, i64, i64)> {
        let text = self
            .eval(&format!(
                "{DASHBOARD}; const w = dashboard();
                 const f = w && w.showing_on_its_workspace() ? w.get_frame_rect() : null;
                 f && f.width > 0 ? [f.x, f.y, f.width, f.height] : null"
            ))
            .ok()?;
        serde_json::from_str::<Option<(i64, i64, i64, i64)>>(&text).ok()?
    }

    /// Whether a dashboard window exists at all, shown or not.
    pub fn has_dashboard(&self) -> bool {
        self.eval(&format!("{DASHBOARD}; !!dashboard()")).as_deref() == Ok("true")
    }

    /// Closes the dashboard as its title bar's close button does.
    pub fn close_dashboard(&self) {
        self.eval(&format!(
            "{DASHBOARD}; dashboard().delete(global.get_current_time()); 'closed'"
        ))
        .unwrap();
    }

    /// Resizes the dashboard's frame, as dragging its corner does.
    pub fn resize_dashboard(&self, width: i64, height: i64) {
        self.eval(&format!(
            "{DASHBOARD}; const w = dashboard(); const f = w.get_frame_rect();
             w.move_resize_frame(true, f.x, f.y, {width}, {height}); 'resized'"
        ))
        .unwrap();
    }

    /// A picture of the top bar around Aloud's icon, saved to `path`: the icon's
    /// own box in the bar, as the extension laid it out.
    pub fn picture_icon(&self, path: &Path) {
        let text = self
            .eval(&format!(
                "{INDICATOR}; const i = indicator()._icon; const [x, y] = i.get_transformed_position();
                 const [w, h] = i.get_transformed_size(); [x, y, w, h].map(Math.round)"
            ))
            .unwrap();
        let (x, y, w, h): (i32, i32, i32, i32) = serde_json::from_str(&text).unwrap();
        self.conn
            .call_method(
                Some("org.gnome.Shell.Screenshot"),
                "/org/gnome/Shell/Screenshot",
                Some("org.gnome.Shell.Screenshot"),
                "ScreenshotArea",
                &(x, y, w, h, false, path.display().to_string()),
            )
            .expect("a picture of the top bar");
    }
}

/// Finds Aloud's indicator in the top bar (the AppIndicator extension's actor).
const INDICATOR: &str = "const indicator = () => Object.entries(Main.panel.statusArea)
    .filter(([key]) => key.startsWith('appindicator-')).map(([, actor]) => actor)[0]";

/// Finds the dashboard's window (its Wayland app id is the app id).
const DASHBOARD: &str = "const dashboard = () => global.get_window_actors().map(a => a.meta_window)
    .find(w => w.get_wm_class() === 'app.aloud.Aloud')";

/// Turns on the AppIndicator extension and the test's unsafe-mode one, through a
/// user dconf database written before the shell starts (`dconf compile`).
fn enable_extensions(home: &Path, root: &Path) {
    let extension = home
        .join(".local/share/gnome-shell/extensions")
        .join(UNSAFE);
    std::fs::create_dir_all(&extension).unwrap();
    std::fs::write(
        extension.join("metadata.json"),
        format!(
            r#"{{"uuid": "{UNSAFE}", "name": "Unsafe mode for Aloud's tests", "description": "Lets the tests call Eval and Screenshot", "shell-version": ["43"]}}"#
        ),
    )
    .unwrap();
    std::fs::write(
        extension.join("extension.js"),
        "function init() {\n    return { enable() { global.context.unsafe_mode = true; }, disable() {} };\n}\n",
    )
    .unwrap();
    let keyfiles = root.join("dconf-keyfiles");
    std::fs::create_dir_all(&keyfiles).unwrap();
    std::fs::write(
        keyfiles.join("00-aloud-tests"),
        format!(
            "[org/gnome/shell]\nenabled-extensions=['{APPINDICATOR}', '{UNSAFE}']\n\
             [org/gnome/desktop/notifications]\nshow-banners=true\n"
        ),
    )
    .unwrap();
    let dconf = home.join(".config/dconf");
    std::fs::create_dir_all(&dconf).unwrap();
    let status = Command::new("dconf")
        .arg("compile")
        .arg(dconf.join("user"))
        .arg(&keyfiles)
        .status()
        .expect("dconf (package dconf-cli, make test installs it)");
    assert!(status.success(), "dconf compile");
}

impl Drop for GnomeShell {
    fn drop(&mut self) {
        let _ = self.shell.kill();
        let _ = self.shell.wait();
    }
}
