//! Reading an export back: the whole document is checked before anything is written.
use super::document::{Document, FORMAT, OLDEST_VERSION, VERSION};
use crate::error::{CoreError, Result};
use crate::i18n::key;
use crate::model::{one_line, person_name, person_names, Habit, HabitId, Minutes, Note};
use crate::settings;
use serde::Serialize;
use std::collections::HashSet;

/// What an import added or updated.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct ImportSummary {
    pub habits: usize,
    pub entries: usize,
    pub skips: usize,
    pub pauses: usize,
    pub settings: usize,
    pub benefit_checks: usize,
    pub assessments: usize,
    pub links: usize,
    pub ideas: usize,
    /// Distinct names, in `people` or on the entries.
    pub people: usize,
    pub automaticity_checks: usize,
    pub day_marks: usize,
}

/// Largest import accepted, far above ten years of history with long notes.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

impl Document {
    /// Parses `text` and checks every record against the document itself and the
    /// habits already stored; the first problem found is reported with its place.
    pub fn parse_and_validate(text: &str, stored: &[Habit]) -> Result<Document> {
        if text.len() > MAX_BYTES {
            return Err(CoreError::said(
                "error-import-too-large",
                vec![("size", (MAX_BYTES / 1024 / 1024).into())],
            ));
        }
        let head: serde_json::Value = serde_json::from_str(text).map_err(|e| {
            CoreError::said("error-import-json", vec![("why", e.to_string().into())])
        })?;
        if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(CoreError::said(
                "error-import-format",
                vec![("format", FORMAT.into())],
            ));
        }
        match head.get("version").and_then(|v| v.as_u64()) {
            Some(v) if (u64::from(OLDEST_VERSION)..=u64::from(VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(VERSION) => {
                return Err(CoreError::said(
                    "error-import-newer",
                    vec![("found", v.into()), ("known", VERSION.into())],
                ))
            }
            _ => {
                return Err(CoreError::said(
                    "error-import-version",
                    vec![("known", VERSION.into())],
                ))
            }
        }
        let mut doc: Document = serde_json::from_value(head).map_err(|e| {
            CoreError::said("error-import-shape", vec![("why", e.to_string().into())])
        })?;
        doc.validate(stored)?;
        Ok(doc)
    }

    fn validate(&mut self, stored: &[Habit]) -> Result<()> {
        let mut known: HashSet<HabitId> = stored.iter().map(|h| h.id.clone()).collect();
        let mut seen = HashSet::new();
        for (i, habit) in self.habits.iter_mut().enumerate() {
            let place = format!("habits[{i}] ({})", habit.id);
            *habit = habit.clone().validated().map_err(|e| at(&place, e))?;
            if !seen.insert(habit.id.clone()) {
                let twice =
                    CoreError::said("error-twice", vec![("name", habit.id.as_str().into())]);
                return Err(at(&format!("habits[{i}]"), twice));
            }
            known.insert(habit.id.clone());
        }
        let mut days = HashSet::new();
        for (i, entry) in self.entries.iter_mut().enumerate() {
            let place = format!("entries[{i}] ({} {})", entry.habit, entry.date);
            let at = |e: CoreError| at(&place, e);
            if !known.contains(&entry.habit) {
                return Err(at(CoreError::said("error-unknown-habit", vec![])));
            }
            if let Some(note) = &entry.note {
                entry.note = Note::parse(note).map_err(at)?.into_option();
            }
            if let Some(m) = entry.minutes {
                Minutes::new(i64::from(m)).map_err(at)?;
            }
            entry.with = person_names(&entry.with).map_err(at)?;
            if !days.insert((entry.habit.clone(), entry.date)) {
                return Err(at(CoreError::said("error-logged-twice", vec![])));
            }
        }
        let mut skipped = HashSet::new();
        for (i, skip) in self.skips.iter().enumerate() {
            let place = format!("skips[{i}] ({} {})", skip.habit, skip.date);
            let at = |k: &'static str| at(&place, CoreError::said(k, vec![]));
            if !known.contains(&skip.habit) {
                return Err(at(key("error-unknown-habit")));
            }
            if days.contains(&(skip.habit.clone(), skip.date)) {
                return Err(at(key("error-done-and-skipped")));
            }
            if !skipped.insert((skip.habit.clone(), skip.date)) {
                return Err(at(key("error-skipped-twice")));
            }
        }
        for (i, pause) in self.pauses.iter().enumerate() {
            if pause.until <= pause.from {
                let backwards = CoreError::said("error-pause-backwards", vec![]);
                return Err(at(&format!("pauses[{i}]"), backwards));
            }
        }
        let mut weeks = HashSet::new();
        for (i, check) in self.benefit_checks.iter().enumerate() {
            let place = format!("benefit_checks[{i}] ({})", check.week);
            let at = |e: CoreError| at(&place, e);
            check.validated().map_err(at)?;
            if !weeks.insert(check.week) {
                return Err(at(CoreError::said("error-checked-twice", vec![])));
            }
        }
        let mut names = HashSet::new();
        for (i, link) in self.links.iter().enumerate() {
            if !names.insert(link.name.as_str().to_lowercase()) {
                let twice =
                    CoreError::said("error-twice", vec![("name", link.name.as_str().into())]);
                return Err(at(&format!("links[{i}]"), twice));
            }
        }
        if self.links.iter().filter(|l| l.default).count() > 1 {
            return Err(at("links", CoreError::said("error-two-defaults", vec![])));
        }
        for (habit, ideas) in self.ideas.iter_mut() {
            let place = format!("ideas.{habit}");
            let at = |e: CoreError| at(&place, e);
            if !known.contains(habit) {
                return Err(at(CoreError::said("error-unknown-habit", vec![])));
            }
            if ideas.len() > crate::tracker::IDEAS_MAX {
                return Err(at(CoreError::said(
                    "error-too-many-ideas",
                    vec![
                        ("count", ideas.len().into()),
                        ("max", crate::tracker::IDEAS_MAX.into()),
                    ],
                )));
            }
            for idea in ideas.iter_mut() {
                *idea = one_line("an idea", idea, crate::tracker::IDEA_MAX, false).map_err(at)?;
            }
        }
        let mut checked = HashSet::new();
        for (i, check) in self.automaticity_checks.iter().enumerate() {
            let place = format!("automaticity_checks[{i}] ({} {})", check.habit, check.date);
            let at = |k: &'static str| at(&place, CoreError::said(k, vec![]));
            if !known.contains(&check.habit) {
                return Err(at(key("error-unknown-habit")));
            }
            if !checked.insert((check.habit.clone(), check.date)) {
                return Err(at(key("error-day-checked-twice")));
            }
        }
        let mut people = HashSet::new();
        for (i, person) in self.people.iter_mut().enumerate() {
            let place = format!("people[{i}]");
            person.name = person_name(&person.name).map_err(|e| at(&place, e))?;
            if !people.insert(person.name.to_lowercase()) {
                let twice =
                    CoreError::said("error-twice", vec![("name", person.name.as_str().into())]);
                return Err(at(&place, twice));
            }
        }
        for (key, value) in &self.settings {
            settings::validate(key, value).map_err(|e| at(&format!("settings.{key}"), e))?;
        }
        Ok(())
    }

    pub fn summary(&self) -> ImportSummary {
        ImportSummary {
            habits: self.habits.len(),
            entries: self.entries.len(),
            skips: self.skips.len(),
            pauses: self.pauses.len(),
            settings: self.settings.len(),
            benefit_checks: self.benefit_checks.len(),
            assessments: self.assessments.len(),
            links: self.links.len(),
            ideas: self.ideas.len(),
            people: self
                .people
                .iter()
                .map(|p| p.name.to_lowercase())
                .chain(
                    self.entries
                        .iter()
                        .flat_map(|e| e.with.iter().map(|n| n.to_lowercase())),
                )
                .collect::<HashSet<_>>()
                .len(),
            automaticity_checks: self.automaticity_checks.len(),
            day_marks: self.day_marks.len(),
        }
    }
}

/// A refusal found at `place` in the file ("entries[3] (describe 2026-01-07)").
fn at(place: &str, e: CoreError) -> CoreError {
    CoreError::said(
        "error-import-at",
        vec![("place", place.into()), ("error", e.into())],
    )
}
