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

    fn find_person(&self, name: &str) -> Result<Option<(PersonId, Person)>> {
        let name = person_name(name)?;
        Ok(store::people(self.store.read())?
            .into_iter()
            .find(|(_, p)| same_name(&p.name, &name)))
    }

    fn known_person(&self, name: &str) -> Result<(PersonId, Person)> {
        self.find_person(name)?.ok_or_else(|| {
            CoreError::invalid(format!(
                "there is no one called '{}' in your network",
                name.trim()
            ))
        })
    }

    fn entries_naming(&self, id: PersonId) -> Result<usize> {
        Ok(store::people_links(self.store.read())?
            .iter()
            .filter(|(p, _, _)| *p == id)
            .count())
    }

    /// Gives a name a new spelling. Renaming again to the same name, or once the old
    /// name is gone and the new one stored, changes nothing; renaming onto another
    /// stored name is refused (that is a merge).
    pub fn rename_person(&mut self, from: &str, to: &str) -> Result<Renamed> {
        let to = person_name(to)?;
        let old = self.find_person(from)?;
        let new = self.find_person(&to)?;
        match (old, new) {
            (Some((id, p)), Some((other, _))) if other != id => Err(CoreError::invalid(format!(
                "'{to}' is already in your network; merge '{}' into it instead",
                p.name
            ))),
            (Some((id, p)), _) => {
                let changed = p.name != to;
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
            (None, Some((id, p))) => Ok(Renamed {
                name: p.name,
                changed: false,
                entries: self.entries_naming(id)?,
            }),
            (None, None) => Err(self.known_person(from).unwrap_err()),
        }
    }

    /// Folds `from` into `into`: every check-in that named either names `into`, once.
    /// Merging again after it is done changes nothing.
    pub fn merge_people(&mut self, from: &str, into: &str) -> Result<Renamed> {
        let (into_id, target) = self.known_person(into)?;
        let changed = match self.find_person(from)? {
            Some((from_id, _)) if from_id == into_id => {
                return Err(CoreError::invalid(format!(
                    "'{}' and '{}' are the same name",
                    from.trim(),
                    target.name
                )))
            }
            Some((from_id, _)) => {
                self.store
                    .write(|conn| store::merge_people(conn, from_id, into_id))?;
                true
            }
            None => false,
        };
        Ok(Renamed {
            name: target.name,
            changed,
            entries: self.entries_naming(into_id)?,
        })
    }

    pub fn set_person_kind(&mut self, name: &str, kind: &str) -> Result<Person> {
        let kind = PersonKind::parse(kind)?;
        let (id, person) = self.known_person(name)?;
        self.store
            .write(|conn| store::set_person_kind(conn, id, kind))?;
        Ok(Person { kind, ..person })
    }

    /// Removes a name from every check-in and note and from the database file itself
    /// (rewritten so that its bytes are gone); with `from_backups`, from every backup
    /// too. The check-ins stay.
    pub fn forget_person(&mut self, name: &str, from_backups: bool) -> Result<Forgotten> {
        let (id, person) = self.known_person(name)?;
        let entries = self.entries_naming(id)?;
        let notes = self.store.write(|conn| {
            store::delete_person(conn, id)?;
            store::scrub_notes(conn, &person.name, FORGOTTEN)
        })?;
        store::purge_deleted(self.store.read())?;
        let mut backups = 0;
        if from_backups {
            let dir = self
                .store
                .path()
                .parent()
                .unwrap_or(".".as_ref())
                .join(BACKUP_DIR);
            for path in store::list_backups(&dir)? {
                forget_in_backup(&path, &person.name)?;
                backups += 1;
            }
        }
        Ok(Forgotten {
            name: person.name,
            entries,
            notes,
            backups,
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
        Ok(network::network(today, &people, &links, &habits, strength))
    }
}

/// The same forgetting in a backup file, whatever its schema version.
fn forget_in_backup(path: &std::path::Path, name: &str) -> Result<()> {
    let conn = Connection::open(path)?;
    let tx = conn.unchecked_transaction()?;
    if store::has_people(&tx)? {
        let id: Option<PersonId> = store::people(&tx)?
            .into_iter()
            .find(|(_, p)| same_name(&p.name, name))
            .map(|(id, _)| id);
        if let Some(id) = id {
            store::delete_person(&tx, id)?;
        }
    }
    store::scrub_notes(&tx, name, FORGOTTEN)?;
    tx.commit()?;
    store::purge_deleted(&conn)
}
