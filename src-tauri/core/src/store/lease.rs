//! The running tray app holds a lock on `tray.lock` in the data dir for as long as
//! it runs. What it records for others to read (whether the person is at the desk)
//! is only true while it runs; the operating system drops the lock when the process
//! ends, even when it crashes, so a reader can tell a live record from a stale one.
use crate::error::{CoreError, Result};
use crate::i18n::key;
use std::fs::{File, OpenOptions, TryLockError};
use std::path::Path;

const LEASE_FILE: &str = "tray.lock";

/// Held by the tray app; dropping it (or the process ending) lets go.
#[derive(Debug)]
pub struct TrayLease(#[allow(dead_code)] File);

/// Takes the lease; `None` when another process holds it.
pub fn take(data_dir: &Path) -> Result<Option<TrayLease>> {
    let path = data_dir.join(LEASE_FILE);
    // Private, as every file in the data dir.
    super::files::create_private_file(&path)?;
    let file = OpenOptions::new()
        .write(true)
        .open(&path)
        .map_err(|e| CoreError::io(key("io-creating"), path.display(), e))?;
    match file.try_lock() {
        Ok(()) => Ok(Some(TrayLease(file))),
        Err(TryLockError::WouldBlock) => Ok(None),
        Err(TryLockError::Error(e)) => Err(CoreError::io(key("io-writing"), path.display(), e)),
    }
}

/// Whether some process (this one included) holds the lease now. Opened for
/// reading only: closing a file opened for writing is an event the tray's watch on
/// the data dir would wake for, and the tray asks this on every pass.
pub fn held(data_dir: &Path) -> bool {
    let Ok(file) = File::open(data_dir.join(LEASE_FILE)) else {
        return false; // no tray app ever ran here
    };
    matches!(file.try_lock_shared(), Err(TryLockError::WouldBlock))
}
