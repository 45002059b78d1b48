//! Timed check-ins: started from a prompt, they open the habit's link and keep the
//! clock; finishing logs the habit with the measured minutes.
use super::records::LogRequest;
use super::Tracker;
use crate::checkin::CheckIn;
use crate::error::{CoreError, Result};
use crate::model::{Entry, Link, Source};
use crate::store;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// A check-in just started, and the address to open for it (none when the person
/// has no link yet).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Started {
    pub checkin: CheckIn,
    pub link: Option<Link>,
}

/// What the running check-in asks of the tray now: the core decides, on its clock.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CheckInPlan {
    /// A forgotten check-in this pass ended (to be told).
    pub ended: Option<Finished>,
    /// The check-in running after this pass.
    pub running: Option<CheckIn>,
    /// Show its wrap-up now: its length has run out and the wrap-up was not shown at
    /// this length before (stored, so a restart does not show it again).
    pub wrap_up: bool,
    /// When to look again; none while no check-in runs.
    pub next: Option<DateTime<Utc>>,
}

/// A check-in that ended with an entry.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finished {
    pub entry: Entry,
    /// Nobody finished it: it ended at twice its length with its target recorded.
    pub by_itself: bool,
}

impl Tracker {
    /// The check-in running, if any (one nobody finished may be over: see
    /// `end_forgotten_checkin`).
    pub fn checkin(&self) -> Result<Option<CheckIn>> {
        store::running_checkin(self.store.read())
    }

    /// Starts a check-in of a habit, today, at the person's check-in length. Only one
    /// runs at a time; a forgotten one is ended first.
    pub fn start_checkin(&mut self, habit: &str, source: Source) -> Result<Started> {
        let habit = self.habit(habit)?;
        if habit.archived {
            return Err(CoreError::said(
                "error-archived-start",
                vec![("habit", habit.id.as_str().into())],
            ));
        }
        self.end_forgotten_checkin(source)?;
        if let Some(running) = self.checkin()? {
            return Err(CoreError::said(
                "error-checkin-running",
                vec![("habit", running.habit.as_str().into())],
            ));
        }
        let checkin = CheckIn {
            habit: habit.id.clone(),
            date: self.today(),
            started_at: self.now(),
            length: self.settings()?.checkin_length(),
        };
        let link = self.link_for(&habit)?;
        self.store
            .write(|conn| store::put_running_checkin(conn, &checkin))?;
        Ok(Started { checkin, link })
    }

    /// Finishes the running check-in: logs its habit, for the day it started on,
    /// with the minutes it took.
    pub fn finish_checkin(&mut self, source: Source) -> Result<Finished> {
        if let Some(ended) = self.end_forgotten_checkin(source)? {
            return Ok(ended);
        }
        let checkin = self.running()?;
        let minutes = checkin.measured_minutes(self.now());
        self.end_with(&checkin, minutes, source, false)
    }

    /// Ends the running check-in without an entry.
    pub fn cancel_checkin(&mut self) -> Result<CheckIn> {
        let checkin = self.running()?;
        self.store.write(store::clear_running_checkin)?;
        Ok(checkin)
    }

    /// "5 more minutes": moves the wrap-up (and the end by itself) on.
    pub fn extend_checkin(&mut self) -> Result<CheckIn> {
        let checkin = self.running()?.extended();
        self.store
            .write(|conn| store::put_running_checkin(conn, &checkin))?;
        Ok(checkin)
    }

    /// Ends a check-in that ran to twice its length, recording its target length.
    pub fn end_forgotten_checkin(&mut self, source: Source) -> Result<Option<Finished>> {
        match self.checkin()? {
            Some(checkin) if checkin.is_forgotten(self.now()) => {
                let minutes = checkin.target_minutes();
                self.end_with(&checkin, minutes, source, true).map(Some)
            }
            _ => Ok(None),
        }
    }

    /// One pass for the running check-in: ends a forgotten one, says whether the
    /// wrap-up is due (once per length, remembered), and when to look again.
    pub fn plan_checkin(&mut self, source: Source) -> Result<CheckInPlan> {
        let ended = self.end_forgotten_checkin(source)?;
        let now = self.now();
        let running = self.checkin()?;
        let wrap_up = match &running {
            Some(checkin) if now >= checkin.wrap_up_at() => self.store.write(|conn| {
                let first = !store::wrap_up_shown(conn)?;
                if first {
                    store::mark_wrap_up_shown(conn)?;
                }
                Ok(first)
            })?,
            _ => false,
        };
        Ok(CheckInPlan {
            ended,
            next: running.as_ref().map(|c| c.next_wake(now)),
            running,
            wrap_up,
        })
    }

    fn running(&self) -> Result<CheckIn> {
        self.checkin()?
            .ok_or_else(|| CoreError::said("error-no-checkin", vec![]))
    }

    fn end_with(
        &mut self,
        checkin: &CheckIn,
        minutes: crate::model::Minutes,
        source: Source,
        by_itself: bool,
    ) -> Result<Finished> {
        let logged = self.log(&LogRequest {
            habit: checkin.habit.as_str(),
            date: Some(checkin.date),
            minutes: Some(i64::from(minutes.get())),
            source: Some(source),
            ..LogRequest::default()
        });
        // A habit archived meanwhile cannot be logged: the check-in ends all the same.
        self.store.write(store::clear_running_checkin)?;
        Ok(Finished {
            entry: logged?.entry,
            by_itself,
        })
    }
}
