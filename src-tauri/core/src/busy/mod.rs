//! Whether the person is busy: in a meeting of their calendars, in the desktop's
//! Do Not Disturb, or in a full-screen window. Reminders wait while they are, as
//! they wait while the person is away.
mod calendar;
mod event;
mod files;
mod rule;
#[cfg(test)]
mod tests;
mod values;
mod zones;

pub use calendar::{Calendar, Malformed};
pub use files::{CalendarFiles, Problem, MAX_CALENDARS, MAX_CALENDAR_BYTES};

use chrono::{DateTime, Utc};
use serde::Serialize;

/// A stretch of time a meeting covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
pub struct Stretch {
    pub start: DateTime<Utc>,
    pub end: DateTime<Utc>,
}

/// Why the person is busy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum BusyReason {
    Meeting,
    DoNotDisturb,
    FullScreen,
}

impl BusyReason {
    pub fn name(self) -> &'static str {
        match self {
            BusyReason::Meeting => "meeting",
            BusyReason::DoNotDisturb => "do_not_disturb",
            BusyReason::FullScreen => "full_screen",
        }
    }

    pub fn parse(name: &str) -> Option<BusyReason> {
        [
            BusyReason::Meeting,
            BusyReason::DoNotDisturb,
            BusyReason::FullScreen,
        ]
        .into_iter()
        .find(|r| r.name() == name)
    }
}

/// What the desktop's sources last said; `None` for a source it does not have.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct DesktopBusy {
    pub do_not_disturb: Option<bool>,
    pub full_screen: Option<bool>,
}

/// Which busy sources the person lets hold reminders (each on by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct BusySources {
    pub do_not_disturb: bool,
    pub full_screen: bool,
    pub calendar: bool,
}

/// Whether the person is busy now, why, and until when (known only for meetings).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Busy {
    pub now: bool,
    pub reasons: Vec<BusyReason>,
    /// The end of the meetings now (back-to-back ones as one), when a meeting is
    /// the only reason; `None` while the desktop's end cannot be known.
    pub until: Option<DateTime<Utc>>,
    /// The meeting under way, whatever else holds too: the engine looks again at
    /// its end.
    #[serde(skip)]
    pub meeting: Option<Stretch>,
}

impl Busy {
    /// Adds what the desktop and the meeting under way (if any) say, as the
    /// person lets each source count.
    pub fn of(desktop: DesktopBusy, meeting: Option<Stretch>, sources: BusySources) -> Busy {
        let mut reasons = Vec::new();
        let meeting = meeting.filter(|_| sources.calendar);
        if meeting.is_some() {
            reasons.push(BusyReason::Meeting);
        }
        if sources.do_not_disturb && desktop.do_not_disturb == Some(true) {
            reasons.push(BusyReason::DoNotDisturb);
        }
        if sources.full_screen && desktop.full_screen == Some(true) {
            reasons.push(BusyReason::FullScreen);
        }
        let until = match (reasons.as_slice(), meeting) {
            ([BusyReason::Meeting], Some(m)) => Some(m.end),
            _ => None,
        };
        Busy {
            now: !reasons.is_empty(),
            reasons,
            until,
            meeting,
        }
    }

    /// Not busy.
    pub fn free() -> Busy {
        Busy {
            now: false,
            reasons: Vec::new(),
            until: None,
            meeting: None,
        }
    }
}

/// Sorts stretches and joins those that overlap or touch: back-to-back meetings
/// are one busy stretch.
pub fn joined(mut stretches: Vec<Stretch>) -> Vec<Stretch> {
    stretches.sort();
    let mut out: Vec<Stretch> = Vec::with_capacity(stretches.len());
    for s in stretches {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

/// The stretch under way at `now`, if any.
pub fn at(stretches: &[Stretch], now: DateTime<Utc>) -> Option<Stretch> {
    stretches
        .iter()
        .copied()
        .find(|s| s.start <= now && now < s.end)
}
