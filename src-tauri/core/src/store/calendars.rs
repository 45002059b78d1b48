//! The calendar files the person named, whose meetings hold reminders.
use crate::error::Result;
use chrono::{DateTime, Utc};
use rusqlite::{params, Connection};
use std::path::PathBuf;

/// Names a calendar file; naming it again changes nothing.
pub fn add_calendar(conn: &Connection, path: &str, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO calendars (path, added_at) VALUES (?1, ?2)")?
        .execute(params![path, at.timestamp()])?;
    Ok(())
}

/// Forgets a calendar file; returns whether it was named.
pub fn remove_calendar(conn: &Connection, path: &str) -> Result<bool> {
    let n = conn
        .prepare_cached("DELETE FROM calendars WHERE path = ?1")?
        .execute(params![path])?;
    Ok(n > 0)
}

/// Every calendar file named, in the order they were added.
pub fn calendars(conn: &Connection) -> Result<Vec<PathBuf>> {
    let mut stmt = conn.prepare_cached("SELECT path FROM calendars ORDER BY added_at, path")?;
    let rows = stmt.query_map([], |row| row.get::<_, String>(0))?;
    Ok(rows
        .map(|r| r.map(PathBuf::from))
        .collect::<rusqlite::Result<_>>()?)
}
