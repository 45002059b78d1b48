//! Day marks from presence. The tray notes when the person went away (locked the
//! screen, went idle, suspended or shut down); when they are back, the time away
//! says what it was: a break (same day, at least 15 minutes), or the departure of
//! the day they left and, after at least 3 hours, the arrival of the new day. A
//! working day runs from 04:00 to 04:00 local time, so leaving at 01:00 after a
//! late night is that night's departure, not the start of a seven-hour break.
use super::{ARRIVAL_AFTER, BREAK_AT_LEAST};
use crate::presence::Presence;
use crate::zone::Zone;
use chrono::{DateTime, Duration, NaiveDate, Timelike, Utc};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkKind {
    Arrival,
    BreakStart,
    BreakEnd,
    Departure,
}

impl MarkKind {
    pub const ALL: [MarkKind; 4] = [
        MarkKind::Arrival,
        MarkKind::BreakStart,
        MarkKind::BreakEnd,
        MarkKind::Departure,
    ];

    pub fn name(self) -> &'static str {
        match self {
            MarkKind::Arrival => "arrival",
            MarkKind::BreakStart => "break_start",
            MarkKind::BreakEnd => "break_end",
            MarkKind::Departure => "departure",
        }
    }

    pub fn parse(name: &str) -> Option<MarkKind> {
        MarkKind::ALL.into_iter().find(|k| k.name() == name)
    }
}

/// A moment of the person's day, as an instant (its local time is read in the
/// zone of the day, so a DST change moves nothing).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct DayMark {
    pub at: DateTime<Utc>,
    pub kind: MarkKind,
}

/// Follows presence as it changes and says the marks each change makes. What it
/// holds, since when the person is away, is kept between runs of the tray (a
/// shutdown is an away the next start returns from).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Recorder {
    pub away_since: Option<DateTime<Utc>>,
}

impl Recorder {
    pub fn observe(&mut self, presence: Presence, at: DateTime<Utc>, tz: Zone) -> Vec<DayMark> {
        // Marks are kept to the second.
        let at = at.with_nanosecond(0).unwrap_or(at);
        match presence {
            Presence::Away => {
                self.away_since.get_or_insert(at);
                Vec::new()
            }
            Presence::Present => self
                .away_since
                .take()
                .map(|away| marks_on_return(away, at, tz))
                .unwrap_or_default(),
            // No source tells: nothing is known, nothing is forgotten.
            Presence::Unknown => Vec::new(),
        }
    }
}

/// The marks a return at `back` after being away since `away` makes.
pub fn marks_on_return(away: DateTime<Utc>, back: DateTime<Utc>, tz: Zone) -> Vec<DayMark> {
    if back <= away {
        return Vec::new();
    }
    let gone = back - away;
    let mark = |at, kind| DayMark { at, kind };
    if working_day(tz, away) == working_day(tz, back) {
        // Back the same day: it was not the day's departure.
        if gone >= BREAK_AT_LEAST {
            return vec![
                mark(away, MarkKind::BreakStart),
                mark(back, MarkKind::BreakEnd),
            ];
        }
        return Vec::new();
    }
    // No return that day: the last time away was the departure; the first
    // presence of a new day after a long absence is its arrival.
    let mut marks = vec![mark(away, MarkKind::Departure)];
    if gone >= ARRIVAL_AFTER {
        marks.push(mark(back, MarkKind::Arrival));
    }
    marks
}

/// When a working day begins, as time after local midnight.
pub const DAY_STARTS: Duration = Duration::hours(4);

/// The working day an instant belongs to (one that begins at 04:00 local time).
pub fn working_day(tz: Zone, at: DateTime<Utc>) -> NaiveDate {
    (at.with_timezone(&tz).naive_local() - DAY_STARTS).date()
}

/// Seconds from the local midnight that begins `at`'s working day: 01:00 after a
/// late night is 25 h, still after that day's 15:00.
pub fn seconds_into_day(tz: Zone, at: DateTime<Utc>) -> i64 {
    let local = at.with_timezone(&tz).naive_local();
    (local - working_day(tz, at).and_time(chrono::NaiveTime::MIN)).num_seconds()
}
