//! The reminder engine's questions to the core: what to show now, what comes next,
//! and snoozing. The shell only sleeps, wakes, and shows what it is told.
use super::views::ReminderState;
use super::waiting::{Held, Holds};
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{HabitId, PromptStage};
use crate::presence::Presence;
use crate::schedule::{day_paused, paused_at, Due, Reminder, Snooze};
use crate::store;
use chrono::{DateTime, Duration, NaiveDate, Utc};
use std::collections::BTreeMap;

/// The app's own note of when the reminder engine first ran on this data dir.
const ENGINE_FIRST_RUN: &str = "engine_first_run";

/// One pass of the engine: reminders to show now, those waiting for the person, and
/// the next instant to wake.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub fire: Vec<Reminder>,
    /// Came due for habits prompted quietly: no pop-up, the tray shows them due.
    pub quiet: Vec<Due>,
    pub next: Option<Due>,
    /// Reminders held while the person is away or busy, oldest first.
    pub held: Vec<Held>,
    /// The end of the meeting under way, when one holds reminders: the engine
    /// looks again then.
    pub meeting_ends: Option<DateTime<Utc>>,
}

impl Plan {
    /// When the engine must look again: the next reminder, or the moment a held one
    /// is too late to show and becomes missed.
    pub fn wake_at(&self) -> Option<DateTime<Utc>> {
        let next = self.next.as_ref().map(|d| d.at);
        let expiry = self.held.iter().map(|h| h.until).min();
        next.into_iter()
            .chain(expiry)
            .chain(self.meeting_ends)
            .min()
    }
}

impl Tracker {
    /// Applies the catch-up rule to everything that came due since `last_seen` (the
    /// engine's previous pass; `None` when it starts), records each fired or missed
    /// habit-day once (so it is never reminded again), consumes fired snoozes, and
    /// returns what to show and when to wake next.
    ///
    /// When the engine starts it looks back no further than its first run on this
    /// data dir: what came due before Aloud ever ran did not happen.
    ///
    /// While the person is `away` (and "Wait for me when I'm away" is on), what comes
    /// due is held instead of shown. Once they are back (or presence is unknown),
    /// each held reminder is shown once, as having waited, if its day still wants it
    /// and its latest time has not passed; otherwise it is recorded missed.
    pub fn plan_reminders(
        &mut self,
        last_seen: Option<DateTime<Utc>>,
        presence: Presence,
    ) -> Result<Plan> {
        let now = self.now();
        let since = match last_seen {
            Some(seen) => seen,
            None => self
                .store
                .write(|conn| store::first_instant(conn, ENGINE_FIRST_RUN, now))?,
        };
        let settings = self.settings()?;
        let window = settings.catch_up_window();
        let away = presence == Presence::Away;
        let stages = self.prompt_stages()?;
        let state = self.prompted_state(&stages)?;
        let due = state.agenda().catch_up(since, now, window);
        let today = self.today();
        let stale = state.snoozes.iter().any(|s| s.date < today);

        // Quietly prompted habits: recorded as reminded, never popped up.
        let (quiet, loud): (Vec<Reminder>, Vec<Reminder>) = due
            .fire
            .into_iter()
            .partition(|r| stages.get(&r.due.habit) == Some(&PromptStage::Quiet));
        let busy = self.busy_for_reminders()?;
        let holds = Holds {
            away,
            wait_when_away: settings.wait_when_away,
            busy: &busy,
        };
        let mut pass = self.sort_for_presence(&state, loud, holds, window)?;
        pass.missed.extend(due.missed);
        pass.quiet = quiet;
        if !pass.is_empty() || stale {
            self.store.write(|conn| {
                store::delete_stale_snoozes(conn, today)?;
                pass.record(conn, now)
            })?;
        }
        let mut fire = pass.show;
        fire.extend(pass.back.into_iter().map(|row| Reminder {
            due: row.due,
            timeliness: row.waited_for.timeliness(),
        }));
        fire.sort_by_key(|r| r.due.at);
        Ok(Plan {
            fire,
            quiet: pass.quiet.into_iter().map(|r| r.due).collect(),
            next: self.prompted_state(&stages)?.agenda().next_due(now),
            meeting_ends: busy
                .meeting
                .map(|m| m.end)
                .filter(|_| !pass.waiting.is_empty()),
            held: pass.waiting,
        })
    }

    /// The scheduler's state without the habits whose prompts are off: they come due
    /// for nothing until they are logged.
    fn prompted_state(&self, stages: &BTreeMap<HabitId, PromptStage>) -> Result<ReminderState> {
        let mut state = self.reminder_state()?;
        state
            .habits
            .retain(|h| stages.get(&h.id) != Some(&PromptStage::Off));
        Ok(state)
    }

    /// Whether a reminder of `habit` for `date` still asks for something: the day is
    /// today, the habit is active and scheduled, not done or skipped, and not paused.
    /// A reminder on screen for a day that no longer does is withdrawn.
    pub fn reminder_wanted(&self, habit: &HabitId, date: NaiveDate) -> Result<bool> {
        let state = self.reminder_state()?;
        Ok(self.day_wants(&state, habit, date) && !paused_at(&state.pauses, self.now()))
    }

    /// Whether a habit-day still asks for a reminder, a pause running now aside.
    pub(super) fn day_wants(
        &self,
        state: &ReminderState,
        habit: &HabitId,
        date: NaiveDate,
    ) -> bool {
        if date != self.today() {
            return false;
        }
        let now = self.now();
        let day_end = crate::zone::start_of_day(self.tz, date + Duration::days(1));
        let agenda = state.agenda();
        state.habits.iter().any(|h| {
            &h.id == habit
                && agenda
                    .trigger(h, date)
                    .is_some_and(|at| !day_paused(&state.pauses, at, day_end, now))
        }) && !state.closed.contains(habit, date)
    }

    /// Brings one habit-day's reminder back after the snooze length (or `length`).
    pub fn snooze(
        &mut self,
        habit: &str,
        date: NaiveDate,
        length: Option<Duration>,
    ) -> Result<Snooze> {
        let habit = self.habit(habit)?;
        let length = match length {
            Some(l) => l,
            None => self.settings()?.snooze(),
        };
        let snooze = Snooze {
            habit: habit.id,
            date,
            until: self.now() + length,
        };
        self.store.write(|conn| store::put_snooze(conn, &snooze))?;
        Ok(snooze)
    }

    /// Holds back every reminder due within `length` from now until `length` has
    /// passed ("Snooze reminders 1 h" in the tray). Returns the habits snoozed.
    pub fn snooze_all(&mut self, length: Duration) -> Result<Vec<HabitId>> {
        if length <= Duration::zero() || length > Duration::hours(12) {
            return Err(CoreError::said("error-snooze-length", vec![]));
        }
        let now = self.now();
        let until = now + length;
        let today = self.today();
        let state = self.reminder_state()?;
        let agenda = state.agenda();
        let snoozes: Vec<Snooze> = state
            .habits
            .iter()
            .filter(|h| {
                agenda.trigger(h, today).is_some_and(|at| {
                    at > now && at <= until && agenda.remindable(&h.id, today, at)
                })
            })
            .map(|h| Snooze {
                habit: h.id.clone(),
                date: today,
                until,
            })
            .collect();
        self.store
            .write(|conn| snoozes.iter().try_for_each(|s| store::put_snooze(conn, s)))?;
        Ok(snoozes.into_iter().map(|s| s.habit).collect())
    }
}
