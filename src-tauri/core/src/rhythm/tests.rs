//! Two simulated weeks of a person's irregular days, fed through the recorder as
//! the tray would feed presence, in Berlin across the spring DST change.
use super::*;
use crate::presence::Presence;
use crate::zone::{local_instant, Zone};
use chrono::{DateTime, NaiveDate, NaiveTime, Utc};

fn tz() -> Zone {
    chrono_tz::Europe::Berlin.into()
}

fn at(date: &str, hm: &str) -> DateTime<Utc> {
    let date: NaiveDate = date.parse().unwrap();
    let time = NaiveTime::parse_from_str(hm, "%H:%M").unwrap();
    local_instant(tz(), date, time)
}

/// (date, time, away or back) in order, from a person away since Sunday evening.
const WEEKS: &[(&str, &str, bool)] = &[
    // Mon: a coffee too short to count, lunch, home.
    ("2026-03-23", "08:30", true),
    ("2026-03-23", "10:00", false),
    ("2026-03-23", "10:05", true),
    ("2026-03-23", "12:35", false),
    ("2026-03-23", "13:20", true),
    ("2026-03-23", "17:30", false),
    // Tue: a late start.
    ("2026-03-24", "10:15", true),
    ("2026-03-24", "12:40", false),
    ("2026-03-24", "13:10", true),
    ("2026-03-24", "17:45", false),
    // Wed: no lunch.
    ("2026-03-25", "08:20", true),
    ("2026-03-25", "17:20", false),
    // Thu: suspended over lunch, working past 19:00.
    ("2026-03-26", "08:40", true),
    ("2026-03-26", "12:30", false),
    ("2026-03-26", "13:30", true),
    ("2026-03-26", "19:40", false),
    // Fri: an early evening.
    ("2026-03-27", "08:25", true),
    ("2026-03-27", "12:45", false),
    ("2026-03-27", "13:30", true),
    ("2026-03-27", "16:30", false),
    // Sat: half an hour of mail (a weekend counts for nothing). Sun: DST begins.
    ("2026-03-28", "10:00", true),
    ("2026-03-28", "10:30", false),
    ("2026-03-30", "08:30", true),
    ("2026-03-30", "12:30", false),
    ("2026-03-30", "13:15", true),
    ("2026-03-30", "17:30", false),
    ("2026-03-31", "08:35", true),
    ("2026-03-31", "12:50", false),
    ("2026-03-31", "13:30", true),
    ("2026-03-31", "17:35", false),
    ("2026-04-01", "08:30", true),
    ("2026-04-01", "12:40", false),
    ("2026-04-01", "13:20", true),
    ("2026-04-01", "17:30", false),
    ("2026-04-02", "08:45", true),
    ("2026-04-02", "12:35", false),
    ("2026-04-02", "13:05", true),
    ("2026-04-02", "17:40", false),
    ("2026-04-03", "08:30", true),
    ("2026-04-03", "12:40", false),
    ("2026-04-03", "13:25", true),
    ("2026-04-03", "17:30", false),
    ("2026-04-06", "08:30", true),
];

fn simulate(until: usize) -> Vec<DayMark> {
    let mut recorder = Recorder {
        away_since: Some(at("2026-03-22", "20:00")),
    };
    WEEKS[..until]
        .iter()
        .flat_map(|(date, hm, back)| {
            let presence = if *back {
                Presence::Present
            } else {
                Presence::Away
            };
            recorder.observe(presence, at(date, hm), tz())
        })
        .collect()
}

fn marks_of(marks: &[DayMark], kind: MarkKind) -> Vec<DateTime<Utc>> {
    marks
        .iter()
        .filter(|m| m.kind == kind)
        .map(|m| m.at)
        .collect()
}

