//! Turning a local date and time into an instant, the way a person expects across DST.
use chrono::{
    DateTime, Duration, LocalResult, NaiveDate, NaiveDateTime, NaiveTime, TimeZone, Timelike, Utc,
};
mod posix;

pub use posix::{Zone, ZoneOffset};

/// The instant at which local `time` on `date` happens in `tz`.
///
/// A time that falls in a DST gap moves to the first valid instant after the gap; a
/// time that happens twice (autumn overlap) resolves to the first of the two.
pub fn local_instant(tz: Zone, date: NaiveDate, time: NaiveTime) -> DateTime<Utc> {
    let wanted = date.and_time(time);
    match tz.from_local_datetime(&wanted) {
        LocalResult::Single(t) => t.with_timezone(&Utc),
        LocalResult::Ambiguous(first, second) => first.min(second).with_timezone(&Utc),
        LocalResult::None => after_gap(tz, wanted),
    }
}

/// First valid instant after a non-existent local time. Zone transitions happen on
/// whole minutes, so the first valid whole local minute after `wanted` is the
/// transition itself. Bounded: the longest gap on record (Samoa, 2011) is one day.
fn after_gap(tz: Zone, wanted: NaiveDateTime) -> DateTime<Utc> {
    let mut probe = wanted.with_second(0).unwrap_or(wanted) + Duration::minutes(1);
    for _ in 0..(2 * 24 * 60) {
        if let Some(t) = tz.from_local_datetime(&probe).earliest() {
            return t.with_timezone(&Utc);
        }
        probe += Duration::minutes(1);
    }
    // Unreachable for real zone data; fall back to reading the time as UTC.
    wanted.and_utc()
}

/// The local calendar date of `at` in `tz`.
pub fn local_date(tz: Zone, at: DateTime<Utc>) -> NaiveDate {
    at.with_timezone(&tz).date_naive()
}

/// The instant local `date` begins in `tz` (midnight, or the first valid instant after it).
pub fn start_of_day(tz: Zone, date: NaiveDate) -> DateTime<Utc> {
    local_instant(tz, date, NaiveTime::MIN)
}

/// Picks the zone: an explicit setting, else `$TZ` (an IANA name or a fixed POSIX
/// offset), else the system's, else UTC.
pub fn choose_zone(setting: Option<&str>, env_tz: Option<&str>, system: Option<&str>) -> Zone {
    [setting, env_tz, system]
        .into_iter()
        .flatten()
        .find_map(|name| name.parse::<Zone>().ok())
        .unwrap_or(Zone::UTC)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono_tz::Tz;

    fn utc(s: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
    }

    fn hm(h: u32, m: u32) -> NaiveTime {
        NaiveTime::from_hms_opt(h, m, 0).unwrap()
    }

    fn day(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    /// (zone, date, local time, expected UTC instant): the spring gap and the autumn overlap.
    #[test]
    fn gaps_move_forward_and_overlaps_take_the_first() {
        let table = [
            // Berlin: 02:00 → 03:00 on 2026-03-29; 03:00 → 02:00 on 2026-10-25.
            (
                "Europe/Berlin",
                day(2026, 3, 29),
                hm(2, 30),
                "2026-03-29T01:00:00Z",
            ),
            (
                "Europe/Berlin",
                day(2026, 3, 29),
                hm(3, 0),
                "2026-03-29T01:00:00Z",
            ),
            (
                "Europe/Berlin",
                day(2026, 10, 25),
                hm(2, 30),
                "2026-10-25T00:30:00Z",
            ),
            (
                "Europe/Berlin",
                day(2026, 10, 25),
                hm(8, 30),
                "2026-10-25T07:30:00Z",
            ),
            // New York: 02:00 → 03:00 on 2026-03-08; 02:00 → 01:00 on 2026-11-01.
            (
                "America/New_York",
                day(2026, 3, 8),
                hm(2, 15),
                "2026-03-08T07:00:00Z",
            ),
            (
                "America/New_York",
                day(2026, 11, 1),
                hm(1, 30),
                "2026-11-01T05:30:00Z",
            ),
            (
                "America/New_York",
                day(2026, 11, 1),
                hm(12, 0),
                "2026-11-01T17:00:00Z",
            ),
            // Lord Howe shifts by 30 minutes: 02:00 → 02:30 on 2026-10-04; 02:00 → 01:30 on 2026-04-05.
            (
                "Australia/Lord_Howe",
                day(2026, 10, 4),
                hm(2, 10),
                "2026-10-03T15:30:00Z",
            ),
            (
                "Australia/Lord_Howe",
                day(2026, 4, 5),
                hm(1, 45),
                "2026-04-04T14:45:00Z",
            ),
        ];
        for (zone, date, time, expected) in table {
            let tz: Zone = zone.parse().unwrap();
            assert_eq!(
                local_instant(tz, date, time),
                utc(expected),
                "{zone} {date} {time}"
            );
        }
    }

    #[test]
    fn zone_choice_prefers_setting_then_env_then_system() {
        assert_eq!(
            choose_zone(Some("Asia/Tokyo"), Some("Europe/Paris"), Some("UTC")),
            Zone::Named(Tz::Asia__Tokyo)
        );
        assert_eq!(
            choose_zone(None, Some(":Europe/Paris"), Some("UTC")),
            Zone::Named(Tz::Europe__Paris)
        );
        assert_eq!(
            choose_zone(
                Some("Mars/Base"),
                Some("EST5EDT,M3.2.0"),
                Some("America/Denver")
            ),
            Zone::Named(Tz::America__Denver)
        );
        assert_eq!(choose_zone(None, None, None), Zone::UTC);
        assert_eq!(
            choose_zone(None, Some("UTC-3"), Some("America/Denver")).name(),
            "<+0300>-03:00",
            "a fixed POSIX offset in TZ is followed"
        );
    }
}
