//! The tray app's seams filled on Windows (see `platform`), and the constructors
//! `app.rs` calls, in its order, to put them together. Everything that Windows
//! says in window messages arrives on one hidden window (`shell_window`).
mod balloons;
mod busy;
mod handle;
mod instance;
mod notify_icon;
mod opener;
mod presence;
mod shell_window;
mod toasts;
mod wake;
mod wide;

pub use balloons::tell;
pub use instance::{claim, Claim, Instance};

use crate::events::Inbox;
use crate::menu_model::View;
use crate::platform::{NotificationServer, Opener, Poke, Sleep, TrayIcon};
use crate::presence::PresenceSources;
use std::path::Path;
use std::sync::Arc;

/// The engine's sleep and the poke that ends it; the shell window tells it when
/// the clock or the zone was set.
pub fn wake(data_dir: &Path) -> std::io::Result<(Box<dyn Sleep>, Poke)> {
    let (wake, poke) = wake::Wake::new(data_dir)?;
    if shell_window::exists() {
        let time_change = windows_sys::Win32::UI::WindowsAndMessaging::WM_TIMECHANGE;
        shell_window::on_message(Arc::new(move |_, msg, _, _| {
            if msg == time_change {
                wake::clock_was_set();
            }
            None
        }));
    }
    Ok((Box::new(wake), poke))
}

/// Toasts with buttons; where there is no toast API (Wine, Server Core), the
/// notification area's balloons, on the icon's window.
pub fn notifications(_instance: &Instance) -> Result<Arc<dyn NotificationServer>, String> {
    match toasts::Toasts::new() {
        Ok(toasts) => Ok(Arc::new(toasts)),
        Err(_) => Ok(Arc::new(
            balloons::Balloons::new().map_err(|e| e.to_string())?,
        )),
    }
}

/// The icon in the notification area, with `view` already in it.
pub fn tray(inbox: Arc<Inbox>, view: View) -> Result<Box<dyn TrayIcon>, String> {
    let icon = notify_icon::create(inbox, view).map_err(|e| e.to_string())?;
    Ok(Box::new(icon))
}

/// Whether the taskbar (and its notification area) runs.
pub fn shows_tray_icons() -> bool {
    let class = wide::wide("Shell_TrayWnd");
    #[allow(unsafe_code)]
    // SAFETY: a NUL-terminated class name.
    let found = unsafe {
        windows_sys::Win32::UI::WindowsAndMessaging::FindWindowW(class.as_ptr(), std::ptr::null())
    };
    !found.is_null()
}

pub fn busy_sources(_instance: Option<&Instance>) -> Box<dyn crate::busy::BusySources> {
    Box::new(busy::Sources)
}

pub fn presence_sources(_instance: Option<&Instance>) -> Box<dyn PresenceSources> {
    Box::new(presence::Sources)
}

pub fn opener() -> Arc<dyn Opener> {
    Arc::new(opener::Shell)
}
