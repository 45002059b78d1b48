//! The `TrayIcon` seam on Windows: one icon in the notification area
//! (`Shell_NotifyIconW`, version 4) on the shell window, its tooltip the view's
//! title, its menu a popup menu built from the view when the person asks for it
//! (right click, or the keyboard's menu key). A click only becomes an `Event` for
//! the engine thread, which draws. Balloons (the notifications) are shown on the
//! same icon (`balloons.rs`).
#![allow(unsafe_code)] // the shell's and the window API; pointers checked beside each call

use super::shell_window::{self, TRAY_CALLBACK};
use super::wide::{fill, wide};
use crate::events::{Event, Inbox};
use crate::menu_model::{self, Entry, View};
use crate::platform::TrayIcon;
use aloud_app::panel::Panel;
use std::sync::{Arc, Mutex, OnceLock};
use windows_sys::Win32::Foundation::HWND;
use windows_sys::Win32::Graphics::Gdi::{CreateBitmap, DeleteObject};
use windows_sys::Win32::UI::Shell::{
    Shell_NotifyIconW, NIF_ICON, NIF_MESSAGE, NIF_SHOWTIP, NIF_TIP, NIM_ADD, NIM_DELETE,
    NIM_MODIFY, NIM_SETVERSION, NIN_SELECT, NOTIFYICONDATAW, NOTIFYICON_VERSION_4,
};
use windows_sys::Win32::UI::WindowsAndMessaging::{
    AppendMenuW, CreateIconIndirect, CreatePopupMenu, DestroyMenu, GetCursorPos, PostMessageW,
    SetForegroundWindow, TrackPopupMenu, HICON, HMENU, ICONINFO, MF_CHECKED, MF_GRAYED, MF_POPUP,
    MF_SEPARATOR, MF_STRING, TPM_RIGHTBUTTON, WM_COMMAND, WM_CONTEXTMENU, WM_NULL,
};

/// The icon's id on the window (one icon).
pub const ICON_ID: u32 = 1;

/// The menu's key-select notification (`NIN_SELECT | NINF_KEY`).
const NIN_KEYSELECT: u32 = NIN_SELECT | 1;

struct Icon {
    hwnd: usize,
    inbox: Arc<Inbox>,
    view: Mutex<View>,
    /// The ids of the entries of the menu last shown; a command is its index + 1.
    ids: Mutex<Vec<String>>,
}

pub struct NotifyIcon(Arc<Icon>);

/// The four ring icons as Windows icons, made once per process.
fn icons() -> &'static [usize] {
    static MADE: OnceLock<Vec<usize>> = OnceLock::new();
    MADE.get_or_init(|| {
        (0..4)
            .filter_map(crate::ring_icons::rgba)
            .filter_map(make_icon)
            .collect()
    })
}

/// An RGBA picture as an icon with its alpha channel: a 32-bit colour bitmap in
/// BGRA and an all-zero mask, which Windows reads as "use the alpha".
fn make_icon(icon: crate::ring_icons::Rgba) -> Option<usize> {
    let bgra: Vec<u8> = icon
        .pixels
        .chunks_exact(4)
        .flat_map(|p| [p[2], p[1], p[0], p[3]])
        .collect();
    let mask = vec![0u8; (icon.width.div_ceil(16) * 2 * icon.height) as usize];
    let (w, h) = (icon.width as i32, icon.height as i32);
    // SAFETY: both buffers hold the bitmap's rows in the sizes given; the bitmaps
    // are copied into the icon and deleted after.
    unsafe {
        let color = CreateBitmap(w, h, 1, 32, bgra.as_ptr().cast());
        let mask = CreateBitmap(w, h, 1, 1, mask.as_ptr().cast());
        let info = ICONINFO {
            fIcon: 1,
            xHotspot: 0,
            yHotspot: 0,
            hbmMask: mask,
            hbmColor: color,
        };
        let made = CreateIconIndirect(&info);
        DeleteObject(color);
        DeleteObject(mask);
        (!made.is_null()).then_some(made as usize)
    }
}

impl Icon {
    fn data(&self) -> NOTIFYICONDATAW {
        NOTIFYICONDATAW {
            cbSize: std::mem::size_of::<NOTIFYICONDATAW>() as u32,
            hWnd: self.hwnd as HWND,
            uID: ICON_ID,
            // SAFETY: NOTIFYICONDATAW is plain data; zero is "none" for the rest.
            ..unsafe { std::mem::zeroed() }
        }
    }

    /// Adds the icon (again, after Explorer restarted) or changes it.
    fn show(&self, message: u32) -> bool {
        let view = self.view.lock().unwrap_or_else(|e| e.into_inner()).clone();
        let mut data = self.data();
        data.uFlags = NIF_MESSAGE | NIF_ICON | NIF_TIP | NIF_SHOWTIP;
        data.uCallbackMessage = TRAY_CALLBACK;
        data.hIcon = icons().get(view.step).copied().unwrap_or(0) as HICON;
        fill(&mut data.szTip, &view.title);
        // SAFETY: `data` is complete for the flags it names.
        let done = unsafe { Shell_NotifyIconW(message, &data) } != 0;
        if done && message == NIM_ADD {
            data.Anonymous.uVersion = NOTIFYICON_VERSION_4;
            // SAFETY: as above; asks for version 4's messages.
            unsafe { Shell_NotifyIconW(NIM_SETVERSION, &data) };
        }
        done
    }

