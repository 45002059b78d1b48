//! Reading an export back: the whole document is checked before anything is written.
use super::document::{Document, FORMAT, OLDEST_VERSION, VERSION};
use crate::error::{CoreError, Result};
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
}

/// Largest import accepted, far above ten years of history with long notes.
pub const MAX_BYTES: usize = 64 * 1024 * 1024;

impl Document {
    /// Parses `text` and checks every record against the document itself and the
    /// habits already stored; the first problem found is reported with its place.
    pub fn parse_and_validate(text: &str, stored: &[Habit]) -> Result<Document> {
        if text.len() > MAX_BYTES {
            return Err(CoreError::invalid(format!(
                "the import file is larger than {} MB",
                MAX_BYTES / 1024 / 1024
            )));
        }
        let head: serde_json::Value = serde_json::from_str(text)
            .map_err(|e| CoreError::invalid(format!("the import file is not valid JSON: {e}")))?;
        if head.get("format").and_then(|f| f.as_str()) != Some(FORMAT) {
            return Err(CoreError::invalid(format!(
                "the import file is not an Aloud export (format must be \"{FORMAT}\")"
            )));
        }
        match head.get("version").and_then(|v| v.as_u64()) {
            Some(v) if (u64::from(OLDEST_VERSION)..=u64::from(VERSION)).contains(&v) => {}
            Some(v) if v > u64::from(VERSION) => {
                return Err(CoreError::invalid(format!(
                    "the import file has version {v}, made by a newer Aloud; this one reads version {VERSION}"
                )))
            }
            _ => return Err(CoreError::invalid(format!("the import file's version is missing or unknown; expected {VERSION}"))),
        }
        let mut doc: Document = serde_json::from_value(head).map_err(|e| {
            CoreError::invalid(format!(
                "the import file does not match the export format: {e}"
            ))
        })?;
        doc.validate(stored)?;
        Ok(doc)
    }

    fn validate(&mut self, stored: &[Habit]) -> Result<()> {
        let mut known: HashSet<HabitId> = stored.iter().map(|h| h.id.clone()).collect();
        let mut seen = HashSet::new();
        for (i, habit) in self.habits.iter_mut().enumerate() {
            let at = |e: CoreError| CoreError::invalid(format!("habits[{i}] ({}): {e}", habit.id));
            *habit = habit.clone().validated().map_err(at)?;
            if !seen.insert(habit.id.clone()) {
                return Err(CoreError::invalid(format!(
                    "habits[{i}]: habit '{}' appears twice",
                    habit.id
                )));
            }
            known.insert(habit.id.clone());
        }
        let mut days = HashSet::new();
        for (i, entry) in self.entries.iter_mut().enumerate() {
            let at = |e: String| {
                CoreError::invalid(format!(
                    "entries[{i}] ({} {}): {e}",
                    entry.habit, entry.date
                ))
            };
            if !known.contains(&entry.habit) {
                return Err(at("unknown habit".into()));
            }
            if let Some(note) = &entry.note {
                entry.note = Note::parse(note)
                    .map_err(|e| at(e.to_string()))?
                    .into_option();
            }
            if let Some(m) = entry.minutes {
                Minutes::new(i64::from(m)).map_err(|e| at(e.to_string()))?;
            }
            entry.with = person_names(&entry.with).map_err(|e| at(e.to_string()))?;
            if !days.insert((entry.habit.clone(), entry.date)) {
                return Err(at("the day is logged twice".into()));
            }
        }
        let mut skipped = HashSet::new();
        for (i, skip) in self.skips.iter().enumerate() {
            let at = |e: &str| {
                CoreError::invalid(format!("skips[{i}] ({} {}): {e}", skip.habit, skip.date))
            };
            if !known.contains(&skip.habit) {
                return Err(at("unknown habit"));
            }
            if days.contains(&(skip.habit.clone(), skip.date)) {
                return Err(at("the day is both done and skipped"));
            }
            if !skipped.insert((skip.habit.clone(), skip.date)) {
                return Err(at("the day is skipped twice"));
            }
        }
        for (i, pause) in self.pauses.iter().enumerate() {
            if pause.until <= pause.from {
                return Err(CoreError::invalid(format!(
                    "pauses[{i}]: it ends before it starts"
                )));
            }
        }
        let mut weeks = HashSet::new();
        for (i, check) in self.benefit_checks.iter().enumerate() {
            let at = |e: String| {
                CoreError::invalid(format!("benefit_checks[{i}] ({}): {e}", check.week))
            };
            check.validated().map_err(|e| at(e.to_string()))?;
            if !weeks.insert(check.week) {
                return Err(at("the week is checked twice".into()));
            }
        }
        let mut names = HashSet::new();
        for (i, link) in self.links.iter().enumerate() {
            if !names.insert(link.name.as_str().to_lowercase()) {
                return Err(CoreError::invalid(format!(
                    "links[{i}]: the link '{}' appears twice",
                    link.name.as_str()
                )));
            }
        }
        if self.links.iter().filter(|l| l.default).count() > 1 {
            return Err(CoreError::invalid("links: more than one is the default"));
        }
        for (habit, ideas) in self.ideas.iter_mut() {
            let at = |e: CoreError| CoreError::invalid(format!("ideas.{habit}: {e}"));
            if !known.contains(habit) {
                return Err(at(CoreError::invalid("unknown habit")));
            }
            if ideas.len() > crate::tracker::IDEAS_MAX {
                return Err(at(CoreError::invalid(format!(
                    "more than {} ideas",
                    crate::tracker::IDEAS_MAX
                ))));
            }
            for idea in ideas.iter_mut() {
                *idea = one_line("an idea", idea, crate::tracker::IDEA_MAX, false).map_err(at)?;
            }
        }
        let mut people = HashSet::new();
        for (i, person) in self.people.iter_mut().enumerate() {
            let at = |e: CoreError| CoreError::invalid(format!("people[{i}]: {e}"));
            person.name = person_name(&person.name).map_err(at)?;
            if !people.insert(person.name.to_lowercase()) {
                return Err(CoreError::invalid(format!(
                    "people[{i}]: '{}' appears twice",
                    person.name
                )));
            }
        }
        for (key, value) in &self.settings {
            settings::validate(key, value)
                .map_err(|e| CoreError::invalid(format!("settings.{key}: {e}")))?;
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
        }
    }
}
