//! The reminder engine's questions to the core: what to show now, what comes next,
//! and snoozing. The shell only sleeps, wakes, and shows what it is told.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::HabitId;
use crate::schedule::{day_paused, paused_at, trigger_on, Due, Reminder, Snooze, Timeliness};
use crate::store::{self, ReminderOutcome};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The app's own note of when the reminder engine first ran on this data dir.
const ENGINE_FIRST_RUN: &str = "engine_first_run";

/// One pass of the engine: reminders to show now and the next instant to wake.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub fire: Vec<Reminder>,
    pub next: Option<Due>,
}

impl Tracker {
    /// Applies the catch-up rule to everything that came due since `last_seen` (the
    /// engine's previous pass; `None` when it starts), records each fired or missed
    /// habit-day once (so it is never reminded again), consumes fired snoozes, and
    /// returns what to show and when to wake next.
    ///
    /// When the engine starts it looks back no further than its first run on this
    /// data dir: what came due before Aloud ever ran did not happen.
    pub fn plan_reminders(&mut self, last_seen: Option<DateTime<Utc>>) -> Result<Plan> {
        let now = self.now();
        let since = match last_seen {
            Some(seen) => seen,
            None => self
                .store
                .write(|conn| store::first_instant(conn, ENGINE_FIRST_RUN, now))?,
        };
        let window = self.settings()?.catch_up_window();
        let state = self.reminder_state()?;
        let due = state.agenda().catch_up(since, now, window);
        let today = self.today();
        let stale = state.snoozes.iter().any(|s| s.date < today);
        if !due.fire.is_empty() || !due.missed.is_empty() || stale {
            self.store.write(|conn| {
                store::delete_stale_snoozes(conn, today)?;
                for r in &due.fire {
                    let outcome = match r.timeliness {
                        Timeliness::Late => ReminderOutcome::Late,
                        Timeliness::OnTime | Timeliness::Snoozed => ReminderOutcome::OnTime,
                    };
                    store::record_reminder(conn, &r.due.habit, r.due.date, outcome, now)?;
                    if r.timeliness == Timeliness::Snoozed {
                        store::delete_snooze(conn, &r.due.habit, r.due.date)?;
                    }
                }
                for m in &due.missed {
                    store::record_reminder(conn, &m.habit, m.date, ReminderOutcome::Missed, now)?;
                }
                Ok(())
            })?;
        }
        let next = self.reminder_state()?.agenda().next_due(now);
        Ok(Plan {
            fire: due.fire,
            next,
        })
    }

    /// Whether a reminder of `habit` for `date` still asks for something: the day is
    /// today, the habit is active and scheduled, not done or skipped, and not paused.
    /// A reminder on screen for a day that no longer does is withdrawn.
    pub fn reminder_wanted(&self, habit: &HabitId, date: NaiveDate) -> Result<bool> {
        if date != self.today() {
            return Ok(false);
        }
        let state = self.reminder_state()?;
        let now = self.now();
        let day_end = crate::zone::start_of_day(self.tz, date + Duration::days(1));
        Ok(state.habits.iter().any(|h| {
            &h.id == habit
                && trigger_on(h, date, self.tz)
                    .is_some_and(|at| !day_paused(&state.pauses, at, day_end, now))
        }) && !state.closed.contains(habit, date)
            && !paused_at(&state.pauses, now))
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
            return Err(CoreError::invalid(
                "a snooze lasts from 1 second to 12 hours",
            ));
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
                trigger_on(h, today, self.tz).is_some_and(|at| {
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
