//! The day's marks, and since when the person is away (in the app's own state, so
//! a shutdown is remembered across the restart that ends it).
use super::state::{app_state, put_app_state};
use crate::error::Result;
use crate::rhythm::{DayMark, MarkKind};
use chrono::{DateTime, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection};

const AWAY_SINCE: &str = "rhythm-away-since";

/// Adds marks (one already there is kept once).
pub fn put_marks(conn: &Connection, marks: &[DayMark]) -> Result<()> {
    let mut insert =
        conn.prepare_cached("INSERT OR IGNORE INTO day_marks (at, kind) VALUES (?1, ?2)")?;
    for mark in marks {
        insert.execute(params![mark.at.timestamp(), mark.kind.name()])?;
    }
    Ok(())
}

/// Every mark, oldest first.
pub fn day_marks(conn: &Connection) -> Result<Vec<DayMark>> {
    let mut stmt = conn.prepare_cached("SELECT at, kind FROM day_marks ORDER BY at, kind")?;
    let rows = stmt.query_map([], |row| {
        let at = DateTime::from_timestamp(row.get(0)?, 0).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(0, Type::Integer, "an instant".into())
        })?;
        let kind: String = row.get(1)?;
        let kind = MarkKind::parse(&kind)
            .ok_or_else(|| rusqlite::Error::FromSqlConversionFailure(1, Type::Text, kind.into()))?;
        Ok(DayMark { at, kind })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Forgets every mark and the time away under way; returns how many marks went.
pub fn forget_marks(conn: &Connection) -> Result<usize> {
    let gone = conn.execute("DELETE FROM day_marks", [])?;
    put_away_since(conn, None)?;
    Ok(gone)
}

pub fn away_since(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    Ok(app_state(conn, AWAY_SINCE)?
        .and_then(|t| DateTime::parse_from_rfc3339(&t).ok())
        .map(|t| t.with_timezone(&Utc)))
}

pub fn put_away_since(conn: &Connection, since: Option<DateTime<Utc>>) -> Result<()> {
    match since {
        Some(at) => put_app_state(conn, AWAY_SINCE, &at.to_rfc3339()),
        None => {
            conn.execute("DELETE FROM app_state WHERE key = ?1", [AWAY_SINCE])?;
            Ok(())
        }
    }
}
