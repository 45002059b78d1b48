//! Export and import through the tracker.
use super::Tracker;
use crate::error::Result;
use crate::io::{entries_csv, Document, ImportSummary, FORMAT, VERSION};
use crate::model::{same_name, NAMES_PER_ENTRY_MAX};
use crate::store::{self, FIRST_DAY, LAST_DAY};

impl Tracker {
    /// Everything, in a fixed order: exporting unchanged data twice gives the same bytes.
    pub fn export_document(&self) -> Result<Document> {
        let conn = self.store.read();
        Ok(Document {
            format: FORMAT.to_string(),
            version: VERSION,
            habits: store::habits(conn)?,
            entries: store::entries(conn, FIRST_DAY, LAST_DAY)?,
            skips: store::skips(conn, FIRST_DAY, LAST_DAY)?,
            pauses: store::pauses(conn)?,
            settings: store::settings(conn)?,
            benefit_checks: store::benefit_checks(conn)?,
            assessments: store::attempts(conn)?,
            links: store::links(conn)?,
            ideas: store::all_ideas(conn)?.into_iter().collect(),
            people: store::people(conn)?.into_iter().map(|(_, p)| p).collect(),
            automaticity_checks: store::checks(conn)?,
            day_marks: store::day_marks(conn)?,
        })
    }

    pub fn export_json(&self) -> Result<String> {
        let mut text = serde_json::to_string_pretty(&self.export_document()?).map_err(|e| {
            crate::CoreError::said("error-write-json", vec![("why", e.to_string().into())])
        })?;
        text.push('\n');
        Ok(text)
    }

    pub fn export_csv(&self) -> Result<String> {
        Ok(entries_csv(&store::entries(
            self.store.read(),
            FIRST_DAY,
            LAST_DAY,
        )?))
    }

    /// Merges an export into this data dir: habits, entries, skips, settings,
    /// benefits and automaticity checks are added or replaced by key, pauses, self-assessment
    /// attempts and day marks added (each once); nothing is deleted.
    /// The document is validated completely first, then written in one transaction.
    pub fn import_json(&mut self, text: &str) -> Result<ImportSummary> {
        let doc = Document::parse_and_validate(text, &self.habits()?)?;
        let stored_links = self.links()?;
        for habit in &doc.habits {
            if let Some(name) = &habit.link {
                let named = |l: &crate::model::Link| l.name.same_as(name);
                if !doc.links.iter().any(named) && !stored_links.iter().any(named) {
                    return Err(crate::CoreError::said(
                        "error-import-habit-link",
                        vec![("habit", habit.id.as_str().into()), ("name", name.into())],
                    ));
                }
            }
        }
        let now = self.now();
        self.store.write(|conn| {
            for habit in &doc.habits {
                store::put_habit(conn, habit)?;
            }
            // Kinds first, so the entries' names link to them rather than guess.
            for person in &doc.people {
                store::put_person(conn, person)?;
            }
            for entry in &doc.entries {
                // Names already on the day stay: an import adds, it does not delete.
                let mut entry = entry.clone();
                if let Some(stored) = store::entry(conn, &entry.habit, entry.date)? {
                    for name in stored.with {
                        if !entry.with.iter().any(|n| same_name(n, &name)) {
                            entry.with.push(name);
                        }
                    }
                    entry.with.truncate(NAMES_PER_ENTRY_MAX);
                }
                store::put_entry(conn, &entry)?;
            }
            for skip in &doc.skips {
                if store::entry(conn, &skip.habit, skip.date)?.is_none() {
                    store::put_skip(conn, skip)?;
                }
            }
            let existing = store::pauses(conn)?;
            for pause in doc.pauses.iter().filter(|p| !existing.contains(p)) {
                store::add_pause(conn, pause)?;
            }
            for (key, value) in &doc.settings {
                store::put_setting(conn, key, value)?;
            }
            for check in &doc.benefit_checks {
                store::put_benefit_check(conn, check, now)?;
            }
            for attempt in &doc.assessments {
                store::add_attempt(conn, attempt)?;
            }
            for link in &doc.links {
                store::put_link(conn, link)?;
            }
            for (habit, ideas) in &doc.ideas {
                store::put_ideas(conn, habit, Some(ideas))?;
            }
            for check in &doc.automaticity_checks {
                store::put_check(conn, check, now)?;
            }
            store::put_marks(conn, &doc.day_marks)?;
            Ok(())
        })?;
        Ok(doc.summary())
    }
}
