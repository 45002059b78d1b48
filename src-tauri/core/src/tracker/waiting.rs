//! Prompts that wait for the person: one engine pass sorts what came due, and what
//! was held before, by whether the person is there, then records it all at once.
use super::views::ReminderState;
use super::Tracker;
use crate::busy::Busy;
use crate::error::Result;
use crate::model::Anchor;
use crate::schedule::{paused_at, Due, Reminder, Timeliness, WaitedFor};
use crate::store::{self, HeldRow, ReminderOutcome};
use chrono::{DateTime, Duration, Utc};
use rusqlite::Connection;

/// A reminder waiting for the person, and until when it may still be shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Held {
    pub due: Due,
    pub until: DateTime<Utc>,
}

/// What holds reminders back in one pass.
pub(super) struct Holds<'a> {
    /// The person is away.
    pub away: bool,
    /// They want reminders to wait while they are away.
    pub wait_when_away: bool,
    pub busy: &'a Busy,
}

/// What one pass does with each reminder.
#[derive(Debug, Default)]
pub(super) struct Pass {
    /// Came due with the person there: shown now.
    pub show: Vec<Reminder>,
    /// Came due while away or busy: held from now on, and what for.
    pub hold: Vec<(Reminder, WaitedFor)>,
    /// Held before, still waiting, now for something else (busy, then away).
    pub rewait: Vec<(Due, WaitedFor)>,
    /// Held, and the person is back in time: shown now, as having waited.
    pub back: Vec<HeldRow>,
    /// Too late to show (past the latest time, or its day is over or settled).
    pub missed: Vec<Due>,
    /// Everything still waiting after this pass, and until when.
    pub waiting: Vec<Held>,
    /// Came due for a quietly prompted habit: recorded as reminded, not shown.
    pub quiet: Vec<Reminder>,
}

impl Pass {
    pub fn is_empty(&self) -> bool {
        self.show.is_empty()
            && self.hold.is_empty()
            && self.back.is_empty()
            && self.missed.is_empty()
            && self.quiet.is_empty()
            && self.rewait.is_empty()
    }

    /// Writes the pass: each habit-day shown or missed gets its one reminder record,
    /// each held one its place in `held_reminders`, and fired snoozes are consumed.
    pub fn record(&self, conn: &Connection, now: DateTime<Utc>) -> Result<()> {
        let held = self.hold.iter().map(|(r, _)| r);
        for r in self.show.iter().chain(held).chain(&self.quiet) {
            if r.timeliness == Timeliness::Snoozed {
                store::delete_snooze(conn, &r.due.habit, r.due.date)?;
            }
        }
        for r in self.show.iter().chain(&self.quiet) {
            let late = r.timeliness == Timeliness::Late;
            store::record_reminder(conn, &r.due.habit, r.due.date, outcome(late), now)?;
        }
        for (r, waited_for) in &self.hold {
            let late = r.timeliness == Timeliness::Late;
            store::hold(conn, &r.due, late, *waited_for, now)?;
        }
        for (due, waited_for) in &self.rewait {
            store::wait_for(conn, due, *waited_for)?;
        }
        for row in &self.back {
            store::record_reminder(conn, &row.due.habit, row.due.date, outcome(row.late), now)?;
            store::release(conn, &row.due.habit, row.due.date)?;
        }
        for m in &self.missed {
            store::record_reminder(conn, &m.habit, m.date, ReminderOutcome::Missed, now)?;
            store::release(conn, &m.habit, m.date)?;
        }
        Ok(())
    }
}

fn outcome(late: bool) -> ReminderOutcome {
    if late {
        ReminderOutcome::Late
    } else {
        ReminderOutcome::OnTime
    }
}

impl Tracker {
    /// Sorts `came_due` and the held reminders for one pass. A reminder waits while
    /// the person is away (if they want it to; a habit anchored to their arrival
    /// always does) or busy, and is shown once they are back and free. A running
    /// pause keeps held ones waiting.
    pub(super) fn sort_for_presence(
        &self,
        state: &ReminderState,
        came_due: Vec<Reminder>,
        holds: Holds,
        window: Duration,
    ) -> Result<Pass> {
        let now = self.now();
        let agenda = state.agenda();
        let habit_of = |due: &Due| state.habits.iter().find(|h| h.id == due.habit);
        // Until when a habit-day may still be shown; None once that has passed.
        let until = |due: &Due| {
            let habit = habit_of(due)?;
            Some(agenda.latest(habit, due.date, window)).filter(|until| now < *until)
        };
        // What a habit-day waits for now, if anything: the person first.
        let waits = |due: &Due| {
            let arrival = || habit_of(due).is_some_and(|h| h.anchor == Anchor::Arrival);
            if holds.away && (holds.wait_when_away || arrival()) {
                return Some(WaitedFor::Away);
            }
            holds.busy.reasons.first().map(|r| WaitedFor::Busy(*r))
        };
        let mut pass = Pass::default();
        for row in store::held(self.store.read())? {
            match until(&row.due) {
                Some(until) if self.day_wants(state, &row.due.habit, row.due.date) => {
                    let waiting = waits(&row.due);
                    match waiting {
                        Some(w) if w != row.waited_for => pass.rewait.push((row.due.clone(), w)),
                        _ => {}
                    }
                    if waiting.is_some() || paused_at(&state.pauses, now) {
                        pass.waiting.push(Held {
                            due: row.due,
                            until,
                        });
                    } else {
                        pass.back.push(row);
                    }
                }
                _ => pass.missed.push(row.due),
            }
        }
        for r in came_due {
            match (until(&r.due), waits(&r.due)) {
                (Some(until), Some(waited_for)) => {
                    pass.waiting.push(Held {
                        due: r.due.clone(),
                        until,
                    });
                    pass.hold.push((r, waited_for));
                }
                // A snooze coming due past the latest time while held: too late.
                (None, Some(_)) => pass.missed.push(r.due),
                _ => pass.show.push(r),
            }
        }
        pass.waiting.sort_by_key(|h| h.due.at);
        Ok(pass)
    }
}
