//! A private session bus per test, so tests run in parallel without seeing each
//! other's apps (the single-instance plugin claims a well-known name on the bus).
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct PrivateBus {
    child: Child,
    pub address: String,
}

impl PrivateBus {
    pub fn start(dir: &std::path::Path) -> PrivateBus {
        let mut command = Command::new("dbus-daemon");
        command
            .arg("--session")
            .arg(format!("--address=unix:dir={}", dir.display()));
        PrivateBus::run(command)
    }

    /// A session bus that can start the services described by the `.service` files
    /// in `services`, as a desktop's bus starts those installed in
    /// `/usr/share/dbus-1/services` when a name they own is called.
    pub fn offering(dir: &std::path::Path, services: &std::path::Path) -> PrivateBus {
        let config = dir.join("session-bus.conf");
        std::fs::write(
            &config,
            format!(
                "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"
 \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">
<busconfig>
  <type>session</type>
  <listen>unix:dir={}</listen>
  <servicedir>{}</servicedir>
  <policy context=\"default\">
    <allow send_destination=\"*\" eavesdrop=\"true\"/>
    <allow eavesdrop=\"true\"/>
    <allow own=\"*\"/>
  </policy>
</busconfig>
",
                dir.display(),
                services.display()
            ),
        )
        .unwrap();
        let mut command = Command::new("dbus-daemon");
        command.arg(format!("--config-file={}", config.display()));
        PrivateBus::run(command)
    }

    fn run(mut command: Command) -> PrivateBus {
        let mut child = command
            .args(["--nofork", "--nopidfile", "--print-address=1"])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("dbus-daemon (package dbus-daemon) must be installed");
        let mut line = String::new();
        BufReader::new(child.stdout.take().expect("piped"))
            .read_line(&mut line)
            .expect("bus address");
        PrivateBus {
            child,
            address: line.trim().to_string(),
        }
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Whether `name` has an owner on the bus of `conn` now.
pub fn has_owner(conn: &zbus::blocking::Connection, name: &str) -> bool {
    conn.call_method(
        Some("org.freedesktop.DBus"),
        "/org/freedesktop/DBus",
        Some("org.freedesktop.DBus"),
        "NameHasOwner",
        &(name,),
    )
    .ok()
    .and_then(|r| r.body().deserialize::<bool>().ok())
    .unwrap_or(false)
}

/// Waits until `name` has an owner on the bus of `conn`.
pub fn wait_owned(conn: &zbus::blocking::Connection, name: &str, timeout: std::time::Duration) {
    crate::wait_for(&format!("{name} on the bus"), timeout, || {
        has_owner(conn, name).then_some(())
    });
}

/// The items registered with the desktop's StatusNotifierWatcher ("service/path").
pub fn tray_items(conn: &zbus::blocking::Connection) -> Vec<String> {
    const WATCHER: &str = "org.kde.StatusNotifierWatcher";
    conn.call_method(
        Some(WATCHER),
        "/StatusNotifierWatcher",
        Some("org.freedesktop.DBus.Properties"),
        "Get",
        &(WATCHER, "RegisteredStatusNotifierItems"),
    )
    .ok()
    .and_then(|r| r.body().deserialize::<zbus::zvariant::OwnedValue>().ok())
    .and_then(|v| Vec::<String>::try_from(v).ok())
    .unwrap_or_default()
}

/// Gives the services the bus starts from now on the desktop's environment (its
/// display and home), as a desktop session does at login.
pub fn share_environment<'a>(
    conn: &zbus::blocking::Connection,
    env: impl IntoIterator<Item = (&'a str, &'a str)>,
) {
    let env: std::collections::HashMap<&str, &str> = env.into_iter().collect();
    conn.call_method(
        Some("org.freedesktop.DBus"),
        "/org/freedesktop/DBus",
        Some("org.freedesktop.DBus"),
        "UpdateActivationEnvironment",
        &(env,),
    )
    .expect("the bus takes the desktop's environment");
}
