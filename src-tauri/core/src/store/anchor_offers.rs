//! The person's "no thanks" to Review's offer of tying a habit to a moment.
use super::rows::habit_id;
use crate::error::Result;
use crate::model::HabitId;
use chrono::NaiveDate;
use rusqlite::{params, Connection};

pub fn decline_anchor(conn: &Connection, habit: &HabitId, on: NaiveDate) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO anchor_offers (habit_id, declined_on) VALUES (?1, ?2)
         ON CONFLICT (habit_id) DO UPDATE SET declined_on = excluded.declined_on",
    )?
    .execute(params![habit.as_str(), on])?;
    Ok(())
}

/// Each habit whose offer was declined, and when.
pub fn anchors_declined(conn: &Connection) -> Result<Vec<(HabitId, NaiveDate)>> {
    let mut stmt = conn.prepare_cached("SELECT habit_id, declined_on FROM anchor_offers")?;
    let rows = stmt.query_map([], |row| Ok((habit_id(row, 0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}
