//! The reminder engine's questions to the core: what to show now, what comes next,
//! and snoozing. The shell only sleeps, wakes, and shows what it is told.
use super::views::ReminderState;
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::HabitId;
use crate::presence::Presence;
use crate::schedule::{day_paused, paused_at, trigger_on, Due, Reminder, Snooze, Timeliness};
use crate::store::{self, ReminderOutcome};
use chrono::{DateTime, Duration, NaiveDate, Utc};

/// The app's own note of when the reminder engine first ran on this data dir.
const ENGINE_FIRST_RUN: &str = "engine_first_run";

/// One pass of the engine: reminders to show now, those waiting for the person, and
/// the next instant to wake.
#[derive(Debug, Clone, PartialEq)]
pub struct Plan {
    pub fire: Vec<Reminder>,
    pub next: Option<Due>,
    /// Reminders held while the person is away, oldest first.
    pub held: Vec<Held>,
}

/// A reminder waiting for the person, and until when it may still be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub due: Due,
    pub until: DateTime<Utc>,
}

impl Plan {
    /// When the engine must look again: the next reminder, or the moment a held one
    /// is too late to show and becomes missed.
    pub fn wake_at(&self) -> Option<DateTime<Utc>> {
        let next = self.next.as_ref().map(|d| d.at);
        let expiry = self.held.iter().map(|h| h.until).min();
        next.into_iter().chain(expiry).min()
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
        let waiting = presence == Presence::Away && settings.wait_when_away;
        let state = self.reminder_state()?;
        let due = state.agenda().catch_up(since, now, window);
        let today = self.today();
        let stale = state.snoozes.iter().any(|s| s.date < today);

        let until = |due: &Due| {
            let habit = state.habits.iter().find(|h| h.id == due.habit)?;
            Some(habit.latest_on(due.date, self.tz, window)).filter(|until| now < *until)
        };
        let mut back = Vec::new();
        let mut expired = Vec::new();
        let mut kept = Vec::new();
        for row in store::held(self.store.read())? {
            match until(&row.due) {
                Some(until) if self.day_wants(&state, &row.due.habit, row.due.date) => {
                    if waiting || paused_at(&state.pauses, now) {
                        kept.push(Held {
                            due: row.due,
                            until,
                        });
                    } else {
                        back.push(row);
                    }
                }
                _ => expired.push(row.due),
            }
        }
        let mut fire = Vec::new();
        let mut to_hold = Vec::new();
        for r in due.fire {
            match until(&r.due) {
                Some(until) if waiting => {
                    kept.push(Held {
                        due: r.due.clone(),
                        until,
                    });
                    to_hold.push(r);
                }
                // A snooze coming due past the latest time while away: too late.
                None if waiting => expired.push(r.due),
                _ => fire.push(r),
            }
        }

        let changed = !fire.is_empty()
            || !to_hold.is_empty()
            || !back.is_empty()
            || !expired.is_empty()
            || !due.missed.is_empty()
            || stale;
        if changed {
            self.store.write(|conn| {
                store::delete_stale_snoozes(conn, today)?;
                for r in fire.iter().chain(&to_hold) {
                    if r.timeliness == Timeliness::Snoozed {
                        store::delete_snooze(conn, &r.due.habit, r.due.date)?;
                    }
                }
                for r in &fire {
                    let outcome = match r.timeliness {
                        Timeliness::Late => ReminderOutcome::Late,
                        _ => ReminderOutcome::OnTime,
                    };
                    store::record_reminder(conn, &r.due.habit, r.due.date, outcome, now)?;
                }
                for r in &to_hold {
                    store::hold(conn, &r.due, r.timeliness == Timeliness::Late, now)?;
                }
                for row in &back {
                    let outcome = if row.late {
                        ReminderOutcome::Late
                    } else {
                        ReminderOutcome::OnTime
                    };
                    store::record_reminder(conn, &row.due.habit, row.due.date, outcome, now)?;
                    store::release(conn, &row.due.habit, row.due.date)?;
                }
                let missed = expired.iter().chain(&due.missed);
                for m in missed {
                    store::record_reminder(conn, &m.habit, m.date, ReminderOutcome::Missed, now)?;
                    store::release(conn, &m.habit, m.date)?;
                }
                Ok(())
            })?;
        }
        fire.extend(back.into_iter().map(|row| Reminder {
            due: row.due,
            timeliness: Timeliness::Waited,
        }));
        fire.sort_by_key(|r| r.due.at);
        kept.sort_by_key(|h| h.due.at);
        Ok(Plan {
            fire,
            next: self.reminder_state()?.agenda().next_due(now),
            held: kept,
        })
    }

    /// Whether a reminder of `habit` for `date` still asks for something: the day is
    /// today, the habit is active and scheduled, not done or skipped, and not paused.
    /// A reminder on screen for a day that no longer does is withdrawn.
    pub fn reminder_wanted(&self, habit: &HabitId, date: NaiveDate) -> Result<bool> {
        let state = self.reminder_state()?;
        Ok(self.day_wants(&state, habit, date) && !paused_at(&state.pauses, self.now()))
    }

    /// Whether a habit-day still asks for a reminder, a pause running now aside.
    fn day_wants(&self, state: &ReminderState, habit: &HabitId, date: NaiveDate) -> bool {
        if date != self.today() {
            return false;
        }
        let now = self.now();
        let day_end = crate::zone::start_of_day(self.tz, date + Duration::days(1));
        state.habits.iter().any(|h| {
            &h.id == habit
                && trigger_on(h, date, self.tz)
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
