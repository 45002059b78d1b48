//! Real desktop parts from Debian on a session's private bus: `xfce4-panel`, whose
//! systray is the StatusNotifierWatcher and host and draws menus with libdbusmenu,
//! and `dunst`, a notification server. A person's choice in dunst is made the way
//! dunst offers it: `dunstctl context` pipes the actions to the `dmenu` of the test's
//! dunstrc, a small script that picks the one the test asked for.
use crate::app::Session;
use crate::wait_for;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::sync::{Mutex, MutexGuard};
use std::time::Duration;

pub struct RealDesktop {
    dir: PathBuf,
    env: Vec<(String, String)>,
    panel: Child,
    dunst: Child,
    /// Held while this desktop runs (dropped last, after the programs end).
    _turn: MutexGuard<'static, ()>,
}

/// One panel at a time on the shared X display: two xfce4-panels started together
/// race for the display's systray, and the loser never serves its watcher (seen in
/// one run of three when the tests of one file ran side by side).
static ONE_PANEL: Mutex<()> = Mutex::new(());

const WATCHER: &str = "org.kde.StatusNotifierWatcher";
const NOTIFICATIONS: &str = "org.freedesktop.Notifications";

impl RealDesktop {
    /// Starts dunst and the panel on `s`'s bus and waits until both serve it.
    pub fn start(s: &Session) -> RealDesktop {
        // A test that failed while holding the turn leaves it poisoned, not taken.
        let turn = ONE_PANEL.lock().unwrap_or_else(|e| e.into_inner());
        let dir = s.dir.path().join("desktop");
        std::fs::create_dir_all(&dir).unwrap();
        let picker = dir.join("pick-action");
        // dunst's lines end in "[id,key]"; choose the one whose key is in `pick`.
        std::fs::write(
            &picker,
            format!(
                "#!/bin/sh\nkey=$(cat '{}')\ngrep -m1 -F \",$key]\"\n",
                dir.join("pick").display()
            ),
        )
        .unwrap();
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&picker, std::fs::Permissions::from_mode(0o755)).unwrap();
        let config = dir.join("dunstrc");
        std::fs::write(
            &config,
            format!("[global]\n    dmenu = {}\n", picker.display()),
        )
        .unwrap();
        let env = vec![
            (
                "DBUS_SESSION_BUS_ADDRESS".to_string(),
                s.bus.address.clone(),
            ),
            ("HOME".to_string(), s.home().display().to_string()),
            ("TZ".to_string(), s.clock.tz()),
        ];
        let spawn = |program: &str, args: &[&str], extra: &[(&str, &str)]| {
            Command::new(program)
                .args(args)
                .envs(env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
                .envs(extra.iter().copied())
                .env_remove("XDG_CONFIG_HOME")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .spawn()
                .unwrap_or_else(|e| panic!("{program} (make test installs it): {e}"))
        };
        // Each program serves its name on the bus, or is started again: seen once in
        // a CI run, a dunst that never took its name (it had ended at once).
        let serving = |name: &str, start: &dyn Fn() -> Child| -> Child {
            for _ in 0..3 {
                let mut child = start();
                let up = (0..100).any(|_| {
                    if crate::bus::has_owner(&s.desktop.conn, name) {
                        return true;
                    }
                    std::thread::sleep(Duration::from_millis(100));
                    false
                });
                if up {
                    return child;
                }
                let _ = child.kill();
                let _ = child.wait();
            }
            panic!("{name} never served the bus (three starts of 10 s)");
        };
        let dunst = serving(NOTIFICATIONS, &|| {
            spawn("dunst", &["-config", &config.display().to_string()], &[])
        });
        let panel = serving(WATCHER, &|| {
            spawn(
                "xfce4-panel",
                &["--disable-wm-check"],
                &[("XFCE_PANEL_MIGRATE_DEFAULT", "1")],
            )
        });
        RealDesktop {
            dir,
            env,
            panel,
            dunst,
            _turn: turn,
        }
    }

    fn dunstctl(&self, args: &[&str]) -> String {
        let out = Command::new("dunstctl")
            .args(args)
            .envs(self.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
            .output()
            .expect("dunstctl");
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    /// How many notifications dunst shows now.
    pub fn displayed(&self) -> u32 {
        self.dunstctl(&["count", "displayed"]).parse().unwrap_or(0)
    }

    /// Opens dunst's context menu and chooses the action `key` (e.g. "done").
    pub fn choose(&self, key: &str) {
        std::fs::write(self.dir.join("pick"), key).unwrap();
        self.dunstctl(&["context"]);
    }

    /// The items registered with the panel's StatusNotifierWatcher.
    pub fn tray_items(&self, s: &Session) -> Vec<String> {
        crate::bus::tray_items(&s.desktop.conn)
    }
}

impl RealDesktop {
    /// The app's menu, found through the panel's watcher as the panel finds it.
    pub fn tray(&self, s: &Session) -> crate::menu::Tray {
        let item = wait_for("an item in the panel", Duration::from_secs(30), || {
            self.tray_items(s).into_iter().next()
        });
        let (service, path) = match item.find('/') {
            Some(i) => (item[..i].to_string(), item[i..].to_string()),
            None => (item.clone(), "/StatusNotifierItem".to_string()),
        };
        crate::menu::Tray::locate(&s.desktop.conn, &service, &path).expect("the item has a menu")
    }
}

impl Drop for RealDesktop {
    fn drop(&mut self) {
        for child in [&mut self.panel, &mut self.dunst] {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}
