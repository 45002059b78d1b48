//! End-to-end harness: the real `aloud` binary on a private D-Bus session bus, with
//! this crate playing the desktop (a StatusNotifierWatcher and a notification
//! server) and reading and clicking the tray menu through com.canonical.dbusmenu.
//! Needs an X server (run under `xvfb-run -a dbus-run-session -- …`, as `make test` does).
pub mod app;
pub mod atspi;
pub mod bus;
pub mod contrast;
pub mod desktop;
pub mod gnome;
pub mod local_time;
pub mod menu;
pub mod own_display;
pub mod plasma;
pub mod portal;
pub mod presence;
pub mod procstat;
pub mod real_desktop;
pub mod screen;
pub mod ui;
pub mod webdriver;
pub mod x11;
pub mod xembed;
pub mod xfce;

use std::time::{Duration, Instant};

/// Polls `check` every 50 ms until it returns Some, or panics after `timeout`.
pub fn wait_for<T>(what: &str, timeout: Duration, mut check: impl FnMut() -> Option<T>) -> T {
    let start = Instant::now();
    loop {
        if let Some(v) = check() {
            return v;
        }
        assert!(
            start.elapsed() < timeout,
            "timed out after {timeout:?} waiting for {what}"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits for `read` to give a value, then until two readings half a second apart
/// agree (a window that is still being placed or sized), and returns it.
pub fn settled<T: PartialEq>(
    what: &str,
    timeout: Duration,
    mut read: impl FnMut() -> Option<T>,
) -> T {
    let mut last = wait_for(what, timeout, &mut read);
    loop {
        std::thread::sleep(Duration::from_millis(500));
        let now = wait_for(what, timeout, &mut read);
        if now == last {
            return now;
        }
        last = now;
    }
}

/// Opens the dashboard (`open` returns its settled frame) and closes it (`close`)
/// three times, checking every opening shows the frame of the first; returns it.
pub fn reopens_alike<F: PartialEq + std::fmt::Debug>(
    open: &impl Fn() -> F,
    close: &impl Fn(),
) -> F {
    let first = open();
    println!("first opening: {first:?}");
    close();
    for time in 2..=3 {
        let again = open();
        assert_eq!(again, first, "opening {time}");
        close();
    }
    first
}
