//! Habits, entries and skips: the history itself.
use super::rows::{conversion, habit_id, instant};
use crate::error::Result;
use crate::model::{Entry, Habit, HabitId, Skip, TimeOfDay, Weekdays};
use chrono::{DateTime, NaiveDate};
use rusqlite::types::{FromSqlError, Type};
use rusqlite::{params, Connection, OptionalExtension, Row};

const HABIT_COLUMNS: &str =
    "id, name, trigger_label, prompt, time_secs, weekdays, enabled, archived, position, created_on, created_at, latest_secs, link_name, prompts, prompts_since, starter, anchor, lead_minutes";
const ENTRY_COLUMNS: &str = "habit_id, day, logged_at, source, note, minutes, need";
/// The entry's columns and the names it involved, joined by the unit separator
/// (which a name cannot contain), in the order they were named.
const ENTRY_SELECT: &str = "habit_id, day, logged_at, source, note, minutes, need,
    (SELECT group_concat(name, char(31)) FROM
       (SELECT p.name FROM entry_people ep JOIN people p ON p.id = ep.person_id
        WHERE ep.habit_id = entries.habit_id AND ep.day = entries.day ORDER BY ep.position))";

fn parsed<T: std::str::FromStr>(row: &Row<'_>, index: usize) -> rusqlite::Result<T>
where
    T::Err: std::fmt::Display,
{
    let text: String = row.get(index)?;
    text.parse()
        .map_err(|e: T::Err| conversion(index, e.to_string()))
}

fn habit_from_row(row: &Row<'_>) -> rusqlite::Result<Habit> {
    let secs: u32 = row.get(4)?;
    let bits: u8 = row.get(5)?;
    Ok(Habit {
        id: habit_id(row, 0)?,
        name: row.get(1)?,
        trigger: row.get(2)?,
        prompt: row.get(3)?,
        time: TimeOfDay::from_seconds_from_midnight(secs)
            .ok_or(FromSqlError::OutOfRange(i64::from(secs)))
            .map_err(|e| rusqlite::Error::FromSqlConversionFailure(4, Type::Integer, e.into()))?,
        days: Weekdays::from_bits(bits).ok_or_else(|| {
            rusqlite::Error::FromSqlConversionFailure(5, Type::Integer, "weekdays".into())
        })?,
        enabled: row.get(6)?,
        archived: row.get(7)?,
        position: row.get(8)?,
        created_on: row.get(9)?,
        created_at: row
            .get::<_, Option<i64>>(10)?
            .map(|secs| {
                DateTime::from_timestamp(secs, 0)
                    .ok_or_else(|| conversion(10, format!("bad instant {secs}")))
            })
            .transpose()?,
        latest: row
            .get::<_, Option<u32>>(11)?
            .map(|secs| {
                TimeOfDay::from_seconds_from_midnight(secs)
                    .ok_or_else(|| conversion(11, format!("bad time {secs}")))
            })
            .transpose()?,
        link: row.get(12)?,
        prompts: parsed(row, 13)?,
        prompts_since: row.get(14)?,
        starter: row.get(15)?,
        anchor: parsed(row, 16)?,
        lead: crate::model::Lead::minutes(row.get(17)?)
            .map_err(|e| conversion(17, e.to_string()))?,
    })
}

fn entry_from_row(row: &Row<'_>) -> rusqlite::Result<Entry> {
    let need: Option<String> = row.get(6)?;
    let with: Option<String> = row.get(7)?;
    Ok(Entry {
        habit: habit_id(row, 0)?,
        date: row.get(1)?,
        logged_at: instant(row, 2)?,
        source: parsed(row, 3)?,
        note: row.get(4)?,
        minutes: row.get(5)?,
        need: need
            .map(|n| {
                n.parse()
                    .map_err(|e: crate::CoreError| conversion(6, e.to_string()))
            })
            .transpose()?,
        with: with
            .map(|w| w.split('\u{1f}').map(str::to_string).collect())
            .unwrap_or_default(),
    })
}

pub fn habits(conn: &Connection) -> Result<Vec<Habit>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {HABIT_COLUMNS} FROM habits ORDER BY position, id"
    ))?;
    let rows = stmt.query_map([], habit_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn habit(conn: &Connection, id: &HabitId) -> Result<Option<Habit>> {
    let mut stmt =
        conn.prepare_cached(&format!("SELECT {HABIT_COLUMNS} FROM habits WHERE id = ?1"))?;
    Ok(stmt.query_row([id.as_str()], habit_from_row).optional()?)
}

/// Inserts or replaces a habit by id.
pub fn put_habit(conn: &Connection, h: &Habit) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO habits ({HABIT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18)
         ON CONFLICT (id) DO UPDATE SET name = excluded.name, trigger_label = excluded.trigger_label,
           prompt = excluded.prompt, time_secs = excluded.time_secs, weekdays = excluded.weekdays,
           enabled = excluded.enabled, archived = excluded.archived, position = excluded.position,
           created_on = excluded.created_on,
           created_at = coalesce(excluded.created_at, habits.created_at),
           latest_secs = excluded.latest_secs, link_name = excluded.link_name,
           prompts = excluded.prompts, prompts_since = excluded.prompts_since,
           starter = excluded.starter, anchor = excluded.anchor,
           lead_minutes = excluded.lead_minutes"
    ))?
    .execute(params![
        h.id.as_str(),
        h.name,
        h.trigger,
        h.prompt,
        h.time.seconds_from_midnight(),
        h.days.bits(),
        h.enabled,
        h.archived,
        h.position,
        h.created_on,
        h.created_at.map(|t| t.timestamp()),
        h.latest.map(TimeOfDay::seconds_from_midnight),
        h.link,
        h.prompts.as_str(),
        h.prompts_since,
        h.starter,
        h.anchor.as_str(),
        h.lead.as_minutes(),
    ])?;
    Ok(())
}

