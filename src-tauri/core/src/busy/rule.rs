//! An event's RRULE read into `rrule`'s rule, which then expands it. The parts are
//! read here, and the rule built through `rrule`'s builder: its own text parser
//! brings a regular-expression engine that would add a megabyte to each program.
//! UNTIL is read here too: a UTC one (the usual) becomes the event's clock time, a
//! date the end of that day, since the rule is expanded on the event's own clock.
use super::values::date_time;
use crate::zone::Zone;
use chrono::{Month, NaiveDate, NaiveDateTime, TimeZone, Utc};
use icalendar::rrule::{self, Frequency, NWeekday, RRule, RRuleSet};
use std::str::FromStr;

/// The recurrence of an event that starts at `wall` on `zone`'s clock, or `None`
/// when its rule cannot be read.
pub fn rule(text: &str, wall: NaiveDateTime, zone: Zone) -> Option<RRuleSet> {
    let parts: Vec<(String, &str)> = text
        .split(';')
        .filter_map(|part| part.split_once('='))
        .map(|(key, value)| (key.trim().to_ascii_uppercase(), value.trim()))
        .collect();
    let freq = parts.iter().find(|(k, _)| k == "FREQ")?.1;
    let mut r = RRule::new(Frequency::from_str(freq).ok()?);
    let mut until = None;
    for (key, value) in &parts {
        r = match key.as_str() {
            "FREQ" => r,
            "INTERVAL" => r.interval(value.parse().ok()?),
            "COUNT" => r.count(value.parse().ok()?),
            "UNTIL" => {
                until = Some(until_on_clock(value, zone)?.max(wall));
                r
            }
            "WKST" => r.week_start(weekday(value)?),
            "BYDAY" => r.by_weekday(list(value, |d| NWeekday::from_str(d).ok())?),
            "BYMONTHDAY" => r.by_month_day(numbers(value)?),
            "BYMONTH" => r.by_month(&list(value, |m| {
                Month::try_from(m.parse::<u8>().ok()?).ok()
            })?),
            "BYYEARDAY" => r.by_year_day(numbers(value)?),
            "BYWEEKNO" => r.by_week_no(numbers(value)?),
            "BYSETPOS" => r.by_set_pos(numbers(value)?),
            "BYHOUR" => r.by_hour(numbers(value)?),
            "BYMINUTE" => r.by_minute(numbers(value)?),
            "BYSECOND" => r.by_second(numbers(value)?),
            // An extension (X-…, RSCALE…) does not change when a meeting is.
            _ => r,
        };
    }
    let on_clock = |at: NaiveDateTime| Utc.from_utc_datetime(&at).with_timezone(&rrule::Tz::UTC);
    if let Some(until) = until {
        r = r.until(on_clock(until));
    }
    let start = on_clock(wall);
    let validated = r.validate(start).ok()?;
    Some(RRuleSet::new(start).rrule(validated))
}

fn weekday(value: &str) -> Option<chrono::Weekday> {
    match NWeekday::from_str(value).ok()? {
        NWeekday::Every(day) => Some(day),
        NWeekday::Nth(_, _) => None,
    }
}

fn list<T>(value: &str, read: impl Fn(&str) -> Option<T>) -> Option<Vec<T>> {
    value.split(',').map(|v| read(v.trim())).collect()
}

fn numbers<T: FromStr>(value: &str) -> Option<Vec<T>> {
    list(value, |n| n.parse().ok())
}

fn until_on_clock(value: &str, zone: Zone) -> Option<NaiveDateTime> {
    if let Some((wall, utc)) = date_time(value) {
        return Some(if utc {
            wall.and_utc().with_timezone(&zone).naive_local()
        } else {
            wall
        });
    }
    let date = NaiveDate::parse_from_str(value.trim(), "%Y%m%d").ok()?;
    date.and_hms_opt(23, 59, 59)
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::Datelike;

    fn starts(text: &str, wall: &str, n: usize) -> Vec<String> {
        let wall = NaiveDateTime::parse_from_str(wall, "%Y-%m-%d %H:%M").unwrap();
        let set = rule(text, wall, Zone::UTC).expect(text);
        (&set)
            .into_iter()
            .take(n)
            .map(|at| format!("{} {}", at.format("%Y-%m-%d"), at.weekday()))
            .collect()
    }

    #[test]
    fn the_parts_leaders_calendars_use_are_read() {
        assert_eq!(
            starts("FREQ=MONTHLY;BYDAY=-1FR;COUNT=2", "2026-01-30 10:00", 5),
            ["2026-01-30 Fri", "2026-02-27 Fri"]
        );
        assert_eq!(
            starts(
                "FREQ=WEEKLY;INTERVAL=2;BYDAY=TU,TH;WKST=MO",
                "2026-03-03 09:00",
                4
            ),
            [
                "2026-03-03 Tue",
                "2026-03-05 Thu",
                "2026-03-17 Tue",
                "2026-03-19 Thu"
            ]
        );
        assert_eq!(
            starts(
                "FREQ=MONTHLY;BYMONTHDAY=1,15;UNTIL=20260216",
                "2026-01-01 08:00",
                9
            ),
            [
                "2026-01-01 Thu",
                "2026-01-15 Thu",
                "2026-02-01 Sun",
                "2026-02-15 Sun"
            ]
        );
        assert_eq!(
            starts(
                "FREQ=YEARLY;BYMONTH=3;BYDAY=2MO;X-NAME=ignored",
                "2026-03-09 12:00",
                2
            ),
            ["2026-03-09 Mon", "2027-03-08 Mon"]
        );
        let wall = NaiveDateTime::parse_from_str("2026-03-03 09:00", "%Y-%m-%d %H:%M").unwrap();
        for bad in [
            "BYDAY=MO",
            "FREQ=SOMETIMES",
            "FREQ=DAILY;COUNT=many",
            "FREQ=WEEKLY;BYDAY=XX",
        ] {
            assert!(rule(bad, wall, Zone::UTC).is_none(), "{bad}");
        }
    }
}
