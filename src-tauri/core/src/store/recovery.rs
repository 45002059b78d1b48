//! Getting back to a good database: restoring a backup the person chooses, and, when
//! the file is found damaged at start, setting it aside and restoring the newest
//! backup that is sound.
use super::{backup, files, inspect, migrations, Store, BACKUP_DIR, DB_FILE};
use crate::error::{CoreError, Result};
use crate::i18n::{key, Said};
use chrono::{DateTime, NaiveDateTime, Utc};
use rusqlite::{Connection, OpenFlags};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// One automatic backup, as listed for the person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BackupFile {
    pub name: String,
    pub path: PathBuf,
    pub taken_at: Option<DateTime<Utc>>,
    pub bytes: u64,
}

/// Backups of `data_dir`, newest first.
pub fn backups(data_dir: &Path) -> Result<Vec<BackupFile>> {
    Ok(backup::list(&data_dir.join(BACKUP_DIR))?
        .into_iter()
        .map(|path| {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            BackupFile {
                taken_at: taken_at(&name),
                bytes: std::fs::metadata(&path).map_or(0, |m| m.len()),
                name,
                path,
            }
        })
        .collect())
}

/// The time in a backup's name (`aloud-20261125T080000Z-daily.db`).
fn taken_at(name: &str) -> Option<DateTime<Utc>> {
    let stamp = name.strip_prefix("aloud-")?.get(..16)?;
    NaiveDateTime::parse_from_str(stamp, "%Y%m%dT%H%M%SZ")
        .ok()
        .map(|t| t.and_utc())
}

/// Finds a backup by its name in the backups folder, or by a path to any file.
pub fn resolve_backup(data_dir: &Path, file: &str) -> Result<PathBuf> {
    let by_name = data_dir.join(BACKUP_DIR).join(file);
    let path = if !file.contains('/') && by_name.exists() {
        by_name
    } else {
        PathBuf::from(file)
    };
    if !path.is_file() {
        return Err(CoreError::said(
            "error-no-backup",
            vec![("file", file.into())],
        ));
    }
    Ok(path)
}

/// Checks that `path` is a sound Aloud database this build can read.
pub fn check_backup(path: &Path) -> Result<()> {
    inspect(path).map(drop)
}

impl Store {
    /// Replaces the history with the backup at `path`, after checking it and taking a
    /// "pre-restore" backup of the current state. The copy goes through SQLite's
    /// backup API into the open connection, so it is all-or-nothing.
    pub fn restore_from(&mut self, path: &Path, now: DateTime<Utc>) -> Result<()> {
        check_backup(path)?;
        let source = Connection::open_with_flags(
            path,
            OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        )?;
        self.backup(now, "pre-restore")?;
        {
            let copy = rusqlite::backup::Backup::new(&source, &mut self.conn)?;
            copy.run_to_completion(256, std::time::Duration::from_millis(5), None)?;
        }
        migrations::migrate(&mut self.conn)
    }

    /// Takes the day's backup unless one was already taken today (UTC).
    pub fn backup_if_due(&self, now: DateTime<Utc>) -> Result<Option<PathBuf>> {
        let dir = self.path.parent().unwrap_or(Path::new("."));
        let newest = backups(dir)?.into_iter().find_map(|b| b.taken_at);
        if newest.is_some_and(|t| t.date_naive() == now.date_naive()) {
            return Ok(None);
        }
        self.backup(now, "daily").map(Some)
    }
}

/// What happened when a damaged database was found at start.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Recovery {
    /// Where the damaged file was moved.
    pub damaged: PathBuf,
    /// The backup restored, if there was a sound one.
    pub restored: Option<BackupFile>,
    pub reason: String,
}

impl Recovery {
    /// What happened, in the language the process speaks.
    pub fn message(&self) -> String {
        let mut args = vec![
            ("why", self.reason.as_str().into()),
            ("path", self.damaged.display().to_string().into()),
        ];
        let k = match &self.restored {
            Some(b) => {
                let when = b.taken_at.map_or_else(
                    || b.name.clone(),
                    |t| t.format("%Y-%m-%d %H:%M UTC").to_string(),
                );
                args.push(("backup", when.into()));
                key("recovered-from-backup")
            }
            None => key("recovered-afresh"),
        };
        Said::new(k, args).to_string()
    }
}

/// Sets the damaged database (and its WAL files) aside as `aloud.db.corrupt-<time>`
/// and puts the newest sound backup in its place (none: the next open starts afresh).
pub fn recover(data_dir: &Path, reason: &str, now: DateTime<Utc>) -> Result<Recovery> {
    let db = data_dir.join(DB_FILE);
    let stamp = now.format("%Y%m%dT%H%M%SZ");
    let damaged = data_dir.join(format!("{DB_FILE}.corrupt-{stamp}"));
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |e| CoreError::io(key("io-moving-aside"), path, e)
    };
    std::fs::rename(&db, &damaged).map_err(failed(&db))?;
    for suffix in ["-wal", "-shm"] {
        let side = data_dir.join(format!("{DB_FILE}{suffix}"));
        if side.exists() {
            let aside = data_dir.join(format!("{DB_FILE}.corrupt-{stamp}{suffix}"));
            std::fs::rename(&side, &aside).map_err(failed(&side))?;
        }
    }
    let restored = backups(data_dir)?
        .into_iter()
        .find(|b| check_backup(&b.path).is_ok());
    if let Some(b) = &restored {
        files::create_private_file(&db)?;
        std::fs::copy(&b.path, &db)
            .map_err(|e| CoreError::io(key("io-restoring"), b.path.display(), e))?;
    }
    Ok(Recovery {
        damaged,
        restored,
        reason: reason.to_string(),
    })
}
