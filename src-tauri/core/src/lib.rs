//! Aloud's core: every rule of the domain, with no GUI, tray or notification code.
//! The Tauri shell and the CLI both call into `Tracker`.
pub mod assessment;
pub mod automaticity;
pub mod busy;
pub mod checkin;
pub mod clock;
pub mod defaults;
pub mod error;
pub mod i18n;
pub mod io;
pub mod limits;
pub mod model;
pub mod network;
pub mod presence;
pub mod review;
pub mod rhythm;
pub mod schedule;
pub mod settings;
pub mod stats;
pub mod store;
pub mod tracker;
pub mod zone;

#[cfg(test)]
mod testing;

pub use clock::{Clock, FakeClock, SystemClock};
pub use error::{CoreError, ErrorKind, Result};
pub use tracker::Tracker;
