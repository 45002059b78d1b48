//! Asking the running tray app for something on Windows: it answers on its hidden
//! shell window (found by class), with `WM_COPYDATA` whose `dwData` marks the
//! request as Aloud's. The tray's half is `aloud-tray`'s
//! `platform/windows/instance.rs` (and `toasts.rs` for answers); the dashboard, a
//! second tray launch and a toast's button are the askers: the button opens an
//! `aloud:` address, which Windows hands to `aloud-tray.exe --answer` (the
//! installer registers it), which passes it on from here. (On Linux the same
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
/// What `dwData` says an answer to one of Aloud's toasts is.
pub const ANSWER: usize = 0x414c_4f41; // "ALOA"
/// The longest the tray waits for its engine before answering a refresh.
pub const REFRESH_WAIT: Duration = Duration::from_secs(5);

/// Sends `request` (`open PANEL` or `refresh`) to the running tray app; whether it
/// was carried out. `Ok(false)` too when no tray app runs.
pub fn ask(request: &str) -> std::io::Result<bool> {
    send(REQUEST, request)
}

/// The address a toast's button opens: which notification, which of its actions,
/// and the tray app's token for this run, without which an answer is ignored (a
/// web page can open `aloud:` addresses too).
pub fn answer_uri(id: u32, key: &str, token: &str) -> String {
    format!("aloud:answer?n={id}&key={key}&token={token}")
}

/// One answer, as `answer_uri` wrote it.
#[derive(Debug, PartialEq, Eq)]
pub struct ToastAnswer {
    pub id: u32,
    pub key: String,
    pub token: String,
}

impl ToastAnswer {
    /// Reads an `aloud:answer?…` address; why not, when it is not one.
    pub fn parse(uri: &str) -> Result<ToastAnswer, String> {
        let not = || format!("not an answer to an Aloud notification: {uri}");
        let query = uri.strip_prefix("aloud:answer?").ok_or_else(not)?;
        let (mut id, mut key, mut token) = (None, None, None);
        for pair in query.split('&') {
            let (name, value) = pair.split_once('=').ok_or_else(not)?;
            let plain = !value.is_empty()
                && value.len() <= 64
                && value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if !plain {
                return Err(not());
            }
            let slot = match name {
                "n" => &mut id,
                "key" => &mut key,
                "token" => &mut token,
                _ => return Err(not()),
            };
            if slot.replace(value.to_string()).is_some() {
                return Err(not());
            }
        }
        match (id.and_then(|n| n.parse().ok()), key, token) {
            (Some(id), Some(key), Some(token)) => Ok(ToastAnswer { id, key, token }),
            _ => Err(not()),
        }
    }

    /// As the tray app's window receives it.
    pub fn message(&self) -> String {
        format!("{} {} {}", self.id, self.key, self.token)
    }

    /// The other way round.
    pub fn from_message(text: &str) -> Option<ToastAnswer> {
        let mut parts = text.split(' ');
        let (id, key, token) = (parts.next()?, parts.next()?, parts.next()?);
        Some(ToastAnswer {
            id: id.parse().ok()?,
            key: key.to_string(),
            token: token.to_string(),
        })
    }
}

/// Passes a toast's answer to the running tray app; false when none runs.
pub fn pass_answer(answer: &ToastAnswer) -> std::io::Result<bool> {
    send(ANSWER, &answer.message())
}

/// Whether a tray app runs in this session (its window is there).
pub fn running() -> bool {
    !window().is_null()
}

fn window() -> windows_sys::Win32::Foundation::HWND {
    let class = wide(CLASS);
    // SAFETY: a NUL-terminated class name.
    unsafe { FindWindowW(class.as_ptr(), std::ptr::null()) }
}

fn send(kind: usize, text: &str) -> std::io::Result<bool> {
    let hwnd = window();
    if hwnd.is_null() {
        return Ok(false);
    }
    let data = COPYDATASTRUCT {
        dwData: kind,
        cbData: text.len() as u32,
        lpData: text.as_ptr() as *mut _,
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_answer_goes_through_its_address_and_nothing_else_does() {
        let uri = answer_uri(7, "done", "f00d-42");
        let answer = ToastAnswer::parse(&uri).unwrap();
        assert_eq!(
            answer,
            ToastAnswer {
                id: 7,
                key: "done".into(),
                token: "f00d-42".into()
            }
        );
        assert_eq!(ToastAnswer::from_message(&answer.message()), Some(answer));
        for bad in [
            "aloud:answer?n=7&key=done",
            "aloud:answer?n=x&key=done&token=t",
            "aloud:answer?n=7&key=done&token=t&token=u",
            "aloud:answer?n=7&key=do ne&token=t",
            "aloud:answer?n=7&key=done&token=t&extra=1",
            "aloud:open?n=7&key=done&token=t",
            "https://example.com/?n=7&key=done&token=t",
            "aloud:answer?n=7&key=&token=t",
        ] {
            let e = ToastAnswer::parse(bad).unwrap_err();
            assert!(e.starts_with("not an answer"), "{bad}: {e}");
        }
    }
}
