//! Private files and folders: the history is personal, so 0700 folders and 0600 files.
use crate::error::{CoreError, Result};
use crate::i18n::key;
use std::fs::{DirBuilder, OpenOptions};
use std::path::Path;

#[cfg(unix)]
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};

pub fn create_private_dir(dir: &Path) -> Result<()> {
    let mut builder = DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    builder.mode(0o700);
    builder
        .create(dir)
        .map_err(|e| CoreError::io(key("io-creating-folder"), dir.display(), e))
}

/// Fails with a plain reason when `dir` cannot be written (a read-only mount, a
/// folder without write permission): better said at once than as a SQLite error.
pub fn check_writable(dir: &Path) -> Result<()> {
    let probe = dir.join(format!(".aloud-write-check-{}", std::process::id()));
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&probe)
        .and_then(|_| std::fs::remove_file(&probe))
        .map_err(|e| CoreError::io(key("io-cannot-write-data"), dir.display(), e))
}

/// Creates `path` empty with mode 0600 if it does not exist yet.
pub fn create_private_file(path: &Path) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(false);
    #[cfg(unix)]
    options.mode(0o600);
    options
        .open(path)
        .map(drop)
        .map_err(|e| CoreError::io(key("io-creating"), path.display(), e))
}
