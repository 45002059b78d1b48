//! Opens a network link in the person's browser with `xdg-open`, the desktop's own
//! opener (inside a sandbox it is the sandbox's, which goes through the portal).
//! Aloud itself never connects to the address. The desktop programs ask the
//! `OpenURI` portal first (`aloud_desktop::open_link`); the command line links no
//! D-Bus. On Windows the shell's `ShellExecuteW` opens it, as a click in Explorer does.

/// Asks the desktop to open `url` (already checked: http or https). Returns once
/// the request is handed over; the browser may take longer to appear.
#[cfg(not(windows))]
pub fn open(url: &str) -> Result<(), String> {
    use std::process::{Command, Stdio};

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

#[cfg(windows)]
#[allow(unsafe_code)] // the shell's C API; its pointers are checked below
pub fn open(url: &str) -> Result<(), String> {
    use crate::wide::wide;
    use windows_sys::Win32::UI::Shell::ShellExecuteW;
    use windows_sys::Win32::UI::WindowsAndMessaging::SW_SHOWNORMAL;
    let (verb, file) = (wide("open"), wide(url));
    // SAFETY: every string is NUL-terminated; no window owns the request.
    let code = unsafe {
        ShellExecuteW(
            std::ptr::null_mut(),
            verb.as_ptr(),
            file.as_ptr(),
            std::ptr::null(),
            std::ptr::null(),
            SW_SHOWNORMAL,
        )
    } as isize;
    // Above 32 is success; at or below, one of the shell's error codes.
    if code > 32 {
        Ok(())
    } else {
        Err(format!("the shell could not open it (error {code})"))
    }
}
