//! When a habit's reminder comes on a day, and why: at its own time, when the
//! person first sits down, or a lead before a moment of their day the rhythm has
//! learned (the usual lunch, the usual departure).
//!
//! A learned moment is planned on workdays (Monday to Friday, the days the rhythm
//! learns from) once five of them have it; until then, and on other days, the
//! habit's own time is used. Whether a given day will have the moment (a lunch
//! break, leaving on time) is known only after the planned instant, so a workday
//! is always planned from the usual time: a reminder before a lunch that does not
//! happen still finds the person at their desk.
use crate::model::{Anchor, Habit, Lead};
use crate::rhythm::{Moment, Rhythm, Typical};
use crate::zone::{local_instant, Zone};
use chrono::{DateTime, Datelike, NaiveDate, NaiveTime, Utc, Weekday};
use serde::ser::SerializeMap;
use serde::{Serialize, Serializer};

/// One day's planned trigger of a habit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timing {
    pub at: DateTime<Utc>,
    pub why: Why,
}

/// Why a trigger is where it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Why {
    /// At the habit's own time.
    Time,
    /// When the person first sits down, from the habit's time.
    Arrival,
    /// `lead` before the moment's usual time, learned over `typical.days` days.
    Learned {
        moment: Moment,
        lead: Lead,
        typical: Typical,
    },
    /// The moment is still being learned (`days` of the five so far): its own time.
    Learning { moment: Moment, days: usize },
    /// Not a workday, when the moment is not learned: its own time.
    NotWorkday { moment: Moment },
}

/// The last minute of a day: a learned moment past midnight is planned here.
const LAST_MINUTE: u32 = 23 * 3600 + 59 * 60;

/// The trigger of `habit` on `date` (whether or not it is scheduled that day).
pub fn timing(habit: &Habit, date: NaiveDate, tz: Zone, rhythm: &Rhythm) -> Timing {
    let own = Timing {
        at: local_instant(tz, date, habit.time.naive()),
        why: Why::Time,
    };
    let Some(moment) = habit.anchor.before() else {
        let why = match habit.anchor {
            Anchor::Arrival => Why::Arrival,
            _ => Why::Time,
        };
        return Timing { why, ..own };
    };
    let typical = rhythm.of(moment);
    let workday = !matches!(date.weekday(), Weekday::Sat | Weekday::Sun);
    match typical.seconds {
        Some(seconds) if workday => {
            // Planned to the minute the person is shown ("12:40"), less the lead.
            let minute = (seconds + 30).div_euclid(60) * 60;
            let planned =
                (minute - i64::from(habit.lead.as_minutes()) * 60).clamp(0, i64::from(LAST_MINUTE));
            let time = NaiveTime::from_num_seconds_from_midnight_opt(planned as u32, 0)
                .unwrap_or(NaiveTime::MIN);
            Timing {
                at: local_instant(tz, date, time),
                why: Why::Learned {
                    moment,
                    lead: habit.lead,
                    typical,
                },
            }
        }
        Some(_) => Timing {
            why: Why::NotWorkday { moment },
            ..own
        },
        None => Timing {
            why: Why::Learning {
                moment,
                days: typical.days,
            },
            ..own
        },
    }
}

impl Serialize for Why {
    /// `{"anchor": "time" | "arrival" | "lunch" | "leaving", …}`: for a learned
    /// moment also `typical` ("HH:MM"), `days` and `lead_minutes`; while learning,
    /// `learning: {"days": N, "of": 5}`; on another day, `not_workday: true`.
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut map = s.serialize_map(None)?;
        match self {
            Why::Time => map.serialize_entry("anchor", "time")?,
            Why::Arrival => map.serialize_entry("anchor", "arrival")?,
            Why::Learned {
                moment,
                lead,
                typical,
            } => {
                map.serialize_entry("anchor", moment.name())?;
                map.serialize_entry("typical", &typical.hh_mm())?;
                map.serialize_entry("days", &typical.days)?;
                map.serialize_entry("lead_minutes", &lead.as_minutes())?;
            }
            Why::Learning { moment, days } => {
                #[derive(Serialize)]
                struct Progress {
                    days: usize,
                    of: usize,
                }
                map.serialize_entry("anchor", moment.name())?;
                map.serialize_entry(
                    "learning",
                    &Progress {
                        days: *days,
                        of: crate::rhythm::DAYS_TO_LEARN,
                    },
                )?;
            }
            Why::NotWorkday { moment } => {
                map.serialize_entry("anchor", moment.name())?;
                map.serialize_entry("not_workday", &true)?;
            }
        }
        map.end()
    }
}
