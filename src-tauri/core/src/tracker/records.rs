//! Logging, undoing and skipping a habit on a day.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{person_names, Entry, Minutes, Need, Note, Skip, Source};
use crate::store;
use chrono::NaiveDate;
use serde::Serialize;

/// A request to mark a habit done; text fields arrive raw and are validated here.
#[derive(Debug, Clone, Default)]
pub struct LogRequest<'a> {
    pub habit: &'a str,
    pub date: Option<NaiveDate>,
    pub note: Option<&'a str>,
    pub minutes: Option<i64>,
    pub need: Option<&'a str>,
    pub source: Option<Source>,
    /// The people and teams the check-in involved; when given, replaces those named.
    pub with: Option<Vec<&'a str>>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LogOutcome {
    pub entry: Entry,
    /// False when the day was already logged and this call only updated it.
    pub created: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct UndoOutcome {
    pub habit: String,
    pub date: NaiveDate,
    /// "entry", "skip", or null when there was nothing to undo.
    pub removed: Option<&'static str>,
}

impl Tracker {
    /// Marks a habit done for a day (today by default). Logging a day twice keeps one
    /// entry: the second call updates the note, minutes, need and names it supplies.
    pub fn log(&mut self, req: &LogRequest<'_>) -> Result<LogOutcome> {
        let habit = self.habit(req.habit)?;
        let date = self.past_or_today(req.date)?;
        let note = req.note.map(Note::parse).transpose()?;
        let minutes = req.minutes.map(Minutes::new).transpose()?;
        let need = req.need.map(str::parse::<Need>).transpose()?;
        let with = req.with.as_deref().map(person_names).transpose()?;
        if habit.archived {
            return Err(CoreError::said(
                "error-archived-log",
                vec![("habit", habit.id.as_str().into())],
            ));
        }
        let now = self.now();
        self.store.write(|conn| {
            let existing = store::entry(conn, &habit.id, date)?;
            let created = existing.is_none();
            let mut entry = existing.unwrap_or(Entry {
                habit: habit.id.clone(),
                date,
                logged_at: now,
                source: req.source.unwrap_or(Source::Cli),
                note: None,
                minutes: None,
                need: None,
                with: Vec::new(),
            });
            if let Some(note) = note {
                entry.note = note.into_option();
            }
            if let Some(minutes) = minutes {
                entry.minutes = Some(minutes.get());
            }
            if let Some(need) = need {
                entry.need = Some(need);
            }
            if let Some(with) = with {
                entry.with = with;
            }
            store::put_entry(conn, &entry)?;
            store::delete_snooze(conn, &habit.id, date)?;
            Ok(LogOutcome { entry, created })
        })
    }

    /// Removes the day's entry, or its skip if it was skipped. Undoing nothing is not an error.
    pub fn undo(&mut self, habit: &str, date: Option<NaiveDate>) -> Result<UndoOutcome> {
        let habit = self.habit(habit)?;
        let date = date.unwrap_or_else(|| self.today());
        let removed = self.store.write(|conn| {
            if store::delete_entry(conn, &habit.id, date)? {
                Ok(Some("entry"))
            } else if store::delete_skip(conn, &habit.id, date)? {
                Ok(Some("skip"))
            } else {
                Ok(None)
            }
        })?;
        Ok(UndoOutcome {
            habit: habit.id.to_string(),
            date,
            removed,
        })
    }

    /// Excuses a scheduled day: it neither breaks nor extends a streak, and is not reminded.
    pub fn skip(&mut self, habit: &str, date: Option<NaiveDate>) -> Result<Skip> {
        let habit = self.habit(habit)?;
        let date = date.unwrap_or_else(|| self.today());
        let skip = Skip {
            habit: habit.id.clone(),
            date,
            skipped_at: self.now(),
        };
        self.store.write(|conn| {
            if store::entry(conn, &habit.id, date)?.is_some() {
                return Err(CoreError::said(
                    "error-already-done",
                    vec![
                        ("habit", habit.id.as_str().into()),
                        ("date", date.to_string().into()),
                    ],
                ));
            }
            store::put_skip(conn, &skip)?;
            store::delete_snooze(conn, &habit.id, date)?;
            Ok(skip.clone())
        })
    }

    fn past_or_today(&self, date: Option<NaiveDate>) -> Result<NaiveDate> {
        let today = self.today();
        match date {
            Some(d) if d > today => Err(CoreError::said(
                "error-future-day",
                vec![("date", d.to_string().into())],
            )),
            Some(d) => Ok(d),
            None => Ok(today),
        }
    }
}
