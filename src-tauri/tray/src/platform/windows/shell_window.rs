//! The tray app's one hidden top-level window and its message loop, on a thread of
//! its own. Windows says what the tray app follows only in messages to a window:
//! clicks on the tray icon and its balloons, the chosen menu item, the session
//! locked or unlocked, sleep and resume, the clock set, Explorer restarted, and a
//! second launch's request (`WM_COPYDATA`). Each becomes an event or a signal here;
//! the thread blocks in `GetMessageW` otherwise.
#![allow(unsafe_code)] // the window API; each call's pointers are checked beside it

use super::wide::wide;
use std::sync::{mpsc, Arc, Mutex, OnceLock};
use windows_sys::Win32::Foundation::{HWND, LPARAM, LRESULT, WPARAM};
use windows_sys::Win32::System::LibraryLoader::GetModuleHandleW;
use windows_sys::Win32::UI::WindowsAndMessaging::{
    CreateWindowExW, DefWindowProcW, DispatchMessageW, GetMessageW, RegisterClassW,
    RegisterWindowMessageW, TranslateMessage, MSG, WNDCLASSW, WS_OVERLAPPED,
};

/// The window class: a second launch and the dashboard find the tray app by it.
use aloud_app::tray_request::CLASS;

/// Messages of our own: the tray icon's callback.
pub const TRAY_CALLBACK: u32 = windows_sys::Win32::UI::WindowsAndMessaging::WM_APP + 1;

/// What handles one message on the window's thread; `None` leaves it to Windows.
pub type Handler = Arc<dyn Fn(HWND, u32, WPARAM, LPARAM) -> Option<LRESULT> + Send + Sync>;

struct Shell {
    hwnd: usize,
    /// Copied out before each message is handled: a handler may run a modal loop
    /// (the menu) that handles messages inside it.
    handlers: Mutex<Arc<Vec<Handler>>>,
    /// `RegisterWindowMessage("TaskbarCreated")`: Explorer (re)started.
    taskbar_created: u32,
}

static SHELL: OnceLock<Shell> = OnceLock::new();

/// The window, started once (on its own thread) by the first caller.
pub fn hwnd() -> std::io::Result<HWND> {
    if let Some(shell) = SHELL.get() {
        return Ok(shell.hwnd as HWND);
    }
    let (tx, rx) = mpsc::channel();
    std::thread::Builder::new()
        .name("shell window".into())
        .spawn(move || run(tx))?;
    let hwnd = rx
        .recv()
        .map_err(|_| std::io::Error::other("the shell window's thread ended"))??;
    Ok(hwnd as HWND)
}

/// Whether the window exists (a tray icon can be shown on it).
pub fn exists() -> bool {
    SHELL.get().is_some()
}

/// Adds a handler; handlers see every message, in the order they were added.
pub fn on_message(handler: Handler) {
    if let Some(shell) = SHELL.get() {
        let mut handlers = shell.handlers.lock().unwrap_or_else(|e| e.into_inner());
        let mut more: Vec<Handler> = Vec::with_capacity(handlers.len() + 1);
        more.extend(handlers.iter().cloned());
        more.push(handler);
        *handlers = Arc::new(more);
    }
}

/// The message Explorer broadcasts when it starts (again): tray icons must be added
/// anew.
pub fn taskbar_created() -> u32 {
    SHELL.get().map_or(0, |s| s.taskbar_created)
}

fn run(ready: mpsc::Sender<std::io::Result<usize>>) {
    let class = wide(CLASS);
    let taskbar = wide("TaskbarCreated");
    // SAFETY: the class name lives until the process ends (the loop below never
    // returns while the window exists); the window procedure is `procedure`.
    let hwnd = unsafe {
        let instance = GetModuleHandleW(std::ptr::null());
        let wc = WNDCLASSW {
            lpfnWndProc: Some(procedure),
            hInstance: instance,
            lpszClassName: class.as_ptr(),
            // SAFETY: WNDCLASSW is plain data; zero is "none" for the rest.
            ..std::mem::zeroed()
        };
        RegisterClassW(&wc);
        // A hidden top-level window, not a message-only one: only top-level
        // windows receive the broadcasts (WM_TIMECHANGE, WM_POWERBROADCAST,
        // TaskbarCreated).
        CreateWindowExW(
            0,
            class.as_ptr(),
            class.as_ptr(),
            WS_OVERLAPPED,
            0,
            0,
            0,
            0,
            std::ptr::null_mut(),
            std::ptr::null_mut(),
            instance,
            std::ptr::null(),
        )
    };
    if hwnd.is_null() {
        let _ = ready.send(Err(std::io::Error::last_os_error()));
        return;
    }
    // SAFETY: a NUL-terminated name.
    let taskbar_created = unsafe { RegisterWindowMessageW(taskbar.as_ptr()) };
    let _ = SHELL.set(Shell {
        hwnd: hwnd as usize,
        handlers: Mutex::new(Arc::new(Vec::new())),
        taskbar_created,
    });
    let _ = ready.send(Ok(hwnd as usize));
    // SAFETY: MSG is plain data, filled by GetMessageW before each use.
    let mut msg: MSG = unsafe { std::mem::zeroed() };
    // SAFETY: the loop of every Windows GUI thread.
    while unsafe { GetMessageW(&mut msg, std::ptr::null_mut(), 0, 0) } > 0 {
        unsafe {
            TranslateMessage(&msg);
            DispatchMessageW(&msg);
        }
    }
}

unsafe extern "system" fn procedure(
    hwnd: HWND,
    msg: u32,
    wparam: WPARAM,
    lparam: LPARAM,
) -> LRESULT {
    if let Some(shell) = SHELL.get() {
        let handlers = shell
            .handlers
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .clone();
        for handler in handlers.iter() {
            if let Some(result) = handler(hwnd, msg, wparam, lparam) {
                return result;
            }
        }
    }
    // SAFETY: the default for everything not handled above.
    unsafe { DefWindowProcW(hwnd, msg, wparam, lparam) }
}

/// The text another process sent with `WM_COPYDATA` marked `kind` (its `dwData`),
/// or `None` for any other message.
pub fn copied_text(msg: u32, lparam: LPARAM, kind: usize) -> Option<String> {
    use windows_sys::Win32::System::DataExchange::COPYDATASTRUCT;
    if msg != windows_sys::Win32::UI::WindowsAndMessaging::WM_COPYDATA || lparam == 0 {
        return None;
    }
    // SAFETY: for WM_COPYDATA, lparam points at a COPYDATASTRUCT that Windows keeps
    // valid while the message is handled; its bytes are copied out here.
    let bytes = unsafe {
        let data = &*(lparam as *const COPYDATASTRUCT);
        if data.dwData != kind || data.lpData.is_null() {
            return None;
        }
        std::slice::from_raw_parts(data.lpData.cast::<u8>(), data.cbData as usize).to_vec()
    };
    Some(String::from_utf8_lossy(&bytes).into_owned())
}
