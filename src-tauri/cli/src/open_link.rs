//! Opens a network link in the person's browser with `xdg-open`, the desktop's own
//! opener (inside a sandbox it is the sandbox's, which goes through the portal).
//! Aloud itself never connects to the address. The desktop programs ask the
//! `OpenURI` portal first (`aloud_desktop::open_link`); the command line links no
//! D-Bus.
use std::process::{Command, Stdio};

/// Asks the desktop to open `url` (already checked: http or https). Returns once
/// the request is handed over; the browser may take longer to appear.
pub fn open(url: &str) -> Result<(), String> {
    let status = Command::new("xdg-open")
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .map_err(|e| format!("xdg-open: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("xdg-open ended with {status}"))
    }
}
