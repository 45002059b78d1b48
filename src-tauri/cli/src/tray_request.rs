//! Asking the running tray app for something on Windows: it answers on its hidden
//! shell window (found by class), with `WM_COPYDATA` whose `dwData` marks the
//! request as Aloud's. The tray's half is `aloud-tray`'s `platform/windows/instance.rs`;
//! the dashboard and a second tray launch are the askers. (On Linux the same two
//! requests go over D-Bus, `aloud_desktop::instance`.)
#![allow(unsafe_code)] // the window API; its pointers are checked beside each call

use crate::wide::wide;
use std::time::Duration;
use windows_sys::Win32::System::DataExchange::COPYDATASTRUCT;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    FindWindowW, SendMessageTimeoutW, SMTO_ABORTIFHUNG, WM_COPYDATA,
};

/// The class of the tray app's shell window.
pub const CLASS: &str = "app.aloud.Aloud";
/// What `dwData` says a request is (any other `WM_COPYDATA` is not ours).
pub const REQUEST: usize = 0x414c_4f55; // "ALOU"
/// The longest the tray waits for its engine before answering a refresh.
pub const REFRESH_WAIT: Duration = Duration::from_secs(5);

/// Sends `request` (`open PANEL` or `refresh`) to the running tray app; whether it
/// was carried out. `Ok(false)` too when no tray app runs.
pub fn ask(request: &str) -> std::io::Result<bool> {
    let class = wide(CLASS);
    // SAFETY: a NUL-terminated class name.
    let hwnd = unsafe { FindWindowW(class.as_ptr(), std::ptr::null()) };
    if hwnd.is_null() {
        return Ok(false);
    }
    let data = COPYDATASTRUCT {
        dwData: REQUEST,
        cbData: request.len() as u32,
        lpData: request.as_ptr() as *mut _,
    };
    let mut result = 0usize;
    // SAFETY: `data` and the bytes it points at live until the call returns.
    let sent = unsafe {
        SendMessageTimeoutW(
            hwnd,
            WM_COPYDATA,
            0,
            &data as *const COPYDATASTRUCT as isize,
            SMTO_ABORTIFHUNG,
            (REFRESH_WAIT.as_millis() + 1000) as u32,
            &mut result,
        )
    };
    if sent == 0 {
        return Err(std::io::Error::last_os_error());
    }
    Ok(result == 1)
}
