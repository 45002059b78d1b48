//! An X server of a test's own, for desktops whose window manager or popups must
//! not share the suite's display with the tests running beside them.
use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};

pub struct OwnDisplay {
    xvfb: Child,
    /// As DISPLAY says it, e.g. ":3".
    pub name: String,
}

impl OwnDisplay {
    /// A 1280×800 Xvfb on the first free display number (Xvfb picks it).
    pub fn start() -> OwnDisplay {
        let mut xvfb = Command::new("Xvfb")
            .args([
                "-displayfd",
                "1",
                "-screen",
                "0",
                "1280x800x24",
                "-nolisten",
                "tcp",
            ])
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("Xvfb (package xvfb)");
        let mut number = String::new();
        BufReader::new(xvfb.stdout.take().unwrap())
            .read_line(&mut number)
            .expect("Xvfb's display number");
        OwnDisplay {
            xvfb,
            name: format!(":{}", number.trim()),
        }
    }
}

impl Drop for OwnDisplay {
    fn drop(&mut self) {
        let _ = self.xvfb.kill();
        let _ = self.xvfb.wait();
    }
}
