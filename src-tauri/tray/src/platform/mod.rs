//! The seams between the tray app and the operating system. Everything above them
//! (the engine, the handler, the words of the notifications, the menu, what is on
//! screen, the dashboard launcher) speaks only these small interfaces; `linux/`
//! fills each of them on Linux, and another platform fills the same ones without
//! anything above changing. `native` is this platform's implementation, used only
//! by `app.rs`, which puts the parts together.
//!
//! | seam | Linux |
//! |---|---|
//! | `TrayIcon` | a StatusNotifierItem and its dbusmenu (ksni) |
//! | `NotificationServer`, `tell` | `org.freedesktop.Notifications` |
//! | `Sleep`, `Poke` | `poll` on a timerfd, inotify and an eventfd |
//! | single instance (`native::claim`) | the name `app.aloud.Aloud` on the session bus |
//! | `presence::PresenceSources` (beside the watch it feeds) | logind, the screensavers, Mutter's idle monitor, X11 SYNC |
//! | `Opener` | the `OpenURI` portal or `xdg-open`; ending a process with SIGTERM |
//!
//! `windows/` fills the same seams on Windows: `Shell_NotifyIconW` and a popup
//! menu, balloons, a waitable timer with directory watches, a named mutex with
//! `WM_COPYDATA`, session and power messages, `ShellExecuteW` and `WM_CLOSE`.
#[cfg(target_os = "linux")]
pub mod linux;
#[cfg(target_os = "linux")]
pub use linux as native;
#[cfg(windows)]
pub mod windows;
#[cfg(windows)]
pub use windows as native;

use crate::menu_model::View;
use chrono::{DateTime, Utc};
use std::io;
use std::sync::Arc;

/// The icon in the desktop's panel and its menu. A click becomes an `Event`, sent
/// by the implementation; the engine alone draws.
pub trait TrayIcon: Send + Sync {
    /// Shows `view` (the engine calls this only when it changed).
    fn draw(&self, view: &View);
    /// Takes the icon away, before the process ends ("Quit").
    fn remove(&self);
}

/// One notification to show.
pub struct Outgoing<'a> {
    pub summary: &'a str,
    pub body: &'a str,
    /// Key and label of each button; `default` is a click on the notification itself.
    pub actions: Vec<(&'a str, &'a str)>,
    /// The notification it takes the place of (0: none).
    pub replaces: u32,
}

/// What happened to a notification Aloud showed.
pub enum Answer {
    /// The person chose the action with this key.
    Chose(u32, String),
    /// It left the screen without an answer.
    Closed(u32),
}

/// The desktop's notifications.
pub trait NotificationServer: Send + Sync {
    /// Whether notifications can carry buttons here.
    fn has_buttons(&self) -> bool;
    /// Shows `n`; returns its id.
    fn show(&self, n: &Outgoing<'_>) -> Result<u32, String>;
    /// Takes a notification down, without waiting.
    fn close(&self, id: u32);
    /// Who shows notifications now: ids from an earlier server mean nothing.
    fn server(&self) -> Option<String>;
    /// Serves the answers on the calling thread, for ever, each to `on_answer`.
    fn listen(&self, on_answer: &mut dyn FnMut(Answer));
}

/// Shows a notification without buttons and returns once the desktop took it (or
/// could not): it may be all there is, when Aloud cannot start.
pub fn tell(summary: &str, body: &str, tone: Tone) {
    native::tell(summary, body, tone);
}

/// How grave a notification without buttons is (`tell`): its icon.
#[derive(Debug, Clone, Copy)]
pub enum Tone {
    Information,
    Warning,
    Error,
}

/// Why the engine woke; several may be true at once.
#[derive(Debug, Default, Clone, Copy)]
pub struct Woken {
    pub timer: bool,
    pub clock_changed: bool,
    pub data_changed: bool,
    /// One of the files `Sleep::follow` names changed (a calendar).
    pub followed_changed: bool,
    pub zone_changed: bool,
    pub poked: bool,
}

impl Woken {
    /// Whether anything the engine follows happened (a write to some other file in
    /// a watched folder is nothing).
    pub fn any(&self) -> bool {
        self.timer
            || self.clock_changed
            || self.data_changed
            || self.followed_changed
            || self.zone_changed
            || self.poked
    }
}

/// How the engine sleeps: until an absolute wall-clock instant, a write to the data
/// dir, a change of the clock or zone, or a poke. Nothing else may wake it.
pub trait Sleep: Send {
    /// Arms the wake for the instant `at` (also after a suspend), or disarms it.
    fn arm(&self, at: Option<DateTime<Utc>>) -> io::Result<()>;
    /// Blocks until something happens, then says what it was.
    fn wait(&self) -> io::Result<Woken>;
    /// Wakes also when one of these files changes, is replaced or appears (the
    /// named calendars); the files named before are no longer followed.
    fn follow(&self, files: &[std::path::PathBuf]);
}

/// Wakes the engine from another thread (an event was queued).
pub trait Waker: Send + Sync {
    fn poke(&self);
}

/// A cheap, cloneable handle on the platform's `Waker`.
#[derive(Clone)]
pub struct Poke(Arc<dyn Waker>);

impl Poke {
    pub fn new(waker: Arc<dyn Waker>) -> Poke {
        Poke(waker)
    }

    pub fn poke(&self) {
        self.0.poke();
    }
}

/// Told the link and why it would not open.
pub type OpenFailed = Box<dyn FnOnce(&str, &str) + Send>;

/// Hands things to the desktop: a link to the browser, an end to a process.
pub trait Opener: Send + Sync {
    /// Opens `url` from a thread of its own; a failure goes to `failed`.
    fn open_link(&self, url: &str, failed: OpenFailed);
    /// Asks the process `pid` (a dashboard) to end, as the desktop would.
    fn end_process(&self, pid: u32);
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    /// What only a platform's own folder may name: a platform is that folder and
    /// nothing else.
    const LINUX_ONLY: [&str; 8] = [
        "zbus",
        "ksni",
        "rustix",
        "x11rb",
        "std::os::unix",
        "aloud_desktop",
        "windows_sys",
        "std::os::windows",
    ];

    fn rust_files(dir: &Path, found: &mut Vec<std::path::PathBuf>) {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.ends_with("platform/linux") || path.ends_with("platform/windows") {
                continue;
            }
            if path.is_dir() {
                rust_files(&path, found);
            } else if path.extension().is_some_and(|e| e == "rs") {
                found.push(path);
            }
        }
    }

    #[test]
    fn nothing_above_the_seams_names_a_linux_crate() {
        let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
        let mut files = Vec::new();
        rust_files(&src, &mut files);
        assert!(files.len() > 10, "{files:?}");
        for file in files {
            let text = std::fs::read_to_string(&file).unwrap();
            for line in text.lines().filter(|l| !l.trim_start().starts_with("//")) {
                for name in LINUX_ONLY {
                    assert!(
                        !line.contains(&format!("{name}::")),
                        "{} names {name}: {line}",
                        file.display()
                    );
                }
            }
        }
    }
}
