//! What the process learns from its surroundings: data dir, time zone, clock.
use aloud_core::clock::SystemClock;
use aloud_core::{zone, Clock, Result, Tracker};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const DATA_DIR_ENV: &str = "ALOUD_DATA_DIR";
const IDENTIFIER: &str = "app.aloud.Aloud";

/// `--data-dir`, else `$ALOUD_DATA_DIR`, else the platform data dir
/// (`~/.local/share/app.aloud.Aloud` on Linux).
pub fn data_dir(flag: Option<&Path>) -> PathBuf {
    if let Some(dir) = flag {
        return dir.to_path_buf();
    }
    if let Some(dir) = std::env::var_os(DATA_DIR_ENV).filter(|v| !v.is_empty()) {
        return PathBuf::from(dir);
    }
    dirs::data_dir()
        .unwrap_or_else(|| PathBuf::from(".local/share"))
        .join(IDENTIFIER)
}

/// The local time zone: `$TZ` when it names an IANA zone, else the system's.
pub fn system_zone() -> aloud_core::zone::Zone {
    let env = std::env::var("TZ").ok();
    let system = iana_time_zone::get_timezone().ok();
    zone::choose_zone(None, env.as_deref(), system.as_deref())
}

pub fn open_tracker(data_dir: &Path) -> Result<Tracker> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    Tracker::open(data_dir, clock, system_zone())
}

/// For the tray app: a damaged database is set aside and the newest backup restored.
pub fn open_tracker_recovering(
    data_dir: &Path,
) -> Result<(Tracker, Option<aloud_core::store::Recovery>)> {
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    Tracker::open_or_recover(data_dir, clock, system_zone())
}
