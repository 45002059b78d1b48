//! The Review panel through the tracker: checks stored per week, verdict from real history.
use super::*;
use crate::clock::FakeClock;
use crate::model::Source;
use crate::review::Advice;
use crate::testing::{day, utc};
use chrono::{Datelike, Duration};

fn open(dir: &Path, now: &str) -> (Tracker, Arc<FakeClock>) {
    let clock = Arc::new(FakeClock::new(utc(now)));
    let tracker = Tracker::open(
        dir,
        clock.clone(),
        "Europe/Berlin".parse::<crate::zone::Zone>().unwrap(),
    )
    .unwrap();
    (tracker, clock)
}

fn log_today(t: &mut Tracker, habit: &str, need: Option<&str>) {
    t.log(&LogRequest {
        habit,
        need,
        source: Some(Source::Dashboard),
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn a_check_is_kept_per_week_and_replaced_within_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-11-24T10:00:00Z"); // a Tuesday
    let first = t.record_benefit_check(None, 2, 1).unwrap();
    assert_eq!(first.week, day("2026-11-23"));
    clock.set(utc("2026-11-27T10:00:00Z"));
    t.record_benefit_check(None, 4, 6).unwrap();
    t.record_benefit_check(Some(day("2026-11-18")), 3, 0)
        .unwrap();
    let review = t.review().unwrap();
    let weeks: Vec<(NaiveDate, u8, u32)> = review
        .checks
        .iter()
        .map(|c| (c.week, c.rating, c.responses))
        .collect();
    assert_eq!(
        weeks,
        [(day("2026-11-16"), 3, 0), (day("2026-11-23"), 4, 6)]
    );
    assert_eq!(review.current.unwrap().rating, 4);
}

#[test]
fn a_bad_check_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-24T10:00:00Z");
    t.record_benefit_check(None, 3, 2).unwrap();
    let before = t.export_json().unwrap();
    for (date, rating, responses) in [
        (None, 0, 1),
        (None, 6, 1),
        (None, 3, -1),
        (None, 3, 10_000),
        (Some(day("2026-12-01")), 3, 1),
    ] {
        assert!(t.record_benefit_check(date, rating, responses).is_err());
        assert_eq!(t.export_json().unwrap(), before);
    }
}

#[test]
fn three_weeks_of_practice_and_checks_give_a_verdict() {
    let dir = tempfile::tempdir().unwrap();
    // Monday 2026-11-02, 07:00 UTC = 08:00 in Berlin; the habits are scheduled on workdays.
    let (mut t, clock) = open(dir.path(), "2026-11-02T07:00:00Z");
    let start = utc("2026-11-02T07:00:00Z");
    for d in 0..21 {
        clock.set(start + Duration::days(d));
        if t.today().weekday().num_days_from_monday() < 5 {
            for habit in ["describe", "interact", "recognize"] {
                let need = if d < 7 { "information" } else { "belonging" };
                log_today(&mut t, habit, Some(need));
            }
        }
    }
    clock.set(utc("2026-11-23T09:00:00Z"));
    let early = t.review().unwrap();
    assert_eq!(early.verdict.advice, Advice::CheckIn);
    assert_eq!(early.verdict.weeks_practised, 3);
    t.record_benefit_check(Some(day("2026-11-16")), 4, 3)
        .unwrap();
    t.record_benefit_check(None, 5, 8).unwrap();
    let review = t.review().unwrap();
    assert_eq!(review.verdict.advice, Advice::CarryOn);
    assert_eq!(review.verdict.consistency, Some(1.0));
    assert_eq!(review.verdict.responses, 11);
    assert!(
        review.challenge.is_some(),
        "steady practice earns a challenge"
    );
    assert_eq!(review.iceberg.months.len(), 1);
    assert_eq!(review.iceberg.totals, [15, 0, 30, 0, 0]);
    assert_eq!(review.iceberg.deepest, Some(crate::model::Need::Belonging));
    let weeks: Vec<u32> = review.practice.iter().map(|w| w.done).collect();
    assert_eq!(weeks, [15, 15, 15, 0]);
}

#[test]
fn a_fresh_start_is_too_early_to_judge() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-24T10:00:00Z");
    log_today(&mut t, "describe", None);
    t.record_benefit_check(None, 1, 0).unwrap();
    let review = t.review().unwrap();
    assert_eq!(review.verdict.advice, Advice::TooEarly);
    assert!(
        review.verdict.message.contains("3 more weeks"),
        "{}",
        review.verdict.message
    );
    assert!(review.iceberg.months.is_empty());
}

#[test]
fn notes_are_searched_ignoring_case_newest_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-11-20T10:00:00Z");
    let notes = ["Visited the Lyon team", "Thanked Ünal's team", "quiet day"];
    for (i, note) in notes.iter().enumerate() {
        clock.set(utc("2026-11-20T10:00:00Z") + Duration::days(i as i64));
        t.log(&LogRequest {
            habit: "describe",
            note: Some(note),
            ..Default::default()
        })
        .unwrap();
    }
    t.log(&LogRequest {
        habit: "interact",
        ..Default::default()
    })
    .unwrap();
    let found = |q: &str| -> Vec<String> {
        t.search_notes(q, 10)
            .unwrap()
            .into_iter()
            .map(|r| r.note.unwrap())
            .collect()
    };
    assert_eq!(
        found("TEAM"),
        ["Thanked Ünal's team", "Visited the Lyon team"]
    );
    assert_eq!(found("ünal"), ["Thanked Ünal's team"]);
    assert_eq!(
        found(""),
        ["quiet day", "Thanked Ünal's team", "Visited the Lyon team"]
    );
    assert!(found("nothing like this").is_empty());
    assert_eq!(t.search_notes("", 1).unwrap().len(), 1);
    assert!(t.search_notes(&"x".repeat(201), 10).is_err());
}