pub fn entry(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<Option<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY_SELECT} FROM entries WHERE habit_id = ?1 AND day = ?2"
    ))?;
    Ok(stmt
        .query_row(params![habit.as_str(), date], entry_from_row)
        .optional()?)
}

/// Inserts or updates the entry for (habit, date); a skip on that day is replaced.
pub fn put_entry(conn: &Connection, e: &Entry) -> Result<()> {
    conn.prepare_cached(&format!(
        "INSERT INTO entries ({ENTRY_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
         ON CONFLICT (habit_id, day) DO UPDATE SET logged_at = excluded.logged_at,
           source = excluded.source, note = excluded.note, minutes = excluded.minutes, need = excluded.need"
    ))?
    .execute(params![
        e.habit.as_str(),
        e.date,
        e.logged_at.timestamp(),
        e.source.as_str(),
        e.note,
        e.minutes,
        e.need.map(|n| n.as_str()),
    ])?;
    super::people::put_entry_people(conn, &e.habit, e.date, &e.with)?;
    delete_skip(conn, &e.habit, e.date)?;
    Ok(())
}

pub fn delete_entry(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<bool> {
    super::people::put_entry_people(conn, habit, date, &[])?;
    let n = conn
        .prepare_cached("DELETE FROM entries WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), date])?;
    Ok(n > 0)
}

/// Entries with `from <= day <= to`, by day then habit.
pub fn entries(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY_SELECT} FROM entries WHERE day BETWEEN ?1 AND ?2 ORDER BY day, habit_id"
    ))?;
    let rows = stmt.query_map(params![from, to], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

pub fn put_skip(conn: &Connection, s: &Skip) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO skips (habit_id, day, skipped_at) VALUES (?1, ?2, ?3)
         ON CONFLICT (habit_id, day) DO UPDATE SET skipped_at = excluded.skipped_at",
    )?
    .execute(params![s.habit.as_str(), s.date, s.skipped_at.timestamp()])?;
    Ok(())
}

pub fn skip(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<Option<Skip>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, skipped_at FROM skips WHERE habit_id = ?1 AND day = ?2",
    )?;
    Ok(stmt
        .query_row(params![habit.as_str(), date], skip_from_row)
        .optional()?)
}

