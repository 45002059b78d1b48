//! The single-instance seam on Windows: the first tray app of a session creates
//! the mutex `Local\app.aloud.Aloud` (the `Local\` namespace is the session's) and
//! answers on its shell window; a later launch finds that window by its class and
//! asks it, with `WM_COPYDATA`, to open the dashboard, then exits. The dashboard
//! asks it to redraw the same way (`refresh`), and is answered once the tray has
//! caught up. `WM_CLOSE` (the installer, before it replaces the program) ends it
//! as Quit does.
#![allow(unsafe_code)] // the kernel's and the window API; pointers checked beside each call

use super::handle::Handle;
use super::shell_window;
use super::wide::wide;
use crate::events::{Event, Inbox};
use crate::menu_model::Action;
use crate::presence::Watch;
use crate::settled::Settled;
use aloud_app::panel::Panel;
use aloud_app::tray_request::{ask, REFRESH_WAIT, REQUEST};
use std::sync::{Arc, OnceLock};
use windows_sys::Win32::Foundation::{GetLastError, ERROR_ALREADY_EXISTS};
use windows_sys::Win32::System::Threading::CreateMutexW;
use windows_sys::Win32::UI::Shell::SetCurrentProcessExplicitAppUserModelID;
use windows_sys::Win32::UI::WindowsAndMessaging::{WM_CLOSE, WM_ENDSESSION};

const MUTEX: &str = r"Local\app.aloud.Aloud";
/// The AppUserModelID: the installer registers it and sets it on the shortcut.
pub const APP_ID: &str = "app.aloud.Aloud";

struct Serving {
    inbox: Arc<Inbox>,
    settled: Arc<Settled>,
}

pub enum Claim {
    /// This process is the instance; keep the value alive to keep the mutex.
    First(Instance),
    /// Another instance runs and was asked to open its dashboard.
    Running,
}

pub struct Instance {
    _mutex: Handle,
    serving: Arc<OnceLock<Serving>>,
}

impl Instance {
    /// Starts answering: `open PANEL` and `refresh` become events in `inbox`.
    pub fn serve(&self, inbox: Arc<Inbox>, _presence: Arc<Watch>, settled: Arc<Settled>) {
        let _ = self.serving.set(Serving { inbox, settled });
    }
}

pub fn claim() -> std::io::Result<Claim> {
    let name = wide(MUTEX);
    // SAFETY: a NUL-terminated name; the mutex is never owned, only held open.
    let raw = unsafe { CreateMutexW(std::ptr::null(), 0, name.as_ptr()) };
    // SAFETY: read right after the call that set it.
    let existed = unsafe { GetLastError() } == ERROR_ALREADY_EXISTS;
    let mutex = Handle::checked(raw)?;
    if existed {
        drop(mutex);
        // The first may still be starting: if its window is not there yet, it
        // shows itself anyway.
        let _ = ask(&format!("open {}", Panel::Today.name()));
        return Ok(Claim::Running);
    }
    let app_id = wide(APP_ID);
    // SAFETY: a NUL-terminated id. Windows ties this process's notifications to
    // the id the installer's Start menu shortcut carries (and names it from there).
    unsafe { SetCurrentProcessExplicitAppUserModelID(app_id.as_ptr()) };
    let serving: Arc<OnceLock<Serving>> = Arc::default();
    shell_window::hwnd()?;
    let answering = serving.clone();
    shell_window::on_message(Arc::new(move |_, msg, wparam, lparam| {
        // Asked to end (the installer replacing the program, a task manager) or
        // the session ending: as Quit does, so the icon goes with the process.
        if msg == WM_CLOSE || (msg == WM_ENDSESSION && wparam != 0) {
            if let Some(serving) = answering.get() {
                serving.inbox.send(Event::Menu(Action::Quit));
            }
            return Some(0);
        }
        let request = shell_window::copied_text(msg, lparam, REQUEST)?;
        let serving = answering.get()?;
        Some(answer(serving, &request))
    }));
    Ok(Claim::First(Instance {
        _mutex: mutex,
        serving,
    }))
}

/// Carries out one request; 1 when done, 0 when refused.
fn answer(serving: &Serving, request: &str) -> isize {
    match request.split_once(' ') {
        Some(("open", panel)) => match Panel::parse(panel) {
            Some(panel) => {
                serving.inbox.send(Event::Open(panel));
                1
            }
            None => 0,
        },
        None if request == "refresh" => {
            let pass = serving.settled.next_pass();
            serving.inbox.send(Event::Refresh);
            serving.settled.wait_for(pass, REFRESH_WAIT);
            1
        }
        _ => 0,
    }
}
