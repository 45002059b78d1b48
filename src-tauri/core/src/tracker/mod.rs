//! The one front door to the core: every CLI command and IPC call goes through here.
//! Each operation validates all of its input before it writes anything.
mod assessing;
mod automaticity;
mod busy;
mod checking_in;
mod editing;
mod history;
mod linking;
mod people;
mod records;
mod reminding;
mod review;
mod rhythm;
mod seen;
mod timing;
mod transfer;
mod views;
mod waiting;

pub use assessing::{Guidance, MindsetsView, ScoredAttempt, StatementView};
pub use automaticity::{CheckPoint, FitView, Fix, HabitAutomaticity};
pub use busy::CalendarView;
pub use checking_in::{CheckInPlan, Finished, Started};
pub use editing::HabitChange;
pub use history::{Cell, HabitHistory, HISTORY_WEEKS, QUERY_MAX};
pub use linking::{IDEAS_MAX, IDEA_MAX, LINKS_MAX};
pub use people::{Forgotten, Renamed, FORGOTTEN};
pub use records::{LogOutcome, LogRequest, UndoOutcome};
pub use reminding::Plan;
pub use views::{HabitToday, HistoryRow, NextReminder, Status, TodayState};

use crate::clock::Clock;
use crate::defaults::default_habits;
use crate::error::{CoreError, Result};
use crate::i18n::{Catalogue, Language};
use crate::model::{Habit, HabitId};
use crate::settings::Settings;
use crate::store::{self, Store};
use crate::zone::local_date;
use crate::zone::Zone;
use chrono::{DateTime, NaiveDate, Utc};
use std::path::Path;
use std::sync::Arc;

pub struct Tracker {
    store: Store,
    clock: Arc<dyn Clock>,
    tz: Zone,
    /// Set for machine output, which is English whatever the person reads.
    language: Option<Language>,
    /// The named calendar files as last read.
    calendars: std::sync::Mutex<crate::busy::CalendarFiles>,
}

impl Tracker {
    /// Opens the data dir's database (creating and seeding it on first use). The time
    /// zone is the `timezone` setting when set, else `fallback_tz`.
    pub fn open(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        fallback_tz: impl Into<Zone>,
    ) -> Result<Self> {
        let mut store = Store::open(data_dir, clock.now())?;
        let settings = Settings::from_map(&store::settings(store.read())?);
        let tz = settings
            .timezone
            .as_deref()
            .and_then(|z| z.parse().ok())
            .unwrap_or_else(|| fallback_tz.into());
        if store.was_created() {
            let today = local_date(tz, clock.now());
            store.write(|conn| {
                if store::habits(conn)?.is_empty() {
                    let c = Catalogue::for_setting(settings.language.as_deref());
                    default_habits(today, clock.now(), c)
                        .iter()
                        .try_for_each(|h| store::put_habit(conn, h))?;
                }
                Ok(())
            })?;
        }
        Ok(Tracker {
            store,
            clock,
            tz,
            language: None,
            calendars: Default::default(),
        })
    }

    /// Like `open`, but a damaged database is set aside and the newest sound backup
    /// restored (or a new history started); what was done is returned to be told.
    /// A database from a newer Aloud is never touched.
    pub fn open_or_recover(
        data_dir: &Path,
        clock: Arc<dyn Clock>,
        fallback_tz: impl Into<Zone>,
    ) -> Result<(Self, Option<store::Recovery>)> {
        let fallback_tz = fallback_tz.into();
        match Tracker::open(data_dir, clock.clone(), fallback_tz) {
            Err(CoreError::Corrupt { reason, .. }) => {
                let recovery = store::recover(data_dir, &reason, clock.now())?;
                let tracker = Tracker::open(data_dir, clock, fallback_tz)?;
                Ok((tracker, Some(recovery)))
            }
            other => other.map(|t| (t, None)),
        }
    }

    /// The folder that holds the database, its backups and the tray's lease.
    fn data_dir(&self) -> &Path {
        self.store.path().parent().unwrap_or(Path::new("."))
    }

    pub fn now(&self) -> DateTime<Utc> {
        self.clock.now()
    }

    pub fn tz(&self) -> Zone {
        self.tz
    }

    /// Follows a change of the system's zone while running; an explicit `timezone`
    /// setting still wins.
    pub fn follow_system_zone(&mut self, system: Zone) -> Result<()> {
        let setting = self.settings()?.timezone;
        self.tz = setting
            .as_deref()
            .and_then(|z| z.parse().ok())
            .unwrap_or(system);
        Ok(())
    }

    pub fn today(&self) -> NaiveDate {
        local_date(self.tz, self.now())
    }

    /// True when this open created the database: Aloud's first run on this data dir.
    pub fn is_first_run(&self) -> bool {
        self.store.was_created()
    }

    /// True the first time it is called with `key` on this data dir, then never again:
    /// for hints shown once.
    pub fn first_time(&mut self, key: &str) -> Result<bool> {
        let now = self.now();
        self.store.write(|conn| store::mark_once(conn, key, now))
    }

    pub fn store(&self) -> &Store {
        &self.store
    }

    pub fn store_mut(&mut self) -> &mut Store {
        &mut self.store
    }

    pub fn settings(&self) -> Result<Settings> {
        Ok(Settings::from_map(&store::settings(self.store.read())?))
    }

    /// The messages in the person's language: the `language` setting, else the
    /// desktop's locale. (A shell that shows refusals passes the person's language
    /// to `i18n::speak_in` itself, once it knows it: this only reads.)
    pub fn catalogue(&self) -> Result<&'static Catalogue> {
        if let Some(language) = self.language {
            return Ok(Catalogue::get(language));
        }
        self.person_catalogue()
    }

    /// The person's catalogue, whatever `speak` chose for the output.
    pub fn person_catalogue(&self) -> Result<&'static Catalogue> {
        Ok(Catalogue::for_setting(self.settings()?.language.as_deref()))
    }

    /// Speaks `language` from now on, whatever the setting: `--json` output is
    /// English so that scripts read the same words on every desktop.
    pub fn speak(&mut self, language: Language) {
        self.language = Some(language);
    }

    pub fn habits(&self) -> Result<Vec<Habit>> {
        store::habits(self.store.read())
    }

    /// The habit named by `id`, or a clear error naming the known ones.
    pub fn habit(&self, id: &str) -> Result<Habit> {
        let parsed = HabitId::parse(id)?;
        store::habit(self.store.read(), &parsed)?.ok_or_else(|| {
            let known: Vec<String> = self
                .habits()
                .unwrap_or_default()
                .into_iter()
                .map(|h| h.id.to_string())
                .collect();
            CoreError::said(
                "error-no-such-habit",
                vec![("habit", id.into()), ("known", known.join(", ").into())],
            )
        })
    }
}

#[cfg(test)]
mod anchor_tests;
#[cfg(test)]
mod any_hour_tests;
#[cfg(test)]
mod assessing_tests;
#[cfg(test)]
mod automaticity_tests;
#[cfg(test)]
mod busy_tests;
#[cfg(test)]
mod checkin_tests;
#[cfg(test)]
mod engine_tests;
#[cfg(test)]
mod input_props;
#[cfg(test)]
mod people_tests;
#[cfg(test)]
mod presence_tests;
#[cfg(test)]
mod recovery_tests;
#[cfg(test)]
mod review_tests;
#[cfg(test)]
mod tests;
