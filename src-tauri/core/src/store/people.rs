//! The people and teams named on check-ins, and their links to entries.
use super::rows::habit_id;
use crate::error::Result;
use crate::model::{HabitId, Person, PersonKind};
use chrono::NaiveDate;
use rusqlite::types::Type;
use rusqlite::{params, Connection, OptionalExtension};

pub type PersonId = i64;

fn kind(row: &rusqlite::Row<'_>, index: usize) -> rusqlite::Result<PersonKind> {
    let text: String = row.get(index)?;
    PersonKind::parse(&text).map_err(|e| {
        rusqlite::Error::FromSqlConversionFailure(index, Type::Text, e.to_string().into())
    })
}

/// Every stored name, alphabetically (ignoring case).
pub fn people(conn: &Connection) -> Result<Vec<(PersonId, Person)>> {
    let mut stmt = conn.prepare_cached("SELECT id, name, kind FROM people ORDER BY name, id")?;
    let rows = stmt.query_map([], |row| {
        Ok((
            row.get(0)?,
            Person {
                name: row.get(1)?,
                kind: kind(row, 2)?,
            },
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Every link from a name to an entry, by day: what the Network view is drawn from.
pub fn people_links(conn: &Connection) -> Result<Vec<(PersonId, HabitId, NaiveDate)>> {
    let mut stmt =
        conn.prepare_cached("SELECT person_id, habit_id, day FROM entry_people ORDER BY day")?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, habit_id(row, 1)?, row.get(2)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The person `name` (in any case) is, by their name or a former one.
pub fn lookup_person(conn: &Connection, name: &str) -> Result<Option<PersonId>> {
    Ok(conn
        .prepare_cached(
            "SELECT id FROM people WHERE name = ?1
             UNION ALL SELECT person_id FROM person_aliases WHERE name = ?1 LIMIT 1",
        )?
        .query_row([name], |row| row.get(0))
        .optional()?)
}

/// The former names of a person.
pub fn aliases(conn: &Connection, id: PersonId) -> Result<Vec<String>> {
    let mut stmt =
        conn.prepare_cached("SELECT name FROM person_aliases WHERE person_id = ?1 ORDER BY name")?;
    let rows = stmt.query_map([id], |row| row.get(0))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Remembers `name` as a former name of `id` (unless it is their name now).
pub fn add_alias(conn: &Connection, name: &str, id: PersonId) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO person_aliases (name, person_id)
         SELECT ?1, ?2 WHERE NOT EXISTS (SELECT 1 FROM people WHERE id = ?2 AND name = ?1)
         ON CONFLICT (name) DO UPDATE SET person_id = excluded.person_id",
    )?
    .execute(params![name, id])?;
    Ok(())
}

pub fn delete_alias(conn: &Connection, name: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM person_aliases WHERE name = ?1")?
        .execute([name])?;
    Ok(())
}

/// The id of `name` (in any case, or a former name), adding it with `kind` when new.
fn person_id(conn: &Connection, name: &str, kind: PersonKind) -> Result<PersonId> {
    match lookup_person(conn, name)? {
        Some(id) => Ok(id),
        None => {
            conn.prepare_cached("INSERT INTO people (name, kind) VALUES (?1, ?2)")?
                .execute(params![name, kind.as_str()])?;
            Ok(conn.last_insert_rowid())
        }
    }
}

/// Adds a name, or sets the kind of the one already stored.
pub fn put_person(conn: &Connection, person: &Person) -> Result<()> {
    let id = person_id(conn, &person.name, person.kind)?;
    set_person_kind(conn, id, person.kind)
}

/// Makes `names` (already checked) exactly the people an entry involved.
pub fn put_entry_people(
    conn: &Connection,
    habit: &HabitId,
    day: NaiveDate,
    names: &[String],
) -> Result<()> {
    conn.prepare_cached("DELETE FROM entry_people WHERE habit_id = ?1 AND day = ?2")?
        .execute(params![habit.as_str(), day])?;
    for (position, name) in names.iter().enumerate() {
        let id = person_id(conn, name, PersonKind::guess(name))?;
        conn.prepare_cached(
            "INSERT OR IGNORE INTO entry_people (habit_id, day, person_id, position)
             VALUES (?1, ?2, ?3, ?4)",
        )?
        .execute(params![habit.as_str(), day, id, position as i64])?;
    }
    Ok(())
}

/// Gives a person a new name; the old one is kept as a former name.
pub fn rename_person(conn: &Connection, id: PersonId, name: &str) -> Result<()> {
    let old: String = conn
        .prepare_cached("SELECT name FROM people WHERE id = ?1")?
        .query_row([id], |row| row.get(0))?;
    delete_alias(conn, name)?;
    conn.prepare_cached("UPDATE people SET name = ?2 WHERE id = ?1")?
        .execute(params![id, name])?;
    add_alias(conn, &old, id)
}

pub fn set_person_kind(conn: &Connection, id: PersonId, kind: PersonKind) -> Result<()> {
    conn.prepare_cached("UPDATE people SET kind = ?2 WHERE id = ?1")?
        .execute(params![id, kind.as_str()])?;
    Ok(())
}

/// Moves every link of `from` to `into` (an entry naming both keeps one) and removes
/// `from`, whose names become former names of `into`.
pub fn merge_people(conn: &Connection, from: PersonId, into: PersonId) -> Result<()> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO entry_people (habit_id, day, person_id, position)
         SELECT habit_id, day, ?2, position FROM entry_people WHERE person_id = ?1",
    )?
    .execute(params![from, into])?;
    conn.prepare_cached("UPDATE person_aliases SET person_id = ?2 WHERE person_id = ?1")?
        .execute(params![from, into])?;
    let name: String = conn
        .prepare_cached("SELECT name FROM people WHERE id = ?1")?
        .query_row([from], |row| row.get(0))?;
    delete_person(conn, from)?;
    add_alias(conn, &name, into)
}

/// Removes a name, its former names and its links; the entries themselves stay.
pub fn delete_person(conn: &Connection, id: PersonId) -> Result<()> {
    conn.prepare_cached("DELETE FROM entry_people WHERE person_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM person_aliases WHERE person_id = ?1")?
        .execute([id])?;
    conn.prepare_cached("DELETE FROM people WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// Rewrites every note that mentions `name` (in any case) with `instead`; returns how
/// many notes changed. Works on any schema version, for backups too.
pub fn scrub_notes(conn: &Connection, name: &str, instead: &str) -> Result<usize> {
    let mut stmt =
        conn.prepare("SELECT habit_id, day, note FROM entries WHERE note IS NOT NULL")?;
    let noted: Vec<(String, String, String)> = stmt
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    let mut changed = 0;
    for (habit, day, note) in noted {
        if let Some(scrubbed) = replace_ignoring_case(&note, name, instead) {
            conn.execute(
                "UPDATE entries SET note = ?3 WHERE habit_id = ?1 AND day = ?2",
                params![habit, day, scrubbed],
            )?;
            changed += 1;
        }
    }
    Ok(changed)
}

/// `text` with every occurrence of `needle` as a whole word (in any case) replaced,
/// or `None` when there is none.
fn replace_ignoring_case(text: &str, needle: &str, instead: &str) -> Option<String> {
    let lower_needle: Vec<char> = needle.chars().flat_map(char::to_lowercase).collect();
    let lower_text: String = text.chars().flat_map(char::to_lowercase).collect();
    if lower_needle.is_empty() || !lower_text.contains(&needle.to_lowercase()) {
        return None;
    }
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while i < chars.len() {
        // Grows a lowercased window from `i` while it is still a prefix of the needle.
        let mut window: Vec<char> = Vec::new();
        let mut end = i;
        while end < chars.len() && window.len() < lower_needle.len() {
            window.extend(chars[end].to_lowercase());
            end += 1;
            if !lower_needle.starts_with(&window) {
                break;
            }
        }
        // Whole words only: forgetting "Bo" leaves "Board" alone.
        let bounded = |at: Option<&char>| at.is_none_or(|c| !c.is_alphanumeric());
        let starts_word = i == 0 || bounded(chars.get(i - 1));
        if window == lower_needle && starts_word && bounded(chars.get(end)) {
            out.push_str(instead);
            i = end;
        } else {
            out.push(chars[i]);
            i += 1;
        }
    }
    (out != text).then_some(out)
}

/// Whether the database has the people tables (backups from before version 8 do not).
pub fn has_people(conn: &Connection) -> Result<bool> {
    let n: i64 = conn.query_row(
        "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'people'",
        [],
        |row| row.get(0),
    )?;
    Ok(n > 0)
}

/// Rebuilds the file so that deleted text is gone from it, not just unlinked:
/// freed pages are zeroed, the file rewritten, and the write-ahead log emptied.
/// False when another process kept reading past the busy timeout, so the log could
/// not be emptied yet (SQLite empties it at a later checkpoint).
pub fn purge_deleted(conn: &Connection) -> Result<bool> {
    conn.pragma_update(None, "secure_delete", "ON")?;
    conn.execute_batch("VACUUM")?;
    let busy: i64 = conn.query_row("PRAGMA wal_checkpoint(TRUNCATE)", [], |row| row.get(0))?;
    Ok(busy == 0)
}

#[cfg(test)]
mod tests {
    use super::replace_ignoring_case;

    #[test]
    fn names_in_notes_are_replaced_in_any_case() {
        assert_eq!(
            replace_ignoring_case("Thanked ANA and ana's team", "Ana", "someone").as_deref(),
            Some("Thanked someone and someone's team")
        );
        assert_eq!(replace_ignoring_case("Nothing here", "Ana", "x"), None);
        assert_eq!(
            replace_ignoring_case("Bo and the Board", "bo", "someone").as_deref(),
            Some("someone and the Board")
        );
        assert_eq!(
            replace_ignoring_case("Élodie said", "élodie", "someone").as_deref(),
            Some("someone said")
        );
    }
}