#[test]
fn two_irregular_weeks_give_their_marks() {
    let marks = simulate(WEEKS.len());
    let arrivals = marks_of(&marks, MarkKind::Arrival);
    assert_eq!(arrivals.len(), 12, "ten workdays, a Saturday and today");
    assert_eq!(arrivals[1], at("2026-03-24", "10:15"));
    assert_eq!(
        arrivals[7],
        at("2026-03-31", "08:35"),
        "after the DST change"
    );
    let breaks = marks_of(&marks, MarkKind::BreakStart);
    assert_eq!(breaks.len(), 9, "no break for a coffee, none on Wednesday");
    assert_eq!(breaks[2], at("2026-03-26", "12:30"), "a suspend at lunch");
    assert_eq!(
        marks_of(&marks, MarkKind::BreakEnd)[2],
        at("2026-03-26", "13:30")
    );
    let departures = marks_of(&marks, MarkKind::Departure);
    assert_eq!(departures[0], at("2026-03-22", "20:00"));
    assert!(departures.contains(&at("2026-03-26", "19:40")));
    assert!(departures.contains(&at("2026-03-28", "10:30")));
    assert_eq!(departures.last(), Some(&at("2026-04-03", "17:30")));
}

#[test]
fn typical_times_are_the_median_of_the_last_ten_workdays() {
    let today: NaiveDate = "2026-04-06".parse().unwrap();
    let r = rhythm(&simulate(WEEKS.len()), tz(), today, true);
    assert!(r.learning);
    assert_eq!(
        (r.arrival.hh_mm().as_deref(), r.arrival.days),
        (Some("08:30"), 10)
    );
    assert_eq!(
        (r.lunch.hh_mm().as_deref(), r.lunch.days),
        (Some("12:40"), 9)
    );
    assert_eq!(
        (r.leaving.hh_mm().as_deref(), r.leaving.days),
        (Some("17:30"), 10)
    );
    let json = serde_json::to_value(r).unwrap();
    assert_eq!(
        json,
        serde_json::json!({
            "learning": true,
            "arrival": {"typical": "08:30", "days": 10},
            "lunch": {"typical": "12:40", "days": 9},
            "leaving": {"typical": "17:30", "days": 10},
        })
    );
}

#[test]
fn a_typical_time_waits_for_five_days() {
    // Monday to Thursday of the first week: four days of each.
    let thursday: NaiveDate = "2026-03-26".parse().unwrap();
    let r = rhythm(&simulate(16), tz(), thursday, true);
    assert_eq!((r.arrival.seconds, r.arrival.days), (None, 4));
    assert_eq!(r.lunch.days, 3, "no lunch on Wednesday");
    assert_eq!(r.leaving.days, 3, "Thursday's departure is known on Friday");
    assert_eq!(
        serde_json::to_value(r.arrival).unwrap()["typical"],
        serde_json::Value::Null
    );
}

#[test]
fn a_late_night_ends_its_own_day() {
    // Leaving at 01:10 after a late night and back at 08:30: that night's departure
    // and the morning's arrival, not a seven-hour break.
    let marks = marks_on_return(at("2026-04-02", "01:10"), at("2026-04-02", "08:30"), tz());
    let kinds: Vec<MarkKind> = marks.iter().map(|m| m.kind).collect();
    assert_eq!(kinds, [MarkKind::Departure, MarkKind::Arrival]);
    let wednesday: NaiveDate = "2026-04-01".parse().unwrap();
    assert_eq!(working_day(tz(), marks[0].at), wednesday);
    // Back within three hours across the day's start: no arrival.
    let marks = marks_on_return(at("2026-04-02", "02:00"), at("2026-04-02", "04:30"), tz());
    assert_eq!(marks.len(), 1);
    // Nothing is made of a presence no source told.
    let mut recorder = Recorder::default();
    assert!(recorder
        .observe(Presence::Unknown, at("2026-04-02", "09:00"), tz())
        .is_empty());
    assert!(recorder
        .observe(Presence::Present, at("2026-04-02", "09:00"), tz())
        .is_empty());
}
