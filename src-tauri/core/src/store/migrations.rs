//! The append-only list of schema migrations, applied in one IMMEDIATE transaction.
use crate::error::Result;
use rusqlite::{Connection, TransactionBehavior};

/// Marks the file as Aloud's ("Alou"), so a stray SQLite file is not mistaken for ours.
pub const APPLICATION_ID: i64 = 0x416C_6F75;

const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_initial.sql"),
    include_str!("migrations/002_needs_and_reminders.sql"),
    include_str!("migrations/003_benefit_checks.sql"),
    include_str!("migrations/004_assessments.sql"),
    include_str!("migrations/005_habit_created_at.sql"),
    include_str!("migrations/006_presence.sql"),
    include_str!("migrations/007_checkins.sql"),
    include_str!("migrations/008_people.sql"),
    include_str!("migrations/009_automaticity.sql"),
    include_str!("migrations/010_wrap_up_shown.sql"),
    include_str!("migrations/011_day_marks.sql"),
    include_str!("migrations/012_habit_anchors.sql"),
    include_str!("migrations/013_busy.sql"),
];

/// The schema version this build writes.
pub const LATEST: i64 = MIGRATIONS.len() as i64;

pub fn user_version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.query_row("PRAGMA user_version", [], |row| row.get(0))
}

/// Brings the schema to `LATEST`. Re-reads the version inside the write lock, so two
/// processes opening a fresh file at once cannot both migrate.
pub fn migrate(conn: &mut Connection) -> Result<()> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    let current = user_version(&tx)?;
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current.max(0) as usize) {
        tx.execute_batch(sql)?;
        tx.pragma_update(None, "user_version", index as i64 + 1)?;
    }
    if current == 0 {
        tx.pragma_update(None, "application_id", APPLICATION_ID)?;
    }
    tx.commit()?;
    Ok(())
}
