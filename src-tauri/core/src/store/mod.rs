//! The SQLite file: opening it safely, migrating it, and every query on it.
mod anchor_offers;
mod assessments;
mod automaticity;
mod backup;
mod calendars;
mod files;
mod held;
pub mod lease;
mod links;
mod migrations;
mod people;
mod records;
mod recovery;
mod review;
mod rhythm;
mod rows;
mod state;

pub use anchor_offers::*;
pub use assessments::*;
pub use automaticity::*;
pub use backup::{list as list_backups, KEEP as BACKUPS_KEPT};
pub use calendars::*;
pub use held::*;
pub use links::*;
pub use migrations::LATEST as SCHEMA_VERSION;
pub use people::*;
pub use records::*;
pub use recovery::*;
pub use review::*;
pub use rhythm::*;
pub use state::*;

use crate::error::{CoreError, Result};
use chrono::{DateTime, Utc};
use rusqlite::{Connection, OpenFlags, TransactionBehavior};
use std::path::{Path, PathBuf};
use std::time::Duration;

pub const DB_FILE: &str = "aloud.db";
pub const BACKUP_DIR: &str = "backups";

pub struct Store {
    conn: Connection,
    path: PathBuf,
    /// True when this open created the database (so defaults should be seeded).
    created: bool,
}

impl Store {
    /// Opens (creating if needed) `aloud.db` in `data_dir` and migrates it to the latest
    /// schema, taking a backup first when an existing file is migrated. A file from a
    /// newer Aloud, or one that is not an Aloud database, is refused and left untouched.
    pub fn open(data_dir: &Path, now: DateTime<Utc>) -> Result<Store> {
        files::create_private_dir(data_dir)?;
        files::check_writable(data_dir)?;
        let path = data_dir.join(DB_FILE);
        let existing = std::fs::metadata(&path).is_ok_and(|m| m.len() > 0);
        let version = if existing { inspect(&path)? } else { 0 };
        if !existing {
            files::create_private_file(&path)?;
        }
        let mut conn = Connection::open_with_flags(
            &path,
            OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        configure(&conn)?;
        if existing && version < migrations::LATEST {
            backup::take(
                &conn,
                &data_dir.join(BACKUP_DIR),
                now,
                &format!("pre-v{}", migrations::LATEST),
            )?;
        }
        migrations::migrate(&mut conn)?;
        Ok(Store {
            conn,
            path,
            created: !existing,
        })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn was_created(&self) -> bool {
        self.created
    }

    /// Read access for queries.
    pub fn read(&self) -> &Connection {
        &self.conn
    }

    /// Runs `f` in one IMMEDIATE transaction: all of its writes land, or none do.
    pub fn write<T>(&mut self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let tx = self
            .conn
            .transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Takes a backup into the data dir's `backups/` folder, keeping the newest few.
    pub fn backup(&self, now: DateTime<Utc>, label: &str) -> Result<PathBuf> {
        let dir = self
            .path
            .parent()
            .unwrap_or(Path::new("."))
            .join(BACKUP_DIR);
        backup::take(&self.conn, &dir, now, label)
    }
}

/// Reads the schema version without writing a byte, and checks the file is ours and
/// undamaged.
pub(crate) fn inspect(path: &Path) -> Result<i64> {
    let corrupt = |reason: String| CoreError::Corrupt {
        path: path.to_path_buf(),
        reason,
    };
    // Only SQLite's own verdict of damage counts as corrupt: an I/O error (a full
    // disk, a failing mount) must never get a sound file set aside.
    let failed = |e: rusqlite::Error| match e.sqlite_error_code() {
        Some(rusqlite::ErrorCode::DatabaseCorrupt | rusqlite::ErrorCode::NotADatabase) => {
            corrupt(e.to_string())
        }
        _ => CoreError::Sqlite(e),
    };
    let conn = Connection::open_with_flags(
        path,
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
    )?;
    conn.busy_timeout(Duration::from_secs(5))?;
    let read = |sql: &str| conn.query_row(sql, [], |row| row.get::<_, i64>(0));
    let version = read("PRAGMA user_version").map_err(failed)?;
    let app_id = read("PRAGMA application_id").map_err(failed)?;
    if version > migrations::LATEST {
        return Err(CoreError::NewerSchema {
            path: path.to_path_buf(),
            found: version,
            known: migrations::LATEST,
        });
    }
    let tables = read("SELECT count(*) FROM sqlite_schema").map_err(failed)?;
    if app_id != migrations::APPLICATION_ID && (version > 0 || tables > 0) {
        return Err(corrupt("it is not an Aloud database".into()));
    }
    // A damaged page anywhere (a few ms even for years of history).
    let check: String = conn
        .query_row("PRAGMA quick_check(1)", [], |row| row.get(0))
        .map_err(failed)?;
    if check != "ok" {
        return Err(corrupt(format!("its pages are damaged ({check})")));
    }
    Ok(version)
}

fn configure(conn: &Connection) -> Result<()> {
    conn.busy_timeout(Duration::from_secs(10))?;
    conn.pragma_update(None, "journal_mode", "WAL")?;
    // FULL: an acknowledged write survives power loss, not just a process crash.
    conn.pragma_update(None, "synchronous", "FULL")?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    Ok(())
}

#[cfg(test)]
mod tests;
