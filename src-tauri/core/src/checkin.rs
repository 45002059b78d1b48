//! A timed check-in: the person opens their network from a prompt, and Aloud keeps
//! the clock so the minutes on their history are measured, not guessed. The essay's
//! budget is 5 to 15 minutes, three times a day.
use crate::model::{HabitId, Minutes, MINUTES_MAX};
use crate::zone::Zone;
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, Utc};
use serde::Serialize;

/// What "5 more minutes" adds.
pub const EXTENSION: Duration = Duration::minutes(5);
/// The band the essay names for one check-in, in minutes.
pub const BAND: (u16, u16) = (5, 15);

/// The one check-in running, stored with its start instant so that it survives a
/// restart or a crash.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CheckIn {
    pub habit: HabitId,
    /// The local day it counts for: the day it started on.
    pub date: NaiveDate,
    pub started_at: DateTime<Utc>,
    /// The person's check-in length, plus any "5 more minutes".
    #[serde(serialize_with = "seconds")]
    pub length: Duration,
}

fn seconds<S: serde::Serializer>(d: &Duration, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_i64(d.num_seconds())
}

impl CheckIn {
    /// Time spent so far; never negative, even when the clock was set back.
    pub fn elapsed(&self, now: DateTime<Utc>) -> Duration {
        (now - self.started_at).max(Duration::zero())
    }

    /// When the wrap-up ("Finish, or 5 more minutes?") is due.
    pub fn wrap_up_at(&self) -> DateTime<Utc> {
        self.started_at + self.length
    }

    /// A check-in nobody finishes ends by itself at twice its length.
    pub fn ends_by_itself_at(&self) -> DateTime<Utc> {
        self.started_at + self.length * 2
    }

    pub fn is_forgotten(&self, now: DateTime<Utc>) -> bool {
        now >= self.ends_by_itself_at()
    }

    /// The minutes to log when finished at `now`: started minutes count whole
    /// (rounded up), at least 1 and at most the entry's limit.
    pub fn measured_minutes(&self, now: DateTime<Utc>) -> Minutes {
        whole_minutes(self.elapsed(now))
    }

    /// The minutes recorded for a forgotten check-in: its target length.
    pub fn target_minutes(&self) -> Minutes {
        whole_minutes(self.length)
    }

    /// When to look at it again: its next whole minute (when the minutes shown go
    /// up), or its wrap-up or its end if sooner.
    pub fn next_wake(&self, now: DateTime<Utc>) -> DateTime<Utc> {
        let minutes = self.elapsed(now).num_minutes() + 1;
        let next_minute = self.started_at + Duration::minutes(minutes);
        let wrap_up = Some(self.wrap_up_at()).filter(|at| *at > now);
        [Some(next_minute), wrap_up, Some(self.ends_by_itself_at())]
            .into_iter()
            .flatten()
            .min()
            .expect("at least one instant")
    }

    pub fn extended(&self) -> CheckIn {
        CheckIn {
            length: self.length + EXTENSION,
            ..self.clone()
        }
    }
}

/// The running check-in as the tray, the dashboard and `status --json` show it: its
/// start in local time and its minutes so far (as finishing now would log them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RunningCheckIn {
    #[serde(skip)]
    pub checkin: CheckIn,
    pub habit: HabitId,
    pub date: NaiveDate,
    pub started_at: DateTime<FixedOffset>,
    /// Its length with any "5 more minutes", in seconds.
    pub length: i64,
    pub minutes: u16,
    /// Its length has run out: the wrap-up is due.
    pub wrap_up_due: bool,
}

impl RunningCheckIn {
    pub fn at(checkin: CheckIn, now: DateTime<Utc>, tz: Zone) -> Self {
        RunningCheckIn {
            habit: checkin.habit.clone(),
            date: checkin.date,
            started_at: checkin.started_at.with_timezone(&tz).fixed_offset(),
            length: checkin.length.num_seconds(),
            minutes: checkin.measured_minutes(now).get(),
            wrap_up_due: now >= checkin.wrap_up_at(),
            checkin,
        }
    }
}

/// Weeks of check-ins the band looks back over.
pub const BAND_WEEKS: i64 = 4;

/// A habit's check-ins of the last weeks against the 5–15 minute band.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    /// Mean minutes per check-in with minutes recorded, one decimal.
    pub average: f64,
    pub checkins: u32,
    /// "below", "within" or "above" the band.
    pub place: &'static str,
}

