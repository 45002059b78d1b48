//! The dashboard on Windows draws in Microsoft Edge WebView2. Windows 11 has it,
//! Windows 10 mostly does; where it is missing, Tauri would fail deep inside its
//! window setup (and could leave a hidden window behind), so the dashboard asks the
//! WebView2 loader first and, without a runtime, says so in a message box and ends.
#![allow(unsafe_code)] // the loader's and the window API; pointers checked beside each call

use aloud_core::i18n::Catalogue;
use webview2_com::Microsoft::Web::WebView2::Win32::GetAvailableCoreWebView2BrowserVersionString;
use windows_core::{PCWSTR, PWSTR};
use windows_sys::Win32::System::Com::CoTaskMemFree;
use windows_sys::Win32::UI::WindowsAndMessaging::{MessageBoxW, MB_ICONERROR, MB_OK};

/// The installed runtime's version, or None when there is none.
pub fn installed() -> Option<String> {
    let mut version = PWSTR::null();
    // SAFETY: a null folder means "the installed runtimes"; `version` receives a
    // string the loader allocated with CoTaskMemAlloc, freed below.
    let found =
        unsafe { GetAvailableCoreWebView2BrowserVersionString(PCWSTR::null(), &mut version) };
    if found.is_err() || version.is_null() {
        return None;
    }
    // SAFETY: a NUL-terminated string from the loader, read once, then freed.
    let text = unsafe { version.to_string() }.ok();
    // SAFETY: allocated by the loader, not used after this.
    unsafe { CoTaskMemFree(version.0.cast()) };
    text
}

/// Tells the person the dashboard cannot open, and why; returns once they close it.
pub fn say_missing(c: &Catalogue) {
    let text = aloud_app::wide::wide(&c.msg("dashboard-needs-webview2"));
    let title = aloud_app::wide::wide(&c.msg("dashboard-failed-summary"));
    // SAFETY: two NUL-terminated strings that outlive the call; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            title.as_ptr(),
            MB_OK | MB_ICONERROR,
        )
    };
}
