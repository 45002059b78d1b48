//! The `PresenceSources` seam on Windows, each an event source (no polling, no
//! `GetLastInputInfo`): messages to the shell window.
//! - the session locked or unlocked, disconnected or connected
//!   (`WTSRegisterSessionNotification`);
//! - the person inactive or present (the power setting
//!   `GUID_SESSION_USER_PRESENCE`, which Windows flips after its own display
//!   idle time-out, so Aloud's away threshold does not apply here);
//! - the machine going to sleep and waking (`WM_POWERBROADCAST`).
#![allow(unsafe_code)] // the session and power API; pointers checked beside each call

use super::shell_window;
use crate::presence::{PresenceSources, Watch};
use std::sync::Arc;
use windows_sys::Win32::System::Power::{RegisterPowerSettingNotification, POWERBROADCAST_SETTING};
use windows_sys::Win32::System::RemoteDesktop::{
    WTSRegisterSessionNotification, NOTIFY_FOR_THIS_SESSION,
};
use windows_sys::Win32::System::SystemServices::GUID_SESSION_USER_PRESENCE;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    DEVICE_NOTIFY_WINDOW_HANDLE, PBT_APMRESUMEAUTOMATIC, PBT_APMSUSPEND, PBT_POWERSETTINGCHANGE,
    WM_POWERBROADCAST, WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT, WTS_CONSOLE_DISCONNECT,
    WTS_REMOTE_CONNECT, WTS_REMOTE_DISCONNECT, WTS_SESSION_LOCK, WTS_SESSION_UNLOCK,
};

/// How long Windows' sleep may wait for the tray to record the going: it gives a
/// window about two seconds to answer `PBT_APMSUSPEND`.
const RECORD_WITHIN: std::time::Duration = std::time::Duration::from_millis(1500);

pub struct Sources;

impl PresenceSources for Sources {
    fn start(self: Box<Self>, watch: &Arc<Watch>) {
        let Ok(hwnd) = shell_window::hwnd() else {
            return;
        };
        let listening = watch.clone();
        shell_window::on_message(Arc::new(move |_, msg, wparam, lparam| {
            message(&listening, msg, wparam as u32, lparam);
            None
        }));
        // SAFETY: the window lives as long as the process; the GUID is a constant.
        unsafe {
            if WTSRegisterSessionNotification(hwnd, NOTIFY_FOR_THIS_SESSION) != 0 {
                watch.add_source("Windows session");
                // A tray app starts in an unlocked session (at logon, or by hand).
                watch.update(|s| s.locked = Some(false));
            }
            let presence = RegisterPowerSettingNotification(
                hwnd,
                &GUID_SESSION_USER_PRESENCE,
                DEVICE_NOTIFY_WINDOW_HANDLE,
            );
            if presence != 0 {
                watch.add_source("Windows user presence");
            }
        }
    }
}

fn message(watch: &Watch, msg: u32, wparam: u32, lparam: isize) {
    match (msg, wparam) {
        (WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK) => {
            watch.update(|s| s.locked = Some(true));
        }
        (WM_WTSSESSION_CHANGE, WTS_SESSION_UNLOCK) => {
            watch.update(|s| s.locked = Some(false));
        }
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_DISCONNECT | WTS_REMOTE_DISCONNECT) => {
            watch.update(|s| s.session_active = Some(false));
        }
        (WM_WTSSESSION_CHANGE, WTS_CONSOLE_CONNECT | WTS_REMOTE_CONNECT) => {
            watch.update(|s| s.session_active = Some(true));
        }
        (WM_POWERBROADCAST, PBT_APMSUSPEND) => {
            watch.going(|s| s.powering_down = Some(true), RECORD_WITHIN);
        }
        (WM_POWERBROADCAST, PBT_APMRESUMEAUTOMATIC) => {
            watch.resumed();
            watch.update(|s| s.powering_down = Some(false));
        }
        (WM_POWERBROADCAST, PBT_POWERSETTINGCHANGE) if lparam != 0 => {
            // SAFETY: for PBT_POWERSETTINGCHANGE, lparam points at the setting,
            // valid while the message is handled; this one's data is a DWORD.
            let inactive = unsafe {
                let setting = &*(lparam as *const POWERBROADCAST_SETTING);
                if !is_user_presence(&setting.PowerSetting) || setting.DataLength < 4 {
                    return;
                }
                std::ptr::read_unaligned(setting.Data.as_ptr().cast::<u32>()) != 0
            };
            watch.update(|s| s.idle = Some(inactive));
        }
        _ => {}
    }
}

fn is_user_presence(guid: &windows_sys::core::GUID) -> bool {
    let want = GUID_SESSION_USER_PRESENCE;
    (guid.data1, guid.data2, guid.data3, guid.data4)
        == (want.data1, want.data2, want.data3, want.data4)
}
