//! What the dashboard asks of the desktop around it, on each platform: whether a
//! tray shows Aloud's icon, a redraw from the tray app after a change, and a link
//! opened in the browser. On Linux through D-Bus (`aloud_desktop`); on Windows
//! through the tray app's window (`aloud_app::tray_request`) and the shell.

/// Whether the person can reach Aloud from a tray icon.
#[cfg(target_os = "linux")]
pub fn tray_shown() -> bool {
    aloud_desktop::tray_host::present()
}

/// Windows always has a notification area.
#[cfg(windows)]
pub fn tray_shown() -> bool {
    true
}

/// Opens `url` in the background; a failure is reported, nothing waits for it.
#[cfg(target_os = "linux")]
pub fn open_link(url: &str) {
    aloud_desktop::open_link::open_in_background(url, |_, _| {});
}

#[cfg(windows)]
pub fn open_link(url: &str) {
    let url = url.to_string();
    std::thread::spawn(move || {
        if let Err(e) = aloud_app::open_link::open(&url) {
            aloud_app::report!("aloud: could not open {url}: {e}");
        }
    });
}

/// The tray app, asked to redraw at once after a change.
#[derive(Default)]
pub struct Tray {
    /// The session bus; None without one.
    #[cfg(target_os = "linux")]
    bus: std::sync::OnceLock<Option<zbus::blocking::Connection>>,
}

impl Tray {
    /// No tray app running (the dashboard started alone) is fine.
    #[cfg(target_os = "linux")]
    pub fn ask_refresh(&self) {
        let bus = self
            .bus
            .get_or_init(|| zbus::blocking::Connection::session().ok());
        if let Some(bus) = bus {
            let _ = aloud_desktop::instance::ask_refresh(bus);
        }
    }

    #[cfg(windows)]
    pub fn ask_refresh(&self) {
        let _ = aloud_app::tray_request::ask("refresh");
    }
}