/// The band for these check-ins' minutes; `None` when none has minutes.
pub fn band(minutes: &[u16]) -> Option<Band> {
    if minutes.is_empty() {
        return None;
    }
    let total: u32 = minutes.iter().map(|m| u32::from(*m)).sum();
    let average = f64::from(total) / minutes.len() as f64;
    let place = if average < f64::from(BAND.0) {
        "below"
    } else if average > f64::from(BAND.1) {
        "above"
    } else {
        "within"
    };
    Some(Band {
        average: (average * 10.0).round() / 10.0,
        checkins: minutes.len() as u32,
        place,
    })
}

fn whole_minutes(d: Duration) -> Minutes {
    let minutes = (d.num_seconds() + 59) / 60;
    Minutes::new(minutes.clamp(1, i64::from(MINUTES_MAX))).expect("clamped into range")
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn running(length: Duration) -> CheckIn {
        CheckIn {
            habit: HabitId::parse("describe").unwrap(),
            date: NaiveDate::from_ymd_opt(2026, 3, 2).unwrap(),
            started_at: Utc.with_ymd_and_hms(2026, 3, 2, 8, 30, 0).unwrap(),
            length,
        }
    }

    #[test]
    fn minutes_are_measured_rounded_up_and_kept_in_range() {
        let c = running(Duration::minutes(10));
        let at = |secs: i64| c.started_at + Duration::seconds(secs);
        assert_eq!(c.measured_minutes(at(0)).get(), 1);
        assert_eq!(c.measured_minutes(at(60)).get(), 1);
        assert_eq!(c.measured_minutes(at(61)).get(), 2);
        assert_eq!(c.measured_minutes(at(7 * 60 + 5)).get(), 8);
        assert_eq!(c.measured_minutes(at(30 * 3600)).get(), MINUTES_MAX);
        // The clock set back before the start: never negative, one minute.
        assert_eq!(c.elapsed(at(-3600)), Duration::zero());
        assert_eq!(c.measured_minutes(at(-3600)).get(), 1);
    }

    #[test]
    fn the_band_places_the_average_check_in_against_five_to_fifteen_minutes() {
        assert_eq!(band(&[]), None);
        let b = band(&[4, 6, 11]).unwrap();
        assert_eq!((b.average, b.checkins, b.place), (7.0, 3, "within"));
        assert_eq!(band(&[2, 3]).unwrap().place, "below");
        assert_eq!(band(&[5]).unwrap().place, "within");
        assert_eq!(band(&[15]).unwrap().place, "within");
        assert_eq!(band(&[16, 30]).unwrap().place, "above");
        assert_eq!(band(&[1, 2]).unwrap().average, 1.5);
    }

    #[test]
    fn it_wakes_each_whole_minute_and_at_the_wrap_up_and_end() {
        let c = running(Duration::seconds(90));
        let at = |s: i64| c.started_at + Duration::seconds(s);
        assert_eq!(c.next_wake(at(10)), at(60));
        assert_eq!(c.next_wake(at(70)), at(90), "the wrap-up comes first");
        assert_eq!(c.next_wake(at(100)), at(120));
        assert_eq!(
            c.next_wake(at(170)),
            at(180),
            "its end, at twice its length"
        );
        assert_eq!(
            c.next_wake(at(-30)),
            at(60),
            "a clock set back waits for minute one"
        );
    }

    #[test]
    fn it_wraps_up_at_its_length_and_ends_by_itself_at_twice_that() {
        let c = running(Duration::minutes(10));
        assert_eq!(c.wrap_up_at(), c.started_at + Duration::minutes(10));
        assert_eq!(c.ends_by_itself_at(), c.started_at + Duration::minutes(20));
        assert!(!c.is_forgotten(c.started_at + Duration::minutes(19)));
        assert!(c.is_forgotten(c.started_at + Duration::minutes(20)));
        assert_eq!(c.target_minutes().get(), 10);
        let longer = c.extended();
        assert_eq!(longer.wrap_up_at(), c.started_at + Duration::minutes(15));
        assert_eq!(
            longer.ends_by_itself_at(),
            c.started_at + Duration::minutes(30)
        );
        assert_eq!(running(Duration::seconds(3)).target_minutes().get(), 1);
    }
}
