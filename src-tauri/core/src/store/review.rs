//! The Review panel's data: weekly benefits checks and the needs tagged on entries.
use crate::error::Result;
use crate::model::{BenefitCheck, Need};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection};

pub fn put_benefit_check(
    conn: &Connection,
    check: &BenefitCheck,
    recorded_at: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO benefit_checks (week, rating, responses, recorded_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (week) DO UPDATE SET rating = excluded.rating,
           responses = excluded.responses, recorded_at = excluded.recorded_at",
    )?
    .execute(params![
        check.week,
        check.rating,
        check.responses,
        recorded_at.timestamp()
    ])?;
    Ok(())
}

/// Every check, oldest week first.
pub fn benefit_checks(conn: &Connection) -> Result<Vec<BenefitCheck>> {
    let mut stmt =
        conn.prepare_cached("SELECT week, rating, responses FROM benefit_checks ORDER BY week")?;
    let rows = stmt.query_map([], |row| {
        Ok(BenefitCheck {
            week: row.get(0)?,
            rating: row.get(1)?,
            responses: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// How many entries from `from` on were tagged with each need, per calendar month
/// (`YYYY-MM`), oldest month first.
pub fn needs_by_month(conn: &Connection, from: NaiveDate) -> Result<Vec<(String, Need, u32)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT substr(day, 1, 7), need, count(*) FROM entries
         WHERE need IS NOT NULL AND day >= ?1 GROUP BY 1, 2 ORDER BY 1",
    )?;
    let rows = stmt.query_map([from], |row| {
        let need: String = row.get(1)?;
        let need = need.parse().map_err(|e: crate::CoreError| {
            rusqlite::Error::FromSqlConversionFailure(1, rusqlite::types::Type::Text, e.into())
        })?;
        Ok((row.get(0)?, need, row.get(2)?))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
