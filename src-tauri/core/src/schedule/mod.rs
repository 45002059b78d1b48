//! When to remind: pure functions of the habits, what is already settled, pauses,
//! the person's learned day, and now.
mod timing;

use crate::busy::BusyReason;
pub use timing::{timing, Timing, Why};

use crate::model::{Habit, HabitId, Pause};
use crate::rhythm::Rhythm;
use crate::zone::{local_date, Zone};
use chrono::{DateTime, Duration, NaiveDate, Utc};
use serde::Serialize;
use std::collections::HashSet;

/// How far ahead `next_due` looks; long enough to get past any vacation pause.
const HORIZON_DAYS: i64 = 400;
/// A reminder this close after its trigger counts as on time rather than late.
pub const ON_TIME_GRACE: Duration = Duration::seconds(60);
/// Catch-up never looks further back than this, however long the app was off.
const CATCH_UP_LOOKBACK: Duration = Duration::days(7);

/// The (habit, logical date) pairs that must not be reminded: done, skipped, or
/// already reminded (or recorded missed) once.
#[derive(Debug, Default, Clone)]
pub struct Settled(HashSet<(HabitId, NaiveDate)>);

impl Settled {
    pub fn insert(&mut self, habit: HabitId, date: NaiveDate) {
        self.0.insert((habit, date));
    }

    pub fn contains(&self, habit: &HabitId, date: NaiveDate) -> bool {
        self.0.contains(&(habit.clone(), date))
    }
}

/// A snoozed reminder that should come back at `until`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Snooze {
    pub habit: HabitId,
    pub date: NaiveDate,
    pub until: DateTime<Utc>,
}

/// What the scheduler needs to know besides the clock.
#[derive(Debug, Clone, Copy)]
pub struct Agenda<'a> {
    pub habits: &'a [Habit],
    /// Days that are done or skipped (never remind, not even a snoozed reminder).
    pub closed: &'a Settled,
    /// Days already reminded or recorded missed (no second first reminder).
    pub reminded: &'a Settled,
    pub pauses: &'a [Pause],
    pub snoozes: &'a [Snooze],
    pub tz: Zone,
    /// The moments anchored habits are planned from.
    pub rhythm: &'a Rhythm,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Due {
    pub habit: HabitId,
    pub date: NaiveDate,
    pub at: DateTime<Utc>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Timeliness {
    OnTime,
    Late,
    Snoozed,
    /// It came due while the person was away and waited for them.
    Waited,
    /// It came due during a meeting and waited for its end.
    AfterMeeting,
    /// It came due in the desktop's Do Not Disturb and waited for it to end.
    AfterDoNotDisturb,
    /// It came due while a window was full screen and waited for that to end.
    AfterFullScreen,
}

impl Timeliness {
    const ALL: [Timeliness; 7] = [
        Timeliness::OnTime,
        Timeliness::Late,
        Timeliness::Snoozed,
        Timeliness::Waited,
        Timeliness::AfterMeeting,
        Timeliness::AfterDoNotDisturb,
        Timeliness::AfterFullScreen,
    ];

    /// Its name, as JSON writes it.
    pub fn name(self) -> &'static str {
        match self {
            Timeliness::OnTime => "on_time",
            Timeliness::Late => "late",
            Timeliness::Snoozed => "snoozed",
            Timeliness::Waited => "waited",
            Timeliness::AfterMeeting => "after_meeting",
            Timeliness::AfterDoNotDisturb => "after_do_not_disturb",
            Timeliness::AfterFullScreen => "after_full_screen",
        }
    }

    pub fn parse(name: &str) -> Option<Timeliness> {
        Self::ALL.into_iter().find(|t| t.name() == name)
    }

    /// Whether it waited (for the person, or for them to be free).
    pub fn waited(self) -> bool {
        matches!(
            self,
            Timeliness::Waited
                | Timeliness::AfterMeeting
                | Timeliness::AfterDoNotDisturb
                | Timeliness::AfterFullScreen
        )
    }
}

/// What a held reminder waits for: the person to come back, or to be free.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WaitedFor {
    Away,
    Busy(BusyReason),
}

impl WaitedFor {
    pub fn name(self) -> &'static str {
        match self {
            WaitedFor::Away => "away",
            WaitedFor::Busy(reason) => reason.name(),
        }
    }

    pub fn parse(name: &str) -> Option<WaitedFor> {
        match name {
            "away" => Some(WaitedFor::Away),
            other => BusyReason::parse(other).map(WaitedFor::Busy),
        }
    }

    /// How the reminder is shown once it stops waiting.
    pub fn timeliness(self) -> Timeliness {
        match self {
            WaitedFor::Away => Timeliness::Waited,
            WaitedFor::Busy(BusyReason::Meeting) => Timeliness::AfterMeeting,
            WaitedFor::Busy(BusyReason::DoNotDisturb) => Timeliness::AfterDoNotDisturb,
            WaitedFor::Busy(BusyReason::FullScreen) => Timeliness::AfterFullScreen,
        }
    }
}

/// A reminder to show now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reminder {
    pub due: Due,
    pub timeliness: Timeliness,
}

/// What happened to triggers between the last time the app looked and now.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct CatchUp {
    /// Show these now (each once).
    pub fire: Vec<Reminder>,
    /// Too old to show: record them as missed, never fire.
    pub missed: Vec<Due>,
}

pub fn paused_at(pauses: &[Pause], at: DateTime<Utc>) -> bool {
    pauses.iter().any(|p| p.covers(at))
}

