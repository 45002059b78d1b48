//! The person's day as Aloud learns it (`rhythm`): the marks the tray's presence
//! changes make, the typical times, and forgetting them.
use super::Tracker;
use crate::error::Result;
use crate::model::HabitId;
use crate::presence::Presence;
use crate::rhythm::{self, AnchorSuggestion, DayMark, Recorder, Rhythm};
use crate::store;
use crate::zone::Zone;
use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

/// Days a declined offer to tie a habit to a moment stays unmade.
const DECLINED_FOR: i64 = 28;

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

    /// The learned day that anchors are planned from: the workdays up to yesterday,
    /// so that nothing that happens today moves today's plan (a trigger moved
    /// before the engine's last look would be lost).
    pub(super) fn planning_rhythm(&self) -> Result<Rhythm> {
        let marks = store::day_marks(self.store.read())?;
        let learning = self.settings()?.learn_rhythm;
        let yesterday = self.today() - Duration::days(1);
        Ok(rhythm::rhythm(&marks, self.tz, yesterday, learning))
    }

    /// Every mark recorded, oldest first.
    pub fn day_marks(&self) -> Result<Vec<DayMark>> {
        store::day_marks(self.store.read())
    }

    /// Forgets everything learned of the person's day; returns how many marks went.
    pub fn forget_rhythm(&mut self) -> Result<usize> {
        self.store.write(store::forget_marks)
    }

    /// Review's offers to tie a habit at a clock time to the moment it keeps
    /// missing; one declined is not made again for four weeks.
    pub fn anchor_suggestions(&self) -> Result<Vec<AnchorSuggestion>> {
        let conn = self.store.read();
        let today = self.today();
        let declined = store::anchors_declined(conn)?;
        let recently = |habit: &HabitId| {
            declined
                .iter()
                .any(|(h, on)| h == habit && today - *on < Duration::days(DECLINED_FOR))
        };
        let habits = store::habits(conn)?;
        let marks = store::day_marks(conn)?;
        let mut offers = rhythm::suggestions(&habits, &marks, self.tz, today);
        offers.retain(|offer| !recently(&offer.habit));
        Ok(offers)
    }

    /// "No thanks" to the offer for `habit`.
    pub fn decline_anchor(&mut self, habit: &str) -> Result<()> {
        let habit = self.habit(habit)?.id;
        let today = self.today();
        self.store
            .write(|conn| store::decline_anchor(conn, &habit, today))
    }
}
