//! Automaticity checks and the answers to Aloud's offers.
use super::rows::habit_id;
use crate::automaticity::{Check, SrbaiAnswers};
use crate::error::Result;
use crate::model::HabitId;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension, Row};

/// What an offer was about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    StepBack,
    Troubleshoot,
}

impl Offer {
    fn as_str(self) -> &'static str {
        match self {
            Offer::StepBack => "step_back",
            Offer::Troubleshoot => "troubleshoot",
        }
    }
}

fn check_from_row(row: &Row<'_>) -> rusqlite::Result<Check> {
    let digits: String = row.get(2)?;
    Ok(Check {
        habit: habit_id(row, 0)?,
        date: row.get(1)?,
        answers: SrbaiAnswers::from_digits(&digits).map_err(|e| {
            rusqlite::Error::FromSqlConversionFailure(2, Type::Text, e.to_string().into())
        })?,
    })
}

/// Inserts a check, or replaces that habit's check of the same day.
pub fn put_check(conn: &Connection, check: &Check, recorded_at: DateTime<Utc>) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO automaticity_checks (habit_id, day, answers, recorded_at) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (habit_id, day) DO UPDATE SET answers = excluded.answers,
           recorded_at = excluded.recorded_at",
    )?
    .execute(params![
        check.habit.as_str(),
        check.date,
        check.answers.digits(),
        recorded_at.timestamp()
    ])?;
    Ok(())
}

pub fn check(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<Option<Check>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, answers FROM automaticity_checks WHERE habit_id = ?1 AND day = ?2",
    )?;
    Ok(stmt
        .query_row(params![habit.as_str(), date], check_from_row)
        .optional()?)
}

/// Every check, by habit then date.
pub fn checks(conn: &Connection) -> Result<Vec<Check>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, answers FROM automaticity_checks ORDER BY habit_id, day",
    )?;
    let rows = stmt.query_map([], check_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn put_offer_answer(
    conn: &Connection,
    habit: &HabitId,
    offer: Offer,
    on: NaiveDate,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO habit_offers (habit_id, kind, answered_on) VALUES (?1, ?2, ?3)
         ON CONFLICT (habit_id, kind) DO UPDATE SET answered_on = excluded.answered_on",
    )?
    .execute(params![habit.as_str(), offer.as_str(), on])?;
    Ok(())
}

pub fn offer_answered(
    conn: &Connection,
    habit: &HabitId,
    offer: Offer,
) -> Result<Option<NaiveDate>> {
    let mut stmt = conn
        .prepare_cached("SELECT answered_on FROM habit_offers WHERE habit_id = ?1 AND kind = ?2")?;
    Ok(stmt
        .query_row(params![habit.as_str(), offer.as_str()], |row| row.get(0))
        .optional()?)
}
