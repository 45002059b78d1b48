//! The person's day as Aloud learns it (`rhythm`): the marks the tray's presence
//! changes make, the typical times, and forgetting them.
use super::Tracker;
use crate::error::Result;
use crate::presence::Presence;
use crate::rhythm::{self, DayMark, Recorder, Rhythm};
use crate::store;
use crate::zone::Zone;
use chrono::{DateTime, Utc};
use rusqlite::Connection;

impl Tracker {
    /// Within the write of a presence change: the marks it makes. While learning is
    /// off nothing is recorded, not even since when the person is away.
    pub(super) fn observe_rhythm(
        conn: &Connection,
        presence: Presence,
        now: DateTime<Utc>,
        tz: Zone,
        learning: bool,
    ) -> Result<()> {
        if !learning {
            return store::put_away_since(conn, None);
        }
        let mut recorder = Recorder {
            away_since: store::away_since(conn)?,
        };
        let marks = recorder.observe(presence, now, tz);
        store::put_marks(conn, &marks)?;
        store::put_away_since(conn, recorder.away_since)
    }

    /// What Aloud has learned of the person's day so far.
    pub fn rhythm(&self) -> Result<Rhythm> {
        let marks = store::day_marks(self.store.read())?;
        let learning = self.settings()?.learn_rhythm;
        Ok(rhythm::rhythm(&marks, self.tz, self.today(), learning))
    }

    /// Every mark recorded, oldest first.
    pub fn day_marks(&self) -> Result<Vec<DayMark>> {
        store::day_marks(self.store.read())
    }

    /// Forgets everything learned of the person's day; returns how many marks went.
    pub fn forget_rhythm(&mut self) -> Result<usize> {
        self.store.write(store::forget_marks)
    }
}
