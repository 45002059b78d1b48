//! What a test sees of the Windows desktop from outside the programs: top-level
//! windows, their classes and processes, Explorer's notification area, and input
//! posted as a person's would arrive.
#![allow(unsafe_code)] // the window API; pointers checked beside each call
#![allow(dead_code)] // each test file uses its part

use std::time::{Duration, Instant};
use windows_sys::Win32::Foundation::{HWND, LPARAM};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    EnumWindows, FindWindowExW, GetClassNameW, GetWindowTextW, GetWindowThreadProcessId,
    IsWindowVisible, PostMessageW,
};

pub const WAIT: Duration = Duration::from_secs(30);
/// A tooltip drawn as a balloon (commctrl's TTS_BALLOON).
pub const TTS_BALLOON: i32 = 0x40;
pub const VK_DOWN: usize = 0x28;
pub const VK_RETURN: usize = 0x0d;

pub use aloud_app::wide::wide;

pub fn wait_for<T>(what: &str, mut found: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(value) = found() {
            return value;
        }
        assert!(start.elapsed() < WAIT, "waited {WAIT:?} for {what}");
        std::thread::sleep(Duration::from_millis(100));
    }
}

pub fn class_of(hwnd: HWND) -> String {
    let mut name = [0u16; 64];
    // SAFETY: the buffer's length is passed with it.
    let n = unsafe { GetClassNameW(hwnd, name.as_mut_ptr(), name.len() as i32) };
    String::from_utf16_lossy(&name[..n.max(0) as usize])
}

pub fn process_of(hwnd: HWND) -> u32 {
    let mut pid = 0;
    // SAFETY: `pid` outlives the call.
    unsafe { GetWindowThreadProcessId(hwnd, &mut pid) };
    pid
}

/// Every visible top-level window.
pub fn top_level_windows() -> Vec<HWND> {
    unsafe extern "system" fn each(hwnd: HWND, found: LPARAM) -> i32 {
        // SAFETY: `found` is the Vec passed below, alive for the enumeration.
        let found = unsafe { &mut *(found as *mut Vec<HWND>) };
        // SAFETY: a window handle Windows gave.
        if unsafe { IsWindowVisible(hwnd) } != 0 {
            found.push(hwnd);
        }
        1
    }
    let mut found: Vec<HWND> = Vec::new();
    // SAFETY: the callback only pushes into `found` during the call.
    unsafe { EnumWindows(Some(each), &mut found as *mut Vec<HWND> as LPARAM) };
    found
}

/// The notification area's icons: Explorer's windows of that class in its taskbar.
pub fn tray_icons(taskbar: HWND) -> Vec<HWND> {
    children(taskbar, "__wine_tray_icon")
        .into_iter()
        // SAFETY: window handles Windows gave.
        .filter(|&w| unsafe { IsWindowVisible(w) } != 0)
        .collect()
}

pub fn post(hwnd: HWND, msg: u32, wparam: usize, lparam: isize) {
    // SAFETY: posting copies the three values; no pointer is passed.
    let posted = unsafe { PostMessageW(hwnd, msg, wparam, lparam) };
    assert_ne!(posted, 0, "could not post {msg:#x}");
}

/// The text of a window (a dialog's static line, a button's label).
pub fn text_of(hwnd: HWND) -> String {
    let mut text = [0u16; 1024];
    // SAFETY: the buffer's length is passed with it.
    let n = unsafe { GetWindowTextW(hwnd, text.as_mut_ptr(), text.len() as i32) };
    String::from_utf16_lossy(&text[..n.max(0) as usize])
}

/// The child windows of `parent` of one class.
pub fn children(parent: HWND, class: &str) -> Vec<HWND> {
    let class = wide(class);
    let mut found = Vec::new();
    let mut after: HWND = std::ptr::null_mut();
    loop {
        // SAFETY: a NUL-terminated class; `after` is null or a child found before.
        after = unsafe { FindWindowExW(parent, after, class.as_ptr(), std::ptr::null()) };
        if after.is_null() {
            return found;
        }
        found.push(after);
    }
}