    /// Handles the icon's messages on the shell window's thread.
    fn message(&self, hwnd: HWND, msg: u32, wparam: usize, lparam: isize) -> Option<isize> {
        if msg == TRAY_CALLBACK {
            match (lparam & 0xffff) as u32 {
                WM_CONTEXTMENU => self.menu(hwnd),
                // Version 4 sends NIN_SELECT for a click besides the raw
                // WM_LBUTTONUP: one of them only, or the dashboard is asked twice.
                NIN_SELECT | NIN_KEYSELECT => self.inbox.send(Event::Open(Panel::Today)),
                _ => return None,
            }
            return Some(0);
        }
        if msg == WM_COMMAND && lparam == 0 {
            let index = (wparam & 0xffff).checked_sub(1)?;
            let id = self
                .ids
                .lock()
                .unwrap_or_else(|e| e.into_inner())
                .get(index)
                .cloned()?;
            if let Some(action) = menu_model::action(&id) {
                self.inbox.send(Event::Menu(action));
            }
            return Some(0);
        }
        if msg != 0 && msg == shell_window::taskbar_created() {
            self.show(NIM_ADD);
        }
        None
    }

    /// Shows the view's menu at the pointer and waits for a choice (a modal loop
    /// on this thread); the choice comes back as `WM_COMMAND`.
    fn menu(&self, hwnd: HWND) {
        let entries = self
            .view
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .entries
            .clone();
        let mut ids = Vec::new();
        // SAFETY: the menu is built, shown and destroyed here, on the window's
        // thread; SetForegroundWindow and the WM_NULL after are what Windows asks
        // of a notification-area menu so that it closes when the person clicks
        // elsewhere.
        unsafe {
            let menu = CreatePopupMenu();
            append(menu, &entries, &mut ids);
            *self.ids.lock().unwrap_or_else(|e| e.into_inner()) = ids;
            let mut at = std::mem::zeroed();
            GetCursorPos(&mut at);
            SetForegroundWindow(hwnd);
            TrackPopupMenu(menu, TPM_RIGHTBUTTON, at.x, at.y, 0, hwnd, std::ptr::null());
            PostMessageW(hwnd, WM_NULL, 0, 0);
            DestroyMenu(menu);
        }
    }
}

/// Appends `entries` to `menu`, each clickable one with command `ids.len()` + 1.
fn append(menu: HMENU, entries: &[Entry], ids: &mut Vec<String>) {
    for entry in entries {
        // SAFETY: `menu` is a menu being built; each label is NUL-terminated and
        // copied by the call.
        unsafe {
            match entry {
                Entry::Item { id, label, enabled } => {
                    ids.push(id.clone());
                    let flags = MF_STRING | if *enabled { 0 } else { MF_GRAYED };
                    AppendMenuW(menu, flags, ids.len(), literal(label).as_ptr());
                }
                Entry::Check { id, label, checked } => {
                    ids.push(id.clone());
                    let flags = MF_STRING | if *checked { MF_CHECKED } else { 0 };
                    AppendMenuW(menu, flags, ids.len(), literal(label).as_ptr());
                }
                Entry::Separator => {
                    AppendMenuW(menu, MF_SEPARATOR, 0, std::ptr::null());
                }
                Entry::Submenu { label, items } => {
                    let sub = CreatePopupMenu();
                    append(sub, items, ids);
                    AppendMenuW(menu, MF_POPUP, sub as usize, literal(label).as_ptr());
                }
            }
        }
    }
}

/// A label shown as written: a menu reads `&` as the mark of a keyboard mnemonic,
/// and `&&` as an ampersand ("Q&A" would show as "QA").
pub fn literal(label: &str) -> Vec<u16> {
    wide(&label.replace('&', "&&"))
}

impl TrayIcon for NotifyIcon {
    fn draw(&self, view: &View) {
        *self.0.view.lock().unwrap_or_else(|e| e.into_inner()) = view.clone();
        self.0.show(NIM_MODIFY);
    }

    fn remove(&self) {
        let data = self.0.data();
        // SAFETY: names the icon added by `create`.
        unsafe { Shell_NotifyIconW(NIM_DELETE, &data) };
    }
}

/// Adds the icon with `view` already in it; its clicks go to `inbox`.
pub fn create(inbox: Arc<Inbox>, view: View) -> std::io::Result<NotifyIcon> {
    let hwnd = shell_window::hwnd()?;
    let icon = Arc::new(Icon {
        hwnd: hwnd as usize,
        inbox,
        view: Mutex::new(view),
        ids: Mutex::new(Vec::new()),
    });
    let handler = icon.clone();
    shell_window::on_message(Arc::new(move |hwnd, msg, wparam, lparam| {
        handler.message(hwnd, msg, wparam, lparam)
    }));
    // No notification area yet (Explorer starting): TaskbarCreated adds it later.
    icon.show(NIM_ADD);
    Ok(NotifyIcon(icon))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ampersands_stay_ampersands_and_the_rings_become_icons() {
        assert_eq!(String::from_utf16_lossy(&literal("Q&A")), "Q&&A\0");
        assert_eq!(icons().len(), 4);
    }
}
