//! The people and teams behind the check-ins: naming, renaming, merging, forgetting,
//! and the Network view.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{person_name, same_name, Person, PersonKind};
use crate::network::{self, Network};
use crate::store::{self, PersonId, BACKUP_DIR};
use rusqlite::Connection;
use serde::Serialize;

/// What a note mentioning a forgotten name says instead.
pub const FORGOTTEN: &str = "[forgotten]";

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Forgotten {
    pub name: String,
    /// Check-ins that no longer name them.
    pub entries: usize,
    /// Notes in which the name was replaced.
    pub notes: usize,
    /// Backups rewritten without the name (when asked to).
    pub backups: usize,
    /// Whether the database file was rewritten at once; false when another process
    /// kept it busy (the rest of its bytes go at SQLite's next checkpoint).
    pub purged: bool,
}

/// What a rename or merge did: `changed` is false when it had already been done.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Renamed {
    pub name: String,
    pub changed: bool,
    /// Check-ins that name them now.
    pub entries: usize,
}

impl Tracker {
    /// Every stored name, alphabetically.
    pub fn people(&self) -> Result<Vec<Person>> {
        Ok(store::people(self.store.read())?
            .into_iter()
            .map(|(_, p)| p)
            .collect())
    }

    /// The stored person `name` is (by their name or a former one), and whether it
    /// is their name now.
    fn find_person(&self, name: &str) -> Result<Option<(PersonId, Person, bool)>> {
        let name = person_name(name)?;
        let conn = self.store.read();
        let Some(id) = store::lookup_person(conn, &name)? else {
            return Ok(None);
        };
        let person = store::people(conn)?
            .into_iter()
            .find(|(p, _)| *p == id)
            .map(|(_, p)| p)
            .ok_or_else(|| CoreError::said("error-not-stored", vec![("name", (&name).into())]))?;
        let current = same_name(&person.name, &name);
        Ok(Some((id, person, current)))
    }

    fn known_person(&self, name: &str) -> Result<(PersonId, Person, bool)> {
        self.find_person(name)?.ok_or_else(|| {
            CoreError::said("error-no-such-person", vec![("name", name.trim().into())])
        })
    }

    fn entries_naming(&self, id: PersonId) -> Result<usize> {
        Ok(store::people_links(self.store.read())?
            .iter()
            .filter(|(p, _, _)| *p == id)
            .count())
    }

    /// Gives a name a new spelling; the old one still finds them. Renaming again the
    /// same way changes nothing; renaming onto another stored name is refused (that
    /// is a merge).
    pub fn rename_person(&mut self, from: &str, to: &str) -> Result<Renamed> {
        let to = person_name(to)?;
        let (id, person, _) = self.known_person(from)?;
        if let Some((other, _, _)) = self.find_person(&to)? {
            if other != id {
                return Err(CoreError::said(
                    "error-person-exists",
                    vec![("to", to.into()), ("from", person.name.as_str().into())],
                ));
            }
        }
        let changed = person.name != to;
        if changed {
            self.store
                .write(|conn| store::rename_person(conn, id, &to))?;
        }
        Ok(Renamed {
            name: to,
            changed,
            entries: self.entries_naming(id)?,
        })
    }

    /// Folds `from` into `into`: every check-in that named either names `into`, once,
    /// and `from` finds `into` from now on. Merging again changes nothing.
    pub fn merge_people(&mut self, from: &str, into: &str) -> Result<Renamed> {
        let (into_id, target, _) = self.known_person(into)?;
        let (from_id, _, current) = self.known_person(from)?;
        let changed = match (from_id == into_id, current) {
            (true, true) => {
                return Err(CoreError::said(
                    "error-same-name",
                    vec![
                        ("from", from.trim().into()),
                        ("to", target.name.as_str().into()),
                    ],
                ))
            }
            (true, false) => false,
            (false, _) => {
                self.store
                    .write(|conn| store::merge_people(conn, from_id, into_id))?;
                true
            }
        };
        Ok(Renamed {
            name: target.name,
            changed,
            entries: self.entries_naming(into_id)?,
        })
    }

    pub fn set_person_kind(&mut self, name: &str, kind: &str) -> Result<Person> {
        let kind = PersonKind::parse(kind)?;
        let (id, person, _) = self.known_person(name)?;
        self.store
            .write(|conn| store::set_person_kind(conn, id, kind))?;
        Ok(Person { kind, ..person })
    }

    /// Removes a name from every check-in and note and from the database file itself
    /// (rewritten so that its bytes are gone); with `from_backups`, from every backup
    /// too. The check-ins stay.
    pub fn forget_person(&mut self, name: &str, from_backups: bool) -> Result<Forgotten> {
        let (id, person, current) = self.known_person(name)?;
        let conn = self.store.read();
        // A former name only is forgotten by itself: its check-ins are the person's now.
        let (spellings, entries) = if current {
            let mut all = store::aliases(conn, id)?;
            all.insert(0, person.name.clone());
            (all, self.entries_naming(id)?)
        } else {
            (vec![person_name(name)?], 0)
        };
        let notes = self.store.write(|conn| {
            if current {
                store::delete_person(conn, id)?;
            } else {
                store::delete_alias(conn, &spellings[0])?;
            }
            let mut notes = 0;
            for spelling in &spellings {
                notes += store::scrub_notes(conn, spelling, FORGOTTEN)?;
            }
            Ok(notes)
        })?;
        let purged = store::purge_deleted(self.store.read())?;
        let mut backups = 0;
        if from_backups {
            let dir = self
                .store
                .path()
                .parent()
                .unwrap_or(".".as_ref())
                .join(BACKUP_DIR);
            for path in store::list_backups(&dir)? {
                forget_in_backup(&path, &spellings)?;
                backups += 1;
            }
        }
        Ok(Forgotten {
            name: spellings[0].clone(),
            entries,
            notes,
            backups,
            purged,
        })
    }

    /// Whom the check-ins reached and what to do next: `aloud people --json`.
    pub fn network(&self) -> Result<Network> {
        let conn = self.store.read();
        let habits: Vec<_> = store::habits(conn)?
            .into_iter()
            .filter(|h| !h.archived)
            .map(|h| (h.id, h.name))
            .collect();
        let people = store::people(conn)?;
        let links = store::people_links(conn)?;
        let today = self.today();
        let ends: Vec<_> = network::months_shown(today)
            .into_iter()
            .map(|m| network::month_end(m, today))
            .collect();
        let strengths = self.mean_strength_at(&ends)?;
        let strength = |day| {
            ends.iter()
                .position(|d| *d == day)
                .map_or(0.0, |i| strengths[i])
        };
        Ok(network::network(
            today,
            &people,
            &links,
            &habits,
            strength,
            self.catalogue()?,
        ))
    }
}

/// The same forgetting in a backup file, whatever its schema version.
fn forget_in_backup(path: &std::path::Path, spellings: &[String]) -> Result<()> {
    let conn = Connection::open(path)?;
    let tx = conn.unchecked_transaction()?;
    for name in spellings {
        if store::has_people(&tx)? {
            store::delete_alias(&tx, name)?;
            // Whoever carries the name in this backup, even if renamed since.
            let named = store::people(&tx)?
                .into_iter()
                .find(|(_, p)| same_name(&p.name, name));
            if let Some((id, _)) = named {
                store::delete_person(&tx, id)?;
            }
        }
        store::scrub_notes(&tx, name, FORGOTTEN)?;
    }
    tx.commit()?;
    store::purge_deleted(&conn).map(drop)
}
