//! Self-assessment attempts and the retake reminders already shown.
use super::rows::instant;
use crate::assessment::{Answers, Attempt, INSTRUMENT};
use crate::error::Result;
use chrono::{DateTime, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension};

/// Adds an attempt (the same attempt imported twice is kept once) and clears the draft.
pub fn add_attempt(conn: &Connection, attempt: &Attempt) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO assessments (taken_at, instrument, answers) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![
        attempt.taken_at.timestamp(),
        INSTRUMENT,
        attempt.answers.digits()
    ])?;
    conn.prepare_cached("DELETE FROM assessment_draft")?
        .execute([])?;
    Ok(())
}

/// The answers given so far (0 = not yet), or None when no questionnaire is open.
pub fn draft(conn: &Connection) -> Result<Option<Vec<u8>>> {
    let text: Option<String> = conn
        .prepare_cached("SELECT answers FROM assessment_draft WHERE id = 1")?
        .query_row([], |row| row.get(0))
        .optional()?;
    Ok(text.map(|t| t.bytes().map(|b| b - b'0').collect()))
}

/// Keeps the answers given so far; all zeros removes the draft.
pub fn put_draft(conn: &Connection, answers: &[u8], at: DateTime<Utc>) -> Result<()> {
    if answers.iter().all(|&a| a == 0) {
        conn.prepare_cached("DELETE FROM assessment_draft")?
            .execute([])?;
        return Ok(());
    }
    let digits: String = answers.iter().map(|&a| char::from(b'0' + a)).collect();
    conn.prepare_cached(
        "INSERT INTO assessment_draft (id, answers, saved_at) VALUES (1, ?1, ?2)
         ON CONFLICT (id) DO UPDATE SET answers = excluded.answers, saved_at = excluded.saved_at",
    )?
    .execute(params![digits, at.timestamp()])?;
    Ok(())
}

/// Every attempt, oldest first.
pub fn attempts(conn: &Connection) -> Result<Vec<Attempt>> {
    let mut stmt =
        conn.prepare_cached("SELECT taken_at, answers FROM assessments ORDER BY taken_at, id")?;
    let rows = stmt.query_map([], |row| {
        let digits: String = row.get(1)?;
        Ok(Attempt {
            taken_at: instant(row, 0)?,
            answers: Answers::from_digits(&digits).map_err(|e| {
                rusqlite::Error::FromSqlConversionFailure(1, Type::Text, e.to_string().into())
            })?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn last_attempt_at(conn: &Connection) -> Result<Option<DateTime<Utc>>> {
    let secs: Option<i64> = conn
        .prepare_cached("SELECT max(taken_at) FROM assessments")?
        .query_row([], |row| row.get(0))?;
    Ok(secs.and_then(|s| DateTime::from_timestamp(s, 0)))
}

pub fn retake_shown(conn: &Connection, due: DateTime<Utc>) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT 1 FROM retake_reminders WHERE due = ?1")?
        .query_row([due.timestamp()], |_| Ok(()))
        .optional()?
        .is_some())
}

pub fn record_retake_shown(conn: &Connection, due: DateTime<Utc>, at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached("INSERT OR IGNORE INTO retake_reminders (due, shown_at) VALUES (?1, ?2)")?
        .execute([due.timestamp(), at.timestamp()])?;
    Ok(())
}
