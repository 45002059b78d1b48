//! The tray app's seams filled on Linux (see `platform`), and the constructors
//! `app.rs` calls, in its order, to put them together.
mod busy;
mod instance;
mod notifications;
mod opener;
mod presence;
mod sni;
mod wake;

pub use instance::{claim, Claim, Instance};
pub use notifications::tell;

use crate::events::Inbox;
use crate::menu_model::View;
use crate::platform::{NotificationServer, Opener, Poke, Sleep, TrayIcon};
use crate::presence::PresenceSources;
use std::path::Path;
use std::sync::Arc;

/// The engine's sleep and the poke that ends it.
pub fn wake(data_dir: &Path) -> std::io::Result<(Box<dyn Sleep>, Poke)> {
    let (wake, poke) = wake::Wake::new(data_dir)?;
    Ok((Box::new(wake), poke))
}

/// The desktop's notifications, on the instance's session-bus connection.
pub fn notifications(instance: &Instance) -> Result<Arc<dyn NotificationServer>, String> {
    let server = notifications::Freedesktop::new(instance.connection());
    Ok(Arc::new(server.map_err(|e| e.to_string())?))
}

/// The icon in the panel, registered with `view` already in it.
pub fn tray(inbox: Arc<Inbox>, view: View) -> Result<Box<dyn TrayIcon>, String> {
    let sni = sni::create(inbox, view).map_err(|e| e.to_string())?;
    Ok(Box::new(sni))
}

/// Whether the desktop shows tray icons at all (a StatusNotifierWatcher runs).
pub fn shows_tray_icons() -> bool {
    aloud_desktop::tray_host::present()
}

/// The desktop's busy sources; the session-bus ones use the instance's connection.
pub fn busy_sources(instance: Option<&Instance>) -> Box<dyn crate::busy::BusySources> {
    Box::new(busy::Sources {
        session: instance.map(Instance::connection),
    })
}

/// The desktop's presence sources; the session-bus ones use the instance's connection.
pub fn presence_sources(instance: Option<&Instance>) -> Box<dyn PresenceSources> {
    Box::new(presence::Sources {
        session: instance.map(Instance::connection),
    })
}

pub fn opener() -> Arc<dyn Opener> {
    Arc::new(opener::Desktop)
}