/// Whether a habit-day that triggers at `trigger` and ends at `day_end` counts as
/// paused, as seen at `now` (Today, the tray and stats all ask this). A pause covering
/// the trigger pauses the day; so does a pause begun after the trigger, by `now`,
/// that lasts to the day's end: "pause until tomorrow" at 15:00 excuses the 12:00
/// habit not done yet as well as the 17:30 one. A shorter pause after the trigger
/// (an hour at 13:00) leaves the 12:00 habit to be done or missed.
pub fn day_paused(
    pauses: &[Pause],
    trigger: DateTime<Utc>,
    day_end: DateTime<Utc>,
    now: DateTime<Utc>,
) -> bool {
    pauses.iter().any(|p| {
        p.covers(trigger)
            || (trigger <= p.from && p.from <= now && p.from < day_end && p.until >= day_end)
    })
}

impl Agenda<'_> {
    /// When and why `habit` triggers on `date`, if it is scheduled that day.
    pub fn timing(&self, habit: &Habit, date: NaiveDate) -> Option<Timing> {
        habit
            .scheduled_on(date)
            .then(|| timing(habit, date, self.tz, self.rhythm))
    }

    /// The instant `habit` triggers on `date`, if it is scheduled that day.
    pub fn trigger(&self, habit: &Habit, date: NaiveDate) -> Option<DateTime<Utc>> {
        self.timing(habit, date).map(|t| t.at)
    }

    /// Until when the reminder of `habit` for `date` may still be shown (`window`:
    /// the catch-up window, for a habit without a latest time).
    pub fn latest(&self, habit: &Habit, date: NaiveDate, window: Duration) -> DateTime<Utc> {
        let at = timing(habit, date, self.tz, self.rhythm).at;
        habit.latest_after(at, date, self.tz, window)
    }

    fn open(&self, habit: &HabitId, date: NaiveDate) -> bool {
        !self.closed.contains(habit, date)
    }

    /// The next reminder strictly after `now`, if any within the horizon.
    pub fn next_due(&self, now: DateTime<Utc>) -> Option<Due> {
        let today = local_date(self.tz, now);
        let first_trigger = self.habits.iter().filter_map(|habit| {
            // Start a day early: a gap can push a late-evening time past midnight.
            (-1..HORIZON_DAYS)
                .map(|offset| today + Duration::days(offset))
                .filter_map(|date| Some((date, self.trigger(habit, date)?)))
                .find(|&(date, at)| at > now && self.remindable(&habit.id, date, at))
                .map(|(date, at)| Due {
                    habit: habit.id.clone(),
                    date,
                    at,
                })
        });
        let snoozed = self
            .snoozes
            .iter()
            .filter(|s| s.until > now && self.is_live_snooze(s))
            .map(|s| Due {
                habit: s.habit.clone(),
                date: s.date,
                at: s.until,
            });
        first_trigger.chain(snoozed).min_by(|a, b| a.at.cmp(&b.at))
    }

    /// Whether the regular trigger of a habit-day at `at` should remind: the day is
    /// still open, not reminded yet, not paused, and not snoozed (a snoozed day is
    /// reminded at the snooze's time instead).
    pub fn remindable(&self, habit: &HabitId, date: NaiveDate, at: DateTime<Utc>) -> bool {
        self.open(habit, date)
            && !self.reminded.contains(habit, date)
            && !paused_at(self.pauses, at)
            && !self
                .snoozes
                .iter()
                .any(|s| &s.habit == habit && s.date == date)
    }

    fn is_live_snooze(&self, snooze: &Snooze) -> bool {
        self.habits
            .iter()
            .any(|h| h.id == snooze.habit && h.enabled && !h.archived)
            && self.open(&snooze.habit, snooze.date)
            && !paused_at(self.pauses, snooze.until)
    }

    /// Sorts the triggers in (since, now] into reminders to show now and days to
    /// record as missed, following the catch-up rule: a trigger missed but still
    /// before the habit's latest time (by default `window` after it) on its own local
    /// day fires once (late); older ones are missed. A trigger from before its habit was added did not happen. Snoozes that
    /// came due are fired again. Nothing fires while a pause is running.
    pub fn catch_up(&self, since: DateTime<Utc>, now: DateTime<Utc>, window: Duration) -> CatchUp {
        let since = since.max(now - CATCH_UP_LOOKBACK);
        let today = local_date(self.tz, now);
        let mut out = CatchUp::default();
        if since >= now || paused_at(self.pauses, now) {
            return out; // the clock went back (nothing new came due), or a pause runs
        }
        let first_day = local_date(self.tz, since) - Duration::days(1);
        for habit in self.habits {
            let since = since.max(habit.began_at(self.tz));
            let mut date = first_day;
            while date <= today {
                if let Some(at) = self.trigger(habit, date) {
                    let new = at > since && at <= now;
                    if new && self.remindable(&habit.id, date, at) {
                        let due = Due {
                            habit: habit.id.clone(),
                            date,
                            at,
                        };
                        let lateness = now - at;
                        if lateness <= ON_TIME_GRACE {
                            out.fire.push(Reminder {
                                due,
                                timeliness: Timeliness::OnTime,
                            });
                        } else if date == today && now < self.latest(habit, date, window) {
                            out.fire.push(Reminder {
                                due,
                                timeliness: Timeliness::Late,
                            });
                        } else {
                            out.missed.push(due);
                        }
                    }
                }
                date += Duration::days(1);
            }
        }
        for snooze in self.snoozes {
            let came_due = snooze.until <= now && local_date(self.tz, now) == snooze.date;
            if came_due && self.is_live_snooze(snooze) {
                out.fire.push(Reminder {
                    due: Due {
                        habit: snooze.habit.clone(),
                        date: snooze.date,
                        at: snooze.until,
                    },
                    timeliness: Timeliness::Snoozed,
                });
            }
        }
        out.fire.sort_by_key(|r| r.due.at);
        out
    }
}

#[cfg(test)]
mod tests;
