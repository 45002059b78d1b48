//! The `NotificationServer` seam on Windows as far as it goes today: balloons on
//! the tray icon (`Shell_NotifyIconW` with `NIF_INFO`), which Windows 10 and 11
//! show as toasts and Wine as balloons. They carry no buttons, so the reminder's
//! actions stay in the tray menu; a click on one is the notification's default
//! action. `tell` uses one too, or a message box when there is no icon.
#![allow(unsafe_code)] // the shell's API; pointers checked beside each call

use super::notify_icon::ICON_ID;
use super::shell_window::{self, TRAY_CALLBACK};
use super::wide::{fill, wide};
use crate::platform::{Answer, NotificationServer, Outgoing, Tone};
use std::sync::atomic::{AtomicU32, Ordering};
use std::sync::{mpsc, Arc, Mutex};
use windows_sys::Win32::Foundation::HWND;
use windows_sys::Win32::UI::Shell::{
    Shell_NotifyIconW, NIF_INFO, NIIF_ERROR, NIIF_INFO, NIIF_WARNING, NIM_MODIFY,
    NIN_BALLOONTIMEOUT, NIN_BALLOONUSERCLICK, NOTIFYICONDATAW,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    MessageBoxW, MB_ICONERROR, MB_ICONINFORMATION, MB_ICONWARNING, MB_OK,
};

pub struct Balloons {
    hwnd: usize,
    next: AtomicU32,
    /// The balloon on screen (Windows shows one per icon).
    shown: Arc<Mutex<Option<u32>>>,
    answers: Mutex<mpsc::Receiver<Answer>>,
}

fn balloon(hwnd: HWND, title: &str, text: &str, tone: Tone) -> bool {
    let mut data = NOTIFYICONDATAW {
        cbSize: std::mem::size_of::<NOTIFYICONDATAW>() as u32,
        hWnd: hwnd,
        uID: ICON_ID,
        uFlags: NIF_INFO,
        // SAFETY: NOTIFYICONDATAW is plain data; zero is "none" for the rest.
        ..unsafe { std::mem::zeroed() }
    };
    fill(&mut data.szInfoTitle, title);
    fill(&mut data.szInfo, text);
    data.dwInfoFlags = match tone {
        Tone::Information => NIIF_INFO,
        Tone::Warning => NIIF_WARNING,
        Tone::Error => NIIF_ERROR,
    };
    // SAFETY: `data` is complete for NIF_INFO; an empty text takes a balloon down.
    unsafe { Shell_NotifyIconW(NIM_MODIFY, &data) != 0 }
}

impl Balloons {
    pub fn new() -> std::io::Result<Balloons> {
        let hwnd = shell_window::hwnd()?;
        let (tx, rx) = mpsc::channel();
        let shown: Arc<Mutex<Option<u32>>> = Arc::default();
        let on_screen = shown.clone();
        shell_window::on_message(Arc::new(move |_, msg, _, lparam| {
            if msg != TRAY_CALLBACK {
                return None;
            }
            let event = (lparam & 0xffff) as u32;
            if event != NIN_BALLOONUSERCLICK && event != NIN_BALLOONTIMEOUT {
                return None;
            }
            let id = on_screen.lock().unwrap_or_else(|e| e.into_inner()).take()?;
            let answer = if event == NIN_BALLOONUSERCLICK {
                Answer::Chose(id, "default".into())
            } else {
                Answer::Closed(id)
            };
            let _ = tx.send(answer);
            Some(0)
        }));
        Ok(Balloons {
            hwnd: hwnd as usize,
            next: AtomicU32::new(1),
            shown,
            answers: Mutex::new(rx),
        })
    }
}

impl NotificationServer for Balloons {
    fn has_buttons(&self) -> bool {
        false
    }

    fn show(&self, n: &Outgoing<'_>) -> Result<u32, String> {
        let id = self.next.fetch_add(1, Ordering::Relaxed);
        if !balloon(self.hwnd as HWND, n.summary, n.body, Tone::Information) {
            return Err("the notification area did not take it".into());
        }
        *self.shown.lock().unwrap_or_else(|e| e.into_inner()) = Some(id);
        Ok(id)
    }

    fn close(&self, id: u32) {
        let mut shown = self.shown.lock().unwrap_or_else(|e| e.into_inner());
        if *shown == Some(id) {
            *shown = None;
            balloon(self.hwnd as HWND, "", "", Tone::Information);
        }
    }

    fn server(&self) -> Option<String> {
        Some("the Windows notification area".into())
    }

    fn listen(&self, on_answer: &mut dyn FnMut(Answer)) {
        let answers = self.answers.lock().unwrap_or_else(|e| e.into_inner());
        while let Ok(answer) = answers.recv() {
            on_answer(answer);
        }
    }
}

/// A notification without buttons: a balloon on the icon when there is one, else
/// a message box (Aloud could not start, so there is no icon), which returns once
/// the person closed it.
pub fn tell(summary: &str, body: &str, tone: Tone) {
    if shell_window::exists() {
        if let Ok(hwnd) = shell_window::hwnd() {
            if balloon(hwnd, summary, body, tone) {
                return;
            }
        }
    }
    let icon = match tone {
        Tone::Information => MB_ICONINFORMATION,
        Tone::Warning => MB_ICONWARNING,
        Tone::Error => MB_ICONERROR,
    };
    let (text, caption) = (wide(body), wide(summary));
    // SAFETY: both strings are NUL-terminated; no owner window.
    unsafe {
        MessageBoxW(
            std::ptr::null_mut(),
            text.as_ptr(),
            caption.as_ptr(),
            MB_OK | icon,
        )
    };
}
