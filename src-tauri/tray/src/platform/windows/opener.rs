//! The `Opener` seam on Windows: links through the shell (`ShellExecuteW`, in
//! `aloud_app::open_link`), and a dashboard asked to end as Windows asks a program
//! to: `WM_CLOSE` to each of its top-level windows.
#![allow(unsafe_code)] // the window API; pointers checked beside each call

use crate::platform::{OpenFailed, Opener};
use windows_sys::core::BOOL;
use windows_sys::Win32::Foundation::{HWND, LPARAM};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    EnumWindows, GetWindowThreadProcessId, PostMessageW, WM_CLOSE,
};

pub struct Shell;

impl Opener for Shell {
    fn open_link(&self, url: &str, failed: OpenFailed) {
        let url = url.to_string();
        let _ = std::thread::Builder::new()
            .name("open link".into())
            .spawn(move || {
                if let Err(why) = aloud_app::open_link::open(&url) {
                    failed(&url, &why);
                }
            });
    }

    fn end_process(&self, pid: u32) {
        // SAFETY: the callback gets `pid` back through lparam, for this call only.
        unsafe { EnumWindows(Some(close_if_of), pid as LPARAM) };
    }
}

unsafe extern "system" fn close_if_of(hwnd: HWND, pid: LPARAM) -> BOOL {
    let mut owner = 0u32;
    // SAFETY: a window Windows just listed; `owner` receives its process id.
    unsafe {
        GetWindowThreadProcessId(hwnd, &mut owner);
        if owner as LPARAM == pid {
            PostMessageW(hwnd, WM_CLOSE, 0, 0);
        }
    }
    1
}