pub fn delete_skip(conn: &Connection, habit: &HabitId, date: NaiveDate) -> Result<bool> {
    let n = conn
        .prepare_cached("DELETE FROM skips WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), date])?;
    Ok(n > 0)
}

fn skip_from_row(row: &Row<'_>) -> rusqlite::Result<Skip> {
    Ok(Skip {
        habit: habit_id(row, 0)?,
        date: row.get(1)?,
        skipped_at: instant(row, 2)?,
    })
}

/// Skips with `from <= day <= to`, by day then habit.
pub fn skips(conn: &Connection, from: NaiveDate, to: NaiveDate) -> Result<Vec<Skip>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, skipped_at FROM skips WHERE day BETWEEN ?1 AND ?2 ORDER BY day, habit_id",
    )?;
    let rows = stmt.query_map(params![from, to], skip_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Entries that carry a note, newest day first.
pub fn noted_entries(conn: &Connection) -> Result<Vec<Entry>> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ENTRY_SELECT} FROM entries WHERE note IS NOT NULL ORDER BY day DESC, habit_id"
    ))?;
    let rows = stmt.query_map([], entry_from_row)?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The days `habit` was done, ascending, with minutes spent: the light query stats use.
/// Rows are read by hand, without chrono's general date parser or per-row closures:
/// this is the hot path when years of history are summarised.
pub fn done_days(conn: &Connection, habit: &HabitId) -> Result<Vec<(NaiveDate, Option<u16>)>> {
    let mut stmt =
        conn.prepare_cached("SELECT day, minutes FROM entries WHERE habit_id = ?1 ORDER BY day")?;
    let mut rows = stmt.query([habit.as_str()])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        let minutes: Option<u16> = row.get(1)?;
        out.push((fast_day(row, 0)?, minutes));
    }
    Ok(out)
}

/// The days `habit` was skipped, ascending.
pub fn skip_days(conn: &Connection, habit: &HabitId) -> Result<Vec<NaiveDate>> {
    let mut stmt = conn.prepare_cached("SELECT day FROM skips WHERE habit_id = ?1 ORDER BY day")?;
    let mut rows = stmt.query([habit.as_str()])?;
    let mut out = Vec::new();
    while let Some(row) = rows.next()? {
        out.push(fast_day(row, 0)?);
    }
    Ok(out)
}

/// Reads a stored `YYYY-MM-DD` day.
fn fast_day(row: &Row<'_>, index: usize) -> rusqlite::Result<NaiveDate> {
    let bytes = row
        .get_ref(index)?
        .as_bytes()
        .map_err(|e| rusqlite::Error::FromSqlConversionFailure(index, Type::Text, Box::new(e)))?;
    let number = |from: usize, to: usize| -> Option<u32> {
        bytes.get(from..to)?.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let well_formed = bytes.len() == 10 && bytes[4] == b'-' && bytes[7] == b'-';
    well_formed
        .then(|| {
            NaiveDate::from_ymd_opt(
                i32::try_from(number(0, 4)?).ok()?,
                number(5, 7)?,
                number(8, 10)?,
            )
        })
        .flatten()
        .ok_or_else(|| {
            conversion(
                index,
                format!("bad day {:?}", String::from_utf8_lossy(bytes)),
            )
        })
}

/// The widest day range, for "everything".
pub const FIRST_DAY: NaiveDate = NaiveDate::from_ymd_opt(1, 1, 1).expect("valid date");
pub const LAST_DAY: NaiveDate = NaiveDate::from_ymd_opt(9999, 12, 31).expect("valid date");

/// The habit's first recorded day (entry or skip), if any.
pub fn first_recorded_day(conn: &Connection, habit: &HabitId) -> Result<Option<NaiveDate>> {
    let mut stmt = conn.prepare_cached(
        "SELECT min(day) FROM (SELECT day FROM entries WHERE habit_id = ?1
                               UNION ALL SELECT day FROM skips WHERE habit_id = ?1)",
    )?;
    Ok(stmt.query_row([habit.as_str()], |row| row.get(0))?)
}
