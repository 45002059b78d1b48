//! Read-only views: today's status, the history, and per-habit statistics.
use super::Tracker;
use crate::error::{CoreError, Result};
use crate::model::{HabitId, Need, PromptStage, Source};
use crate::presence::Presence;
use crate::schedule::{day_paused, Agenda, Settled, Why};
use crate::stats::{self, day_statuses, DayStatus, HabitDays, HabitStats};
use crate::store::{self, LAST_DAY};
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use serde::Serialize;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TodayState {
    Done,
    Skipped,
    Paused,
    Pending,
    NotScheduled,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HabitToday {
    pub id: HabitId,
    pub name: String,
    pub trigger: String,
    /// The trigger as the start of a recipe: "after my first coffee…".
    pub cue: String,
    /// The whole recipe: "After my first coffee, I will share one moment…".
    pub recipe: String,
    pub prompt: String,
    /// Its own time ("HH:MM"): the clock time, an anchor's earliest or fallback time.
    pub time: String,
    /// When it comes today ("HH:MM"), if scheduled today: its own time, or the
    /// instant an anchor plans from the person's learned day.
    pub at: Option<String>,
    /// Why it comes then (see `schedule::Why`).
    pub why: Option<Why>,
    /// The same, said to the person: "12:30 — 10 min before you usually leave for
    /// lunch, 12:40 over the last 10 days"; `None` for a habit at its own time.
    pub why_text: Option<String>,
    pub state: TodayState,
    pub note: Option<String>,
    pub minutes: Option<u16>,
    /// The need the day's check-in served, when tagged.
    pub need: Option<Need>,
    /// Today's idea for what to post, if the habit has any.
    pub idea: Option<String>,
    /// Whom the day's check-in involved.
    pub with: Vec<String>,
    /// What the "With" field asks: whom was recognised, for the Recognition habit.
    pub with_question: String,
    /// How it is prompted now: `full`, `quiet` or `off`.
    pub prompts: PromptStage,
    /// Pending, and its time today has come.
    pub due: bool,
    /// The smaller step to propose, if the person set one.
    pub starter: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NextReminder {
    pub habit: HabitId,
    pub date: NaiveDate,
    pub at: DateTime<FixedOffset>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Status {
    pub date: NaiveDate,
    pub timezone: String,
    /// Habits done today out of those scheduled today.
    pub done: u32,
    pub scheduled: u32,
    pub habits: Vec<HabitToday>,
    pub next_reminder: Option<NextReminder>,
    pub paused_until: Option<DateTime<FixedOffset>>,
    /// Habits whose reminder waits for the person to be back.
    pub held: Vec<HabitId>,
    /// Whether the person is at the computer, as the running tray app sees it; the
    /// history alone cannot tell, so this is `unknown` until a caller fills it in.
    pub presence: Presence,
    /// The timed check-in running, if any.
    pub checkin: Option<crate::checkin::RunningCheckIn>,
    /// Whether the person is busy now (a meeting, Do Not Disturb, full screen),
    /// why, and until when.
    pub busy: crate::busy::Busy,
}

impl Status {
    /// A habit's name as the person wrote it (its id when it is gone).
    pub fn name_of<'a>(&'a self, id: &'a HabitId) -> &'a str {
        self.habits
            .iter()
            .find(|h| &h.id == id)
            .map_or(id.as_str(), |h| h.name.as_str())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HistoryRow {
    pub date: NaiveDate,
    pub habit: HabitId,
    /// "done" or "skipped".
    pub status: &'static str,
    pub at: DateTime<FixedOffset>,
    pub source: Option<Source>,
    pub note: Option<String>,
    pub minutes: Option<u16>,
    pub need: Option<Need>,
}

/// Everything the scheduler reads from the store, loaded in one go.
pub struct ReminderState {
    pub habits: Vec<crate::model::Habit>,
    pub closed: Settled,
    pub reminded: Settled,
    pub pauses: Vec<crate::model::Pause>,
    pub snoozes: Vec<crate::schedule::Snooze>,
    pub tz: crate::zone::Zone,
    pub rhythm: crate::rhythm::Rhythm,
}

impl ReminderState {
    pub fn agenda(&self) -> Agenda<'_> {
        Agenda {
            habits: &self.habits,
            closed: &self.closed,
            reminded: &self.reminded,
            pauses: &self.pauses,
            snoozes: &self.snoozes,
            tz: self.tz,
            rhythm: &self.rhythm,
        }
    }
}

impl Tracker {
    fn local(&self, at: DateTime<Utc>) -> DateTime<FixedOffset> {
        at.with_timezone(&self.tz).fixed_offset()
    }

    pub fn reminder_state(&self) -> Result<ReminderState> {
        let conn = self.store.read();
        let since = self.today() - Duration::days(8);
        let mut closed = Settled::default();
        for e in store::entries(conn, since, LAST_DAY)? {
            closed.insert(e.habit, e.date);
        }
        for s in store::skips(conn, since, LAST_DAY)? {
            closed.insert(s.habit, s.date);
        }
        let mut reminded = Settled::default();
        for (habit, date) in store::reminded_since(conn, since)? {
            reminded.insert(habit, date);
        }
        // A held reminder counts as reminded: it is shown when the person is back.
        for held in store::held(conn)? {
            reminded.insert(held.due.habit, held.due.date);
        }
        Ok(ReminderState {
            habits: store::habits(conn)?,
            closed,
            reminded,
            pauses: store::pauses(conn)?,
            snoozes: store::snoozes(conn)?,
            tz: self.tz,
            rhythm: self.planning_rhythm()?,
        })
    }

    /// Today at a glance: each active habit's state and the next reminder.
    pub fn status(&self) -> Result<Status> {
        let c = self.catalogue()?;
        let conn = self.store.read();
        let today = self.today();
        let now = self.now();
        let mut state = self.reminder_state()?;
        let stages = self.prompt_stages()?;
        let stage = |id: &HabitId| stages.get(id).copied().unwrap_or_default();
        let entries = store::entries(conn, today, today)?;
        let skips = store::skips(conn, today, today)?;
        let tomorrow = crate::zone::start_of_day(self.tz, today + Duration::days(1));
        let mut habits = Vec::new();
        for habit in state.habits.iter().filter(|h| h.enabled && !h.archived) {
            let entry = entries.iter().find(|e| e.habit == habit.id);
            let timing = state.agenda().timing(habit, today);
            let trigger = timing.map(|t| t.at);
            let at = trigger.map(|at| crate::i18n::hh_mm(&at.with_timezone(&self.tz)));
            let state = if entry.is_some() {
                TodayState::Done
            } else if skips.iter().any(|s| s.habit == habit.id) {
                TodayState::Skipped
            } else if trigger.is_none() {
                TodayState::NotScheduled
            } else if trigger.is_some_and(|at| day_paused(&state.pauses, at, tomorrow, now)) {
                TodayState::Paused
            } else {
                TodayState::Pending
            };
            habits.push(HabitToday {
                id: habit.id.clone(),
                name: habit.name.clone(),
                trigger: habit.trigger.clone(),
                cue: c.cue(&habit.trigger),
                recipe: c.recipe(&habit.trigger, &habit.prompt),
                prompt: habit.prompt.clone(),
                time: habit.time.to_string(),
                why: timing.map(|t| t.why),
                why_text: timing
                    .zip(at.as_deref())
                    .and_then(|(t, at)| c.why(at, &t.why)),
                at,
                state,
                note: entry.and_then(|e| e.note.clone()),
                minutes: entry.and_then(|e| e.minutes),
                need: entry.and_then(|e| e.need),
                idea: self.idea_for(habit.id.as_str(), today)?,
                with: entry.map(|e| e.with.clone()).unwrap_or_default(),
                with_question: crate::network::with_question(&habit.id, c),
                prompts: stage(&habit.id),
                due: state == TodayState::Pending && trigger.is_some_and(|at| at <= now),
                starter: habit.starter.clone(),
            });
        }
        let count =
            |f: fn(&TodayState) -> bool| habits.iter().filter(|h| f(&h.state)).count() as u32;
        // The next pop-up: quiet and silenced habits have none.
        state.habits.retain(|h| stage(&h.id).is_full());
        let next_reminder = state.agenda().next_due(now).map(|due| NextReminder {
            habit: due.habit,
            date: due.date,
            at: self.local(due.at),
        });
        let paused_until = state
            .pauses
            .iter()
            .filter(|p| p.covers(now))
            .map(|p| p.until)
            .max();
        Ok(Status {
            date: today,
            timezone: self.tz.name().to_string(),
            done: count(|s| *s == TodayState::Done),
            scheduled: count(|s| *s != TodayState::NotScheduled),
            habits,
            next_reminder,
            paused_until: paused_until.map(|t| self.local(t)),
            held: store::held(conn)?
                .into_iter()
                .filter(|h| h.due.date == today)
                .map(|h| h.due.habit)
                .collect(),
            presence: self.presence_seen()?.0,
            busy: self.busy()?,
            checkin: store::running_checkin(conn)?
                .map(|c| crate::checkin::RunningCheckIn::at(c, self.now(), self.tz)),
        })
    }

    /// Entries and skips between two dates (inclusive), by date then habit.
    pub fn history(&self, from: NaiveDate, to: NaiveDate) -> Result<Vec<HistoryRow>> {
        if from > to {
            return Err(CoreError::said(
                "error-from-after-to",
                vec![
                    ("from", from.to_string().into()),
                    ("to", to.to_string().into()),
                ],
            ));
        }
        let conn = self.store.read();
        let mut rows: Vec<HistoryRow> = store::entries(conn, from, to)?
            .into_iter()
            .map(|e| self.done_row(e))
            .collect();
        rows.extend(
            store::skips(conn, from, to)?
                .into_iter()
                .map(|s| HistoryRow {
                    date: s.date,
                    habit: s.habit,
                    status: "skipped",
                    at: self.local(s.skipped_at),
                    source: None,
                    note: None,
                    minutes: None,
                    need: None,
                }),
        );
        rows.sort_by(|a, b| (a.date, &a.habit).cmp(&(b.date, &b.habit)));
        Ok(rows)
    }

    pub(super) fn done_row(&self, e: crate::model::Entry) -> HistoryRow {
        HistoryRow {
            date: e.date,
            habit: e.habit,
            status: "done",
            at: self.local(e.logged_at),
            source: Some(e.source),
            note: e.note,
            minutes: e.minutes,
            need: e.need,
        }
    }

    /// Streaks, strength and totals for each habit that is not archived.
    pub fn stats(&self) -> Result<Vec<HabitStats>> {
        self.each_habit_history(stats::summarize)
    }

    /// Calls `f` for each habit that is not archived with its raw history, its days
    /// classified up to today, and its total minutes; the one loader for stats views.
    pub(super) fn each_habit_history<T>(
        &self,
        mut f: impl FnMut(&HabitDays<'_>, &[(NaiveDate, DayStatus)], u64) -> T,
    ) -> Result<Vec<T>> {
        let pauses = store::pauses(self.store.read())?;
        let habits = store::habits(self.store.read())?;
        habits
            .iter()
            .filter(|h| !h.archived)
            .map(|habit| self.habit_history(habit, &pauses, &mut f))
            .collect()
    }

    /// Calls `f` with one habit's raw history, its days classified up to today, and
    /// its total minutes.
    pub(super) fn habit_history<T>(
        &self,
        habit: &crate::model::Habit,
        pauses: &[crate::model::Pause],
        f: &mut impl FnMut(&HabitDays<'_>, &[(NaiveDate, DayStatus)], u64) -> T,
    ) -> Result<T> {
        let conn = self.store.read();
        let done_rows = store::done_days(conn, &habit.id)?;
        let done: Vec<NaiveDate> = done_rows.iter().map(|(d, _)| *d).collect();
        let minutes = done_rows
            .iter()
            .map(|(_, m)| u64::from(m.unwrap_or(0)))
            .sum();
        let skips = store::skip_days(conn, &habit.id)?;
        let days = HabitDays {
            habit,
            done: &done,
            skips: &skips,
            pauses,
            tz: self.tz,
        };
        let series = day_statuses(&days, self.now());
        Ok(f(&days, &series, minutes))
    }
}
