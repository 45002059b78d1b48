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
