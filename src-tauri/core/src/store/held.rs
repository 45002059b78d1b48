//! Reminders held while the person was away, until they are back.
use super::rows::{habit_id, instant};
use crate::error::Result;
use crate::model::HabitId;
use crate::schedule::{Due, WaitedFor};
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection};

/// A reminder waiting for the person; `late` when it was already late when held;
/// what it waits for, as last seen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeldRow {
    pub due: Due,
    pub late: bool,
    pub waited_for: WaitedFor,
}

/// Holds a habit-day's reminder; a day already held keeps its first record.
pub fn hold(
    conn: &Connection,
    due: &Due,
    late: bool,
    waited_for: WaitedFor,
    at: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO held_reminders (habit_id, day, due_at, late, held_at, waited_for)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
    )?
    .execute(params![
        due.habit.as_str(),
        due.date,
        due.at.timestamp(),
        late,
        at.timestamp(),
        waited_for.name()
    ])?;
    Ok(())
}

/// Notes what a held reminder now waits for.
pub fn wait_for(conn: &Connection, due: &Due, waited_for: WaitedFor) -> Result<()> {
    conn.prepare_cached(
        "UPDATE held_reminders SET waited_for = ?3 WHERE habit_id = ?1 AND day = ?2",
    )?
    .execute(params![due.habit.as_str(), due.date, waited_for.name()])?;
    Ok(())
}

/// Every held reminder, oldest first.
pub fn held(conn: &Connection) -> Result<Vec<HeldRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, due_at, late, waited_for FROM held_reminders
         ORDER BY due_at, habit_id",
    )?;
    let rows = stmt.query_map([], |row| {
        Ok(HeldRow {
            due: Due {
                habit: habit_id(row, 0)?,
                date: row.get(1)?,
                at: instant(row, 2)?,
            },
            late: row.get(3)?,
            waited_for: WaitedFor::parse(&row.get::<_, String>(4)?).unwrap_or(WaitedFor::Away),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Lets a held reminder go (it was shown, or recorded missed).
pub fn release(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<()> {
    conn.prepare_cached("DELETE FROM held_reminders WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), date])?;
    Ok(())
}
