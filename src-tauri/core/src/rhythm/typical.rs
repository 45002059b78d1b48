//! The usual time of each of the day's moments: the median over the last ten
//! workdays (Monday to Friday) that have the mark, trusted from five such days on.
//! - arrival: the day's first arrival;
//! - lunch: the day's first break that begins between 11:00 and 14:30;
//! - leaving: the day's departure, if after 15:00.
use super::marks::{seconds_into_day, working_day};
use super::{DayMark, MarkKind, DAYS_CONSIDERED, DAYS_TO_LEARN};
use crate::zone::Zone;
use chrono::{Datelike, NaiveDate, Weekday};
use serde::{Serialize, Serializer};
use std::collections::BTreeMap;

const HOUR: i64 = 3600;
pub(super) const LUNCH_FROM: i64 = 11 * HOUR;
pub(super) const LUNCH_UNTIL: i64 = 14 * HOUR + 30 * 60;
pub(super) const LEAVING_FROM: i64 = 15 * HOUR;

/// A moment of the day a habit can be anchored to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Moment {
    Arrival,
    Lunch,
    Leaving,
}

impl Moment {
    pub const ALL: [Moment; 3] = [Moment::Arrival, Moment::Lunch, Moment::Leaving];

    pub fn name(self) -> &'static str {
        match self {
            Moment::Arrival => "arrival",
            Moment::Lunch => "lunch",
            Moment::Leaving => "leaving",
        }
    }

    /// This moment's time on a day, in seconds into the working day, from its marks.
    fn on_day(self, marks: &[(MarkKind, i64)]) -> Option<i64> {
        let of = |kind| {
            marks
                .iter()
                .filter(move |(k, _)| *k == kind)
                .map(|(_, s)| *s)
        };
        match self {
            Moment::Arrival => of(MarkKind::Arrival).min(),
            Moment::Lunch => of(MarkKind::BreakStart)
                .filter(|s| (LUNCH_FROM..=LUNCH_UNTIL).contains(s))
                .min(),
            Moment::Leaving => of(MarkKind::Departure).filter(|s| *s >= LEAVING_FROM).max(),
        }
    }
}

/// The usual time of one moment.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Typical {
    /// Seconds into the working day (past 24 h for a departure after midnight);
    /// none until `DAYS_TO_LEARN` days have the mark.
    pub seconds: Option<i64>,
    /// The recent workdays with the mark that it was taken over (at most ten).
    pub days: usize,
}

impl Typical {
    pub const UNKNOWN: Typical = Typical {
        seconds: None,
        days: 0,
    };

    /// The usual time over `days` (a moment's time on each recent day).
    pub fn over(days: &[(NaiveDate, i64)]) -> Typical {
        let mut times: Vec<i64> = days.iter().map(|(_, s)| *s).collect();
        times.sort_unstable();
        Typical {
            seconds: (times.len() >= DAYS_TO_LEARN).then(|| median(&times)),
            days: times.len(),
        }
    }

    /// "HH:MM" on the clock.
    pub fn hh_mm(&self) -> Option<String> {
        self.seconds.map(|s| {
            let minutes = (s + 30).div_euclid(60).rem_euclid(24 * 60);
            format!("{:02}:{:02}", minutes / 60, minutes % 60)
        })
    }
}

impl Serialize for Typical {
    /// `{"typical": "HH:MM" | null, "days": N}` (a contract of `aloud rhythm --json`).
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        #[derive(Serialize)]
        struct Shown {
            typical: Option<String>,
            days: usize,
        }
        Shown {
            typical: self.hh_mm(),
            days: self.days,
        }
        .serialize(s)
    }
}

/// What Aloud has learned of the person's day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Rhythm {
    pub learning: bool,
    pub arrival: Typical,
    pub lunch: Typical,
    pub leaving: Typical,
}

impl Rhythm {
    /// Nothing learned yet (and learning off).
    pub const NOTHING: Rhythm = Rhythm {
        learning: false,
        arrival: Typical::UNKNOWN,
        lunch: Typical::UNKNOWN,
        leaving: Typical::UNKNOWN,
    };

    pub fn of(&self, moment: Moment) -> Typical {
        match moment {
            Moment::Arrival => self.arrival,
            Moment::Lunch => self.lunch,
            Moment::Leaving => self.leaving,
        }
    }
}

/// The typical times from `marks` (any order), over the workdays up to `today`.
pub fn rhythm(marks: &[DayMark], tz: Zone, today: NaiveDate, learning: bool) -> Rhythm {
    let days = workdays(marks, tz, today);
    let typical = |moment: Moment| Typical::over(&on_recent_days(moment, &days));
    Rhythm {
        learning,
        arrival: typical(Moment::Arrival),
        lunch: typical(Moment::Lunch),
        leaving: typical(Moment::Leaving),
    }
}

/// The moment's time (seconds into the working day) on each of the last ten
/// workdays up to `today` that had it, newest first.
pub fn recent(
    moment: Moment,
    marks: &[DayMark],
    tz: Zone,
    today: NaiveDate,
) -> Vec<(NaiveDate, i64)> {
    on_recent_days(moment, &workdays(marks, tz, today))
}

type Workdays = BTreeMap<NaiveDate, Vec<(MarkKind, i64)>>;

/// The marks of each workday (Monday to Friday) up to `today`, by working day.
fn workdays(marks: &[DayMark], tz: Zone, today: NaiveDate) -> Workdays {
    let mut days = Workdays::new();
    for mark in marks {
        let day = working_day(tz, mark.at);
        if day <= today && !matches!(day.weekday(), Weekday::Sat | Weekday::Sun) {
            days.entry(day)
                .or_default()
                .push((mark.kind, seconds_into_day(tz, mark.at)));
        }
    }
    days
}

fn on_recent_days(moment: Moment, days: &Workdays) -> Vec<(NaiveDate, i64)> {
    days.iter()
        .rev()
        .filter_map(|(day, marks)| Some((*day, moment.on_day(marks)?)))
        .take(DAYS_CONSIDERED)
        .collect()
}

/// The middle of sorted, non-empty `times` (the mean of the two middle ones).
fn median(times: &[i64]) -> i64 {
    let mid = times.len() / 2;
    if times.len() % 2 == 1 {
        times[mid]
    } else {
        (times[mid - 1] + times[mid]) / 2
    }
}
