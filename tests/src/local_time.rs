//! The local time a test runs at is chosen, never the hour CI happens to start: each
//! session gives the app and the CLI a fixed-offset `TZ` that puts local time at
//! `$ALOUD_TEST_LOCAL_TIME` (HH:MM, default 06:00, before every default trigger)
//! when the session starts. `make test` runs the reminder tests at a second time.
use chrono::{DateTime, Duration, FixedOffset, NaiveDate, NaiveTime, Timelike, Utc};

pub const LOCAL_TIME_ENV: &str = "ALOUD_TEST_LOCAL_TIME";
const DEFAULT_LOCAL_TIME: &str = "06:00";

#[derive(Debug, Clone, Copy)]
pub struct LocalClock {
    offset: FixedOffset,
}

impl LocalClock {
    /// The local time `$ALOUD_TEST_LOCAL_TIME` names (or 06:00), starting now.
    pub fn from_env() -> LocalClock {
        let wanted = std::env::var(LOCAL_TIME_ENV).unwrap_or_else(|_| DEFAULT_LOCAL_TIME.into());
        LocalClock::starting_at(&wanted)
    }

    /// A zone in which it is `hh_mm` (HH:MM or HH:MM:SS) right now.
    pub fn starting_at(hh_mm: &str) -> LocalClock {
        let wanted = NaiveTime::parse_from_str(hh_mm, "%H:%M:%S")
            .or_else(|_| NaiveTime::parse_from_str(hh_mm, "%H:%M"))
            .unwrap_or_else(|_| panic!("{LOCAL_TIME_ENV}={hh_mm}: not HH:MM"));
        let now = Utc::now().time();
        let mut east = i64::from(wanted.num_seconds_from_midnight())
            - i64::from(now.num_seconds_from_midnight());
        // Keep the offset within ±12 h, which every C library reads.
        if east > 12 * 3600 {
            east -= 86_400;
        } else if east <= -12 * 3600 {
            east += 86_400;
        }
        LocalClock {
            offset: FixedOffset::east_opt(east as i32).expect("within a day"),
        }
    }

    /// The POSIX `TZ` for it, e.g. `<LOC>-05:37:12` (POSIX counts west of UTC).
    pub fn tz(&self) -> String {
        let east = self.offset.local_minus_utc();
        let sign = if east >= 0 { '-' } else { '+' };
        let a = east.unsigned_abs();
        format!(
            "<LOC>{sign}{:02}:{:02}:{:02}",
            a / 3600,
            a / 60 % 60,
            a % 60
        )
    }

    pub fn now(&self) -> DateTime<FixedOffset> {
        Utc::now().with_timezone(&self.offset)
    }

    pub fn today(&self) -> NaiveDate {
        self.now().date_naive()
    }

    /// A whole second `secs` from now and its local `HH:MM:SS`, for a trigger a few
    /// seconds ahead; first waits out the end of a local day so the time cannot wrap
    /// past midnight (the tests at 23:58 do wait).
    pub fn soon(&self, secs: i64) -> (DateTime<Utc>, String) {
        self.clear_of_midnight(secs);
        let at = Utc::now() + Duration::seconds(secs);
        let at = at.with_nanosecond(0).expect("a valid instant");
        (at, self.hms(at))
    }

    /// An instant `secs` ago and its local time, waiting first if that would fall
    /// on the day before.
    pub fn ago(&self, secs: i64) -> (DateTime<Utc>, String) {
        let since_midnight = self.now().num_seconds_from_midnight() as i64;
        if since_midnight < secs + 5 {
            let wait = (secs + 5 - since_midnight) as u64;
            std::thread::sleep(std::time::Duration::from_secs(wait));
        }
        let at = (Utc::now() - Duration::seconds(secs))
            .with_nanosecond(0)
            .expect("a valid instant");
        (at, self.hms(at))
    }

    /// Waits until the instant `at` has passed (a due time, say).
    pub fn wait_past(&self, at: DateTime<Utc>) {
        let left = at - Utc::now() + Duration::milliseconds(100);
        std::thread::sleep(left.to_std().unwrap_or_default());
    }

    /// Waits out the end of the local day if fewer than `secs` + 30 seconds are left.
    pub fn clear_of_midnight(&self, secs: i64) {
        let midnight = self
            .today()
            .succ_opt()
            .expect("a next day")
            .and_time(NaiveTime::MIN)
            .and_local_timezone(self.offset)
            .unwrap();
        let left = (midnight - self.now()).num_seconds();
        if left < secs + 30 {
            std::thread::sleep(std::time::Duration::from_secs((left + 2).max(0) as u64));
        }
    }

    /// The local `HH:MM:SS` of `at`.
    pub fn hms(&self, at: DateTime<Utc>) -> String {
        at.with_timezone(&self.offset)
            .format("%H:%M:%S")
            .to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_zone_puts_local_time_where_asked() {
        for wanted in ["06:00", "12:30", "17:45", "23:58", "00:01"] {
            let clock = LocalClock::starting_at(wanted);
            let local = clock.now().format("%H:%M").to_string();
            let wanted_min = NaiveTime::parse_from_str(wanted, "%H:%M").unwrap();
            let got = NaiveTime::parse_from_str(&local, "%H:%M").unwrap();
            let diff = (got - wanted_min).num_minutes().rem_euclid(1440);
            assert!(diff <= 1, "{wanted}: local {local} in {}", clock.tz());
        }
    }
}
