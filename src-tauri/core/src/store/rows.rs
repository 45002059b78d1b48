//! Reading typed values out of rows: the conversions every table's queries share.
use crate::model::HabitId;
use chrono::{DateTime, Utc};
use rusqlite::types::Type;
use rusqlite::Row;

pub(crate) fn conversion(index: usize, message: String) -> rusqlite::Error {
    rusqlite::Error::FromSqlConversionFailure(index, Type::Text, message.into())
}

pub(crate) fn instant(row: &Row<'_>, index: usize) -> rusqlite::Result<DateTime<Utc>> {
    let secs: i64 = row.get(index)?;
    DateTime::from_timestamp(secs, 0)
        .ok_or_else(|| conversion(index, format!("bad instant {secs}")))
}

pub(crate) fn habit_id(row: &Row<'_>, index: usize) -> rusqlite::Result<HabitId> {
    let text: String = row.get(index)?;
    HabitId::parse(&text).map_err(|e| conversion(index, e.to_string()))
}
