//! Consistent copies of the database through SQLite's online backup API.
use crate::error::{CoreError, Result};
use crate::i18n::key;
use chrono::{DateTime, Utc};
use rusqlite::Connection;
use std::path::{Path, PathBuf};

/// How many automatic backups are kept.
pub const KEEP: usize = 7;
const PREFIX: &str = "aloud-";

/// Writes a backup of `conn` into `dir` named after `at` and `label`, then prunes old ones.
pub fn take(conn: &Connection, dir: &Path, at: DateTime<Utc>, label: &str) -> Result<PathBuf> {
    super::files::create_private_dir(dir)?;
    let stamp = at.format("%Y%m%dT%H%M%SZ");
    // Two backups in one second (a restore, then a restore of that) must not share
    // a file: the second would overwrite the first.
    let path = (1..)
        .map(|n| match n {
            1 => dir.join(format!("{PREFIX}{stamp}-{label}.db")),
            n => dir.join(format!("{PREFIX}{stamp}-{label}-{n}.db")),
        })
        .find(|p| !p.exists())
        .expect("some number is free");
    super::files::create_private_file(&path)?;
    let mut target = Connection::open(&path)?;
    {
        let backup = rusqlite::backup::Backup::new(conn, &mut target)?;
        backup.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
    }
    drop(target);
    prune(dir, KEEP)?;
    Ok(path)
}

/// Backups in `dir`, newest first.
pub fn list(dir: &Path) -> Result<Vec<PathBuf>> {
    let read = match std::fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(CoreError::io(key("io-reading"), dir.display(), e)),
    };
    let mut found: Vec<PathBuf> = read
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(PREFIX) && n.ends_with(".db"))
        })
        .collect();
    // Names start with a sortable UTC timestamp.
    found.sort();
    found.reverse();
    Ok(found)
}

fn prune(dir: &Path, keep: usize) -> Result<()> {
    for old in list(dir)?.into_iter().skip(keep) {
        std::fs::remove_file(&old)
            .map_err(|e| CoreError::io(key("io-removing"), old.display(), e))?;
    }
    Ok(())
}
