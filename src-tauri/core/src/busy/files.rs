//! The calendar files the person named, each read again only when it changes
//! (its size, time or inode), and the day's meetings of each kept until then: the
//! engine asks at every pass, and a big calendar must not cost a parse each time.
use super::{Calendar, Malformed, Stretch};
use crate::zone::Zone;
use chrono::{DateTime, Utc};
use serde::Serialize;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::SystemTime;

/// A calendar bigger than this is refused: 20 MiB holds well over 50,000 events.
pub const MAX_CALENDAR_BYTES: u64 = 20 * 1024 * 1024;
/// How many calendar files may be named.
pub const MAX_CALENDARS: usize = 20;

/// Why a calendar file gives no meetings now. Reminders go on without it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Problem {
    /// The file is not there (moved, deleted, a drive not mounted).
    Missing,
    /// It cannot be read (permissions, a directory, an I/O error).
    Unreadable {
        reason: String,
    },
    TooBig {
        bytes: u64,
    },
    NotACalendar,
    /// Its text breaks off at this line.
    Malformed {
        line: Option<usize>,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Stamp {
    len: u64,
    modified: Option<SystemTime>,
    inode: u64,
}

struct Entry {
    stamp: Stamp,
    zone: Zone,
    read: Result<Arc<Calendar>, Problem>,
    /// The last window asked for, and its meetings.
    window: Option<(DateTime<Utc>, DateTime<Utc>, Vec<Stretch>)>,
}

/// What each named calendar file says, as last read.
#[derive(Default)]
pub struct CalendarFiles {
    entries: HashMap<PathBuf, Entry>,
}

impl CalendarFiles {
    /// The file at `path`, read again if it changed. `person` is the zone of
    /// floating times; meetings over before `since` are dropped.
    pub fn read(
        &mut self,
        path: &Path,
        person: Zone,
        since: DateTime<Utc>,
    ) -> Result<Arc<Calendar>, Problem> {
        self.entry(path, person, since).map(|e| e.read.clone())?
    }

    /// The meetings of `path` within `from..to`.
    pub fn during(
        &mut self,
        path: &Path,
        person: Zone,
        from: DateTime<Utc>,
        to: DateTime<Utc>,
    ) -> Result<Vec<Stretch>, Problem> {
        let entry = self.entry(path, person, from)?;
        let calendar = entry.read.clone()?;
        match &entry.window {
            Some((f, t, stretches)) if (*f, *t) == (from, to) => Ok(stretches.clone()),
            _ => {
                let mut stretches = Vec::new();
                calendar.during(from, to, &mut stretches);
                entry.window = Some((from, to, stretches.clone()));
                Ok(stretches)
            }
        }
    }

    /// Forgets the files no longer named.
    pub fn keep_only(&mut self, paths: &[PathBuf]) {
        self.entries.retain(|p, _| paths.contains(p));
    }

    fn entry(
        &mut self,
        path: &Path,
        person: Zone,
        since: DateTime<Utc>,
    ) -> Result<&mut Entry, Problem> {
        let stamp = match stamp(path) {
            Ok(stamp) => stamp,
            Err(problem) => {
                self.entries.remove(path);
                return Err(problem);
            }
        };
        let fresh = self
            .entries
            .get(path)
            .is_some_and(|e| e.stamp == stamp && e.zone == person);
        if !fresh {
            let read = load(path, stamp, person, since).map(Arc::new);
            let entry = Entry {
                stamp,
                zone: person,
                read,
                window: None,
            };
            self.entries.insert(path.to_path_buf(), entry);
        }
        Ok(self.entries.get_mut(path).expect("just read"))
    }
}

fn stamp(path: &Path) -> Result<Stamp, Problem> {
    let meta = std::fs::metadata(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => Problem::Missing,
        _ => Problem::Unreadable {
            reason: e.to_string(),
        },
    })?;
    if !meta.is_file() {
        return Err(Problem::Unreadable {
            reason: "not a file".into(),
        });
    }
    Ok(Stamp {
        len: meta.len(),
        modified: meta.modified().ok(),
        inode: inode(&meta),
    })
}

#[cfg(unix)]
fn inode(meta: &std::fs::Metadata) -> u64 {
    std::os::unix::fs::MetadataExt::ino(meta)
}

#[cfg(not(unix))]
fn inode(_: &std::fs::Metadata) -> u64 {
    0
}

fn load(
    path: &Path,
    stamp: Stamp,
    person: Zone,
    since: DateTime<Utc>,
) -> Result<Calendar, Problem> {
    if stamp.len > MAX_CALENDAR_BYTES {
        return Err(Problem::TooBig { bytes: stamp.len });
    }
    let bytes = std::fs::read(path).map_err(|e| Problem::Unreadable {
        reason: e.to_string(),
    })?;
    if bytes.len() as u64 > MAX_CALENDAR_BYTES {
        return Err(Problem::TooBig {
            bytes: bytes.len() as u64,
        });
    }
    let text = String::from_utf8_lossy(&bytes);
    Calendar::parse(&text, person, since).map_err(|m| match m {
        Malformed::NotACalendar => Problem::NotACalendar,
        Malformed::At(line) => Problem::Malformed { line },
    })
}
