//! Pauses, settings, the reminder log and snoozes: the app's working state.
use super::rows::{habit_id, instant};
use crate::error::Result;
use crate::model::{HabitId, Pause};
use crate::schedule::Snooze;
use chrono::{DateTime, NaiveDate, Utc};
use rusqlite::{params, Connection, OptionalExtension};
use std::collections::BTreeMap;

pub fn pauses(conn: &Connection) -> Result<Vec<Pause>> {
    let mut stmt =
        conn.prepare_cached("SELECT starts_at, ends_at FROM pauses ORDER BY starts_at, id")?;
    let rows = stmt.query_map([], |row| {
        Ok(Pause {
            from: instant(row, 0)?,
            until: instant(row, 1)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn add_pause(conn: &Connection, pause: &Pause) -> Result<()> {
    conn.prepare_cached("INSERT INTO pauses (starts_at, ends_at) VALUES (?1, ?2)")?
        .execute(params![pause.from.timestamp(), pause.until.timestamp()])?;
    Ok(())
}

/// Ends every pause that is running at `now` and drops those not started yet.
/// Returns how many were changed.
pub fn end_pauses(conn: &Connection, now: DateTime<Utc>) -> Result<usize> {
    let t = now.timestamp();
    let dropped = conn
        .prepare_cached("DELETE FROM pauses WHERE starts_at >= ?1")?
        .execute([t])?;
    let ended = conn
        .prepare_cached("UPDATE pauses SET ends_at = ?1 WHERE starts_at < ?1 AND ends_at > ?1")?
        .execute([t])?;
    Ok(dropped + ended)
}

pub fn setting(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM settings WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}

pub fn put_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO settings (key, value) VALUES (?1, ?2) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
    )?
    .execute([key, value])?;
    Ok(())
}

pub fn settings(conn: &Connection) -> Result<BTreeMap<String, String>> {
    let mut stmt = conn.prepare_cached("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Outcome of a habit-day's reminder, recorded once per day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReminderOutcome {
    OnTime,
    Late,
    Missed,
}

impl ReminderOutcome {
    fn as_str(self) -> &'static str {
        match self {
            ReminderOutcome::OnTime => "on_time",
            ReminderOutcome::Late => "late",
            ReminderOutcome::Missed => "missed",
        }
    }
}

/// Records the first reminder (or miss) of a habit-day; a second record is ignored.
pub fn record_reminder(
    conn: &Connection,
    habit: &HabitId,
    date: NaiveDate,
    outcome: ReminderOutcome,
    at: DateTime<Utc>,
) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO reminders (habit_id, day, outcome, at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        habit.as_str(),
        date,
        outcome.as_str(),
        at.timestamp()
    ])?;
    Ok(())
}

/// Habit-days reminded or recorded missed on or after `from`.
pub fn reminded_since(conn: &Connection, from: NaiveDate) -> Result<Vec<(HabitId, NaiveDate)>> {
    let mut stmt = conn.prepare_cached("SELECT habit_id, day FROM reminders WHERE day >= ?1")?;
    let rows = stmt.query_map([from], |row| Ok((habit_id(row, 0)?, row.get(1)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn put_snooze(conn: &Connection, snooze: &Snooze) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO snoozes (habit_id, day, until) VALUES (?1, ?2, ?3)
         ON CONFLICT (habit_id, day) DO UPDATE SET until = excluded.until",
    )?
    .execute(params![
        snooze.habit.as_str(),
        snooze.date,
        snooze.until.timestamp()
    ])?;
    Ok(())
}

pub fn delete_snooze(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<()> {
    conn.prepare_cached("DELETE FROM snoozes WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), date])?;
    Ok(())
}

/// Drops snoozes of days before `today`; they can no longer fire.
pub fn delete_stale_snoozes(conn: &Connection, today: NaiveDate) -> Result<()> {
    conn.prepare_cached("DELETE FROM snoozes WHERE day < ?1")?
        .execute([today])?;
    Ok(())
}

pub fn snoozes(conn: &Connection) -> Result<Vec<Snooze>> {
    let mut stmt =
        conn.prepare_cached("SELECT habit_id, day, until FROM snoozes ORDER BY until")?;
    let rows = stmt.query_map([], |row| {
        Ok(Snooze {
            habit: habit_id(row, 0)?,
            date: row.get(1)?,
            until: instant(row, 2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Records `key` in the app's own state; returns true when it was not there before.
pub fn mark_once(conn: &Connection, key: &str, at: DateTime<Utc>) -> Result<bool> {
    let added = conn
        .prepare_cached("INSERT OR IGNORE INTO app_state (key, value) VALUES (?1, ?2)")?
        .execute(params![key, at.to_rfc3339()])?;
    Ok(added == 1)
}

/// Records `at` under `key` the first time and returns what is recorded: the instant
/// something first happened on this data dir (e.g. the reminder engine's first run).
pub fn first_instant(conn: &Connection, key: &str, at: DateTime<Utc>) -> Result<DateTime<Utc>> {
    mark_once(conn, key, at)?;
    let value: String = conn
        .prepare_cached("SELECT value FROM app_state WHERE key = ?1")?
        .query_row([key], |row| row.get(0))?;
    Ok(DateTime::parse_from_rfc3339(&value)
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or(at))
}

/// Forgets a habit-day's reminder record, so the day can be reminded again (after
/// the person moved the habit's time to a moment still ahead).
pub fn forget_reminder(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<()> {
    conn.prepare_cached("DELETE FROM reminders WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), date])?;
    super::held::release(conn, habit, date)?;
    delete_snooze(conn, habit, date)
}

/// Sets `key` in the app's own state, replacing what was there.
pub fn put_app_state(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO app_state (key, value) VALUES (?1, ?2)")?
        .execute(params![key, value])?;
    Ok(())
}

/// The app's own state under `key`, if any.
pub fn app_state(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM app_state WHERE key = ?1")?
        .query_row([key], |row| row.get(0))
        .optional()?)
}
