//! Changing habits, settings and pauses.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{Habit, HabitId, HabitPatch, NewHabit, Pause};
use crate::schedule::paused_at;
use crate::settings;
use crate::store;
use crate::zone::start_of_day;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// The result of an edit: the habit as it now is.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitChange {
    pub habit: Habit,
    pub created: bool,
}

const LONGEST_PAUSE_DAYS: i64 = 366;

impl Tracker {
    pub fn set_habit(&mut self, id: &str, patch: &HabitPatch) -> Result<HabitChange> {
        if patch.is_empty() {
            return Err(CoreError::said("error-nothing-to-change", vec![]));
        }
        let before = self.habit(id)?;
        let mut next = patch.apply(&before)?;
        if patch.prompts.is_some() {
            // Misses and checks count afresh from the day a stage is chosen.
            next.prompts_since = Some(self.today());
        }
        if let Some(Some(name)) = &patch.link {
            // Stored as the link spells its name.
            next.link = Some(self.link(name)?.name.as_str().to_string());
        }
        let reopen = self.reopens_today(&before, &next)?;
        let today = self.today();
        self.store.write(|conn| {
            store::put_habit(conn, &next)?;
            if reopen {
                store::forget_reminder(conn, &next.id, today)?;
            }
            Ok(())
        })?;
        Ok(HabitChange {
            habit: next,
            created: false,
        })
    }

    /// Whether an edit asks for today's reminder again: the person moved the habit's
    /// time (or days, or anchor) so that today's trigger lies ahead, and the day is
    /// still open.
    /// That is an explicit request, so even a day already reminded or missed is
    /// reminded once more, at the new time.
    fn reopens_today(&self, before: &Habit, next: &Habit) -> Result<bool> {
        let today = self.today();
        let moved = next.time != before.time
            || next.days != before.days
            || next.anchor != before.anchor
            || next.lead != before.lead;
        let state = self.reminder_state()?;
        let Some(at) = (state.agenda().trigger(next, today)).filter(|at| moved && *at > self.now())
        else {
            return Ok(false);
        };
        Ok(!state.closed.contains(&next.id, today) && !paused_at(&state.pauses, at))
    }

    pub fn add_habit(&mut self, new: &NewHabit) -> Result<HabitChange> {
        let existing = self.habits()?;
        let id = match &new.id {
            Some(id) if existing.iter().any(|h| &h.id == id) => {
                return Err(CoreError::said(
                    "error-habit-exists",
                    vec![("habit", id.as_str().into())],
                ));
            }
            Some(id) => id.clone(),
            None => {
                let taken: Vec<HabitId> = existing.iter().map(|h| h.id.clone()).collect();
                HabitId::from_name(&new.name, &taken)
            }
        };
        let prompt = new
            .prompt
            .clone()
            .unwrap_or_else(|| format!("{}, right after {}.", new.name.trim(), new.trigger.trim()));
        let habit = Habit {
            id,
            name: new.name.clone(),
            trigger: new.trigger.clone(),
            prompt,
            time: new.time,
            days: new.days.unwrap_or(crate::model::Weekdays::WORKDAYS),
            enabled: true,
            archived: false,
            position: existing.iter().map(|h| h.position).max().unwrap_or(-1) + 1,
            created_on: self.today(),
            created_at: Some(self.now()),
            latest: new.latest,
            link: None,
            prompts: Default::default(),
            prompts_since: None,
            starter: None,
            anchor: Default::default(),
            lead: Default::default(),
        }
        .validated()?;
        self.store.write(|conn| store::put_habit(conn, &habit))?;
        Ok(HabitChange {
            habit,
            created: true,
        })
    }

    /// Silences reminders from now for `length` (1 minute to a year).
    pub fn pause_for(&mut self, length: Duration) -> Result<Pause> {
        if length < Duration::minutes(1) || length > Duration::days(LONGEST_PAUSE_DAYS) {
            return Err(CoreError::said("error-pause-length", vec![]));
        }
        let now = self.now();
        self.add_pause(Pause {
            from: now,
            until: now + length,
        })
    }

    /// Silences reminders from now until local midnight at the start of `date`
    /// (reminders come back on `date`).
    pub fn pause_until(&mut self, date: NaiveDate) -> Result<Pause> {
        let now = self.now();
        let until = start_of_day(self.tz, date);
        if until <= now {
            return Err(CoreError::said(
                "error-pause-begun",
                vec![("date", date.to_string().into())],
            ));
        }
        if date > self.today() + Duration::days(LONGEST_PAUSE_DAYS) {
            return Err(CoreError::said("error-pause-too-long", vec![]));
        }
        self.add_pause(Pause { from: now, until })
    }

    /// Silences reminders for the rest of today; they come back tomorrow.
    pub fn pause_until_tomorrow(&mut self) -> Result<Pause> {
        self.pause_until(self.today() + Duration::days(1))
    }

    fn add_pause(&mut self, pause: Pause) -> Result<Pause> {
        self.store.write(|conn| store::add_pause(conn, &pause))?;
        Ok(pause)
    }

    /// Ends any running or planned pause. Returns how many were ended.
    pub fn resume(&mut self) -> Result<usize> {
        let now = self.now();
        self.store.write(|conn| store::end_pauses(conn, now))
    }

    pub fn set_setting(&mut self, key: &str, value: &str) -> Result<()> {
        settings::validate(key, value)?;
        self.store
            .write(|conn| store::put_setting(conn, key, value.trim()))
    }
}

impl Tracker {
    /// The automatic backups, newest first.
    pub fn backups(&self) -> Result<Vec<store::BackupFile>> {
        store::backups(self.data_dir())
    }

    /// Takes today's backup if there is none yet; the tray does this once a day.
    pub fn backup_if_due(&self) -> Result<Option<std::path::PathBuf>> {
        self.store.backup_if_due(self.now())
    }

    /// Takes a backup now, labelled "manual".
    pub fn backup_now(&self) -> Result<std::path::PathBuf> {
        self.store.backup(self.now(), "manual")
    }

    /// Replaces the history with a backup (a name from `backups` or a path), after a
    /// "pre-restore" backup of the current state. A damaged or foreign file is refused
    /// and nothing changes.
    pub fn restore(&mut self, file: &str) -> Result<std::path::PathBuf> {
        let path = store::resolve_backup(self.data_dir(), file)?;
        let now = self.now();
        self.store.restore_from(&path, now)?;
        let settings = self.settings()?;
        if let Some(tz) = settings.timezone.as_deref().and_then(|z| z.parse().ok()) {
            self.tz = tz;
        }
        Ok(path)
    }
}
