//! The person's network links, a habit's ideas for what to post, and the running
//! check-in.
use super::rows::{habit_id, instant};
use crate::checkin::CheckIn;
use crate::error::Result;
use crate::model::{HabitId, Link, LinkName, LinkUrl};
use chrono::Duration;
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension};

/// Every link, in the order they were added.
pub fn links(conn: &Connection) -> Result<Vec<Link>> {
    let mut stmt =
        conn.prepare_cached("SELECT name, url, is_default FROM links ORDER BY position, name")?;
    let rows = stmt.query_map([], |row| {
        let text = |i: usize| -> rusqlite::Result<String> { row.get(i) };
        let bad = |i: usize, e: crate::CoreError| {
            rusqlite::Error::FromSqlConversionFailure(i, Type::Text, e.to_string().into())
        };
        Ok(Link {
            name: LinkName::parse(&text(0)?).map_err(|e| bad(0, e))?,
            url: LinkUrl::parse(&text(1)?).map_err(|e| bad(1, e))?,
            default: row.get(2)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Adds a link, or changes the address of the one with its name; `default` makes it
/// the only default.
pub fn put_link(conn: &Connection, link: &Link) -> Result<()> {
    if link.default {
        conn.prepare_cached("UPDATE links SET is_default = 0 WHERE is_default = 1")?
            .execute([])?;
    }
    conn.prepare_cached(
        "INSERT INTO links (name, url, is_default, position)
         VALUES (?1, ?2, ?3, (SELECT coalesce(max(position), -1) + 1 FROM links))
         ON CONFLICT (name) DO UPDATE SET url = excluded.url,
           is_default = max(links.is_default, excluded.is_default)",
    )?
    .execute(params![link.name.as_str(), link.url.as_str(), link.default])?;
    Ok(())
}

/// Removes a link; the habits that opened it open the default one from now on.
pub fn remove_link(conn: &Connection, name: &LinkName) -> Result<()> {
    conn.prepare_cached("UPDATE habits SET link_name = NULL WHERE link_name = ?1 COLLATE NOCASE")?
        .execute([name.as_str()])?;
    conn.prepare_cached("DELETE FROM links WHERE name = ?1")?
        .execute([name.as_str()])?;
    Ok(())
}

/// The person's own ideas for a habit, when they have edited them.
pub fn ideas(conn: &Connection, habit: &HabitId) -> Result<Option<Vec<String>>> {
    let lines: Option<String> = conn
        .prepare_cached("SELECT lines FROM habit_ideas WHERE habit_id = ?1")?
        .query_row([habit.as_str()], |row| row.get(0))
        .optional()?;
    Ok(lines.map(|l| l.lines().map(str::to_string).collect()))
}

/// Every habit's edited ideas, by habit.
pub fn all_ideas(conn: &Connection) -> Result<Vec<(HabitId, Vec<String>)>> {
    let mut stmt =
        conn.prepare_cached("SELECT habit_id, lines FROM habit_ideas ORDER BY habit_id")?;
    let rows = stmt.query_map([], |row| {
        let lines: String = row.get(1)?;
        Ok((
            habit_id(row, 0)?,
            lines.lines().map(str::to_string).collect(),
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Stores a habit's ideas (already checked: single lines); `None` goes back to the
/// defaults.
pub fn put_ideas(conn: &Connection, habit: &HabitId, ideas: Option<&[String]>) -> Result<()> {
    match ideas {
        Some(lines) => conn
            .prepare_cached(
                "INSERT INTO habit_ideas (habit_id, lines) VALUES (?1, ?2)
                 ON CONFLICT (habit_id) DO UPDATE SET lines = excluded.lines",
            )?
            .execute(params![habit.as_str(), lines.join("\n")])?,
        None => conn
            .prepare_cached("DELETE FROM habit_ideas WHERE habit_id = ?1")?
            .execute([habit.as_str()])?,
    };
    Ok(())
}

pub fn running_checkin(conn: &Connection) -> Result<Option<CheckIn>> {
    let mut stmt = conn.prepare_cached(
        "SELECT habit_id, day, started_at, length_secs FROM running_checkin WHERE only = 1",
    )?;
    Ok(stmt
        .query_row([], |row| {
            Ok(CheckIn {
                habit: habit_id(row, 0)?,
                date: row.get(1)?,
                started_at: instant(row, 2)?,
                length: Duration::seconds(row.get(3)?),
            })
        })
        .optional()?)
}

pub fn put_running_checkin(conn: &Connection, checkin: &CheckIn) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO running_checkin (only, habit_id, day, started_at, length_secs)
         VALUES (1, ?1, ?2, ?3, ?4)
         ON CONFLICT (only) DO UPDATE SET habit_id = excluded.habit_id, day = excluded.day,
           started_at = excluded.started_at, length_secs = excluded.length_secs",
    )?
    .execute(params![
        checkin.habit.as_str(),
        checkin.date,
        checkin.started_at.timestamp(),
        checkin.length.num_seconds()
    ])?;
    Ok(())
}

/// Notes that the running check-in's wrap-up was shown at its current length.
pub fn mark_wrap_up_shown(conn: &Connection) -> Result<()> {
    conn.prepare_cached("UPDATE running_checkin SET wrap_up_shown_for = length_secs")?
        .execute([])?;
    Ok(())
}

/// Whether the running check-in's wrap-up was shown at its current length.
pub fn wrap_up_shown(conn: &Connection) -> Result<bool> {
    let mut stmt = conn.prepare_cached(
        "SELECT wrap_up_shown_for IS length_secs FROM running_checkin WHERE only = 1",
    )?;
    Ok(stmt
        .query_row([], |row| row.get::<_, bool>(0))
        .optional()?
        .unwrap_or(false))
}

pub fn clear_running_checkin(conn: &Connection) -> Result<()> {
    conn.prepare_cached("DELETE FROM running_checkin")?
        .execute([])?;
    Ok(())
}
