use super::*;
use crate::i18n::{Catalogue, Language};
use crate::model::{HabitId, Need};
use crate::stats::HabitStats;
use chrono::Duration;

fn d(s: &str) -> NaiveDate {
    s.parse().unwrap()
}

/// Monday 2026-11-23 is "this week" throughout.
const THIS_WEEK: &str = "2026-11-23";

/// `weeks` whole weeks before this one, each with `done` of 5 scheduled days done.
fn practice(done_per_week: &[u32]) -> Vec<WeekPoint> {
    let n = done_per_week.len() as i64;
    done_per_week
        .iter()
        .enumerate()
        .map(|(i, &done)| WeekPoint {
            week_start: d(THIS_WEEK) - Duration::weeks(n - i as i64),
            done,
            due: 5,
            rate: Some(f64::from(done) / 5.0),
        })
        .collect()
}

fn checks(answers: &[(u8, u32)]) -> Vec<BenefitCheck> {
    let n = answers.len() as i64;
    answers
        .iter()
        .enumerate()
        .map(|(i, &(rating, responses))| BenefitCheck {
            week: d(THIS_WEEK) - Duration::weeks(n - 1 - i as i64),
            rating,
            responses,
        })
        .collect()
}

/// Practice per past week, checks (rating, responses) oldest first ending this week,
/// and the advice expected.
type Case<'a> = (&'a [u32], &'a [(u8, u32)], Advice);

#[test]
fn the_verdict_follows_the_rule() {
    // (practice per past week, checks oldest first ending this week, advice)
    let cases: &[Case] = &[
        (&[], &[], Advice::TooEarly),
        (&[5, 5], &[(5, 9)], Advice::TooEarly),
        (&[5, 5, 5], &[], Advice::CheckIn),
        (&[5, 4, 5], &[(4, 2), (4, 5)], Advice::CarryOn),
        (&[4, 4, 4], &[(2, 0), (3, 4)], Advice::CarryOn), // rising with responses
        (&[1, 1, 2], &[(5, 9)], Advice::Adjust),          // too little practice
        (&[5, 5, 5], &[(2, 0), (1, 0), (2, 0)], Advice::Stop),
        (&[5, 5, 5], &[(2, 1), (2, 1)], Advice::Adjust), // a little benefit
        (&[5, 5, 5], &[(3, 0), (2, 0)], Advice::Adjust),
        (&[0, 5, 5, 5], &[(2, 0)], Advice::Stop), // an empty first week is not practice
    ];
    for (weeks, answers, expected) in cases {
        let v = verdict(&practice(weeks), &checks(answers), d(THIS_WEEK), en());
        assert_eq!(v.advice, *expected, "{weeks:?} {answers:?}: {}", v.message);
        assert!(!v.message.is_empty());
    }
}

#[test]
fn the_verdict_states_the_figures_it_used() {
    let v = verdict(
        &practice(&[5, 4, 3]),
        &checks(&[(3, 1), (4, 2), (5, 3)]),
        d(THIS_WEEK),
        en(),
    );
    assert_eq!(v.weeks_practised, 3);
    assert_eq!(v.consistency, Some(0.8));
    assert_eq!(v.average_rating, Some(4.0));
    assert_eq!(v.responses, 6);
    assert!(v.message.contains("80%"), "{}", v.message);
    assert!(v.message.contains("4.0 of 5"), "{}", v.message);
    assert!(v.message.contains("6 responses"), "{}", v.message);
    // Checks older than the window do not count.
    let old = verdict(
        &practice(&[5, 5, 5, 5, 5, 5]),
        &[BenefitCheck {
            week: d("2026-10-05"),
            rating: 5,
            responses: 9,
        }],
        d(THIS_WEEK),
        en(),
    );
    assert_eq!(old.advice, Advice::CheckIn);
}

fn stats(id: &str, strength: f64) -> HabitStats {
    HabitStats {
        habit: HabitId::parse(id).unwrap(),
        name: id.to_uppercase(),
        current_streak: 0,
        best_streak: 0,
        strength,
        done: 0,
        skipped: 0,
        missed: 0,
        minutes: 0,
    }
}

#[test]
fn bigger_challenges_need_steady_practice_that_pays_off() {
    let all = [stats("describe", 60.0), stats("interact", 75.5)];
    let steady = verdict(
        &practice(&[5, 4, 5]),
        &checks(&[(4, 3)]),
        d(THIS_WEEK),
        en(),
    );
    let challenge = bigger_challenge(&steady, &all, en()).expect("steady and paying off");
    assert_eq!(challenge.habit.as_str(), "interact");
    assert!(challenge.message.contains("75.5%"));
    let patchy = verdict(
        &practice(&[3, 4, 4]),
        &checks(&[(4, 3)]),
        d(THIS_WEEK),
        en(),
    );
    assert_eq!(patchy.advice, Advice::CarryOn);
    assert_eq!(
        bigger_challenge(&patchy, &all, en()),
        None,
        "73% is not steady"
    );
    let stop = verdict(
        &practice(&[5, 5, 5]),
        &checks(&[(1, 0)]),
        d(THIS_WEEK),
        en(),
    );
    assert_eq!(bigger_challenge(&stop, &all, en()), None);
}

#[test]
fn weeks_of_several_habits_add_up() {
    let a = practice(&[5, 3]);
    let mut b = practice(&[2]);
    b[0].due = 3;
    let combined = combine_weeks([a, b]);
    assert_eq!(combined.len(), 2);
    assert_eq!((combined[0].done, combined[0].due), (5, 5));
    assert_eq!((combined[1].done, combined[1].due), (5, 8));
    assert_eq!(combined[1].rate, Some(5.0 / 8.0));
}

#[test]
fn the_iceberg_fills_months_and_finds_the_deepest_need() {
    let rows = vec![
        ("2026-09".to_string(), Need::Information, 6),
        ("2026-09".to_string(), Need::Help, 1),
        ("2026-11".to_string(), Need::Belonging, 2),
        ("2026-11".to_string(), Need::Information, 3),
    ];
    let view = iceberg(&rows, d("2026-11-26"));
    let months: Vec<&str> = view.months.iter().map(|m| m.month.as_str()).collect();
    assert_eq!(months, ["2026-09", "2026-10", "2026-11"]);
    assert_eq!(view.months[0].counts, [6, 1, 0, 0, 0]);
    assert_eq!(view.months[1].counts, [0; 5]);
    assert_eq!(view.months[2].counts, [3, 0, 2, 0, 0]);
    assert_eq!(view.totals, [9, 1, 2, 0, 0]);
    assert_eq!(view.deepest, Some(Need::Belonging));
    let empty = iceberg(&[], d("2026-11-26"));
    assert!(empty.months.is_empty());
    assert_eq!(empty.deepest, None);
}

#[test]
fn the_iceberg_covers_twelve_months_across_a_new_year() {
    assert_eq!(iceberg_start(d("2026-11-26")), d("2025-12-01"));
    assert_eq!(iceberg_start(d("2027-01-01")), d("2026-02-01"));
    let rows = vec![("2020-01".to_string(), Need::Purpose, 1)];
    let view = iceberg(&rows, d("2027-01-15"));
    assert_eq!(view.months.len(), 12);
    assert_eq!(view.months[0].month, "2026-02");
}

fn en() -> &'static Catalogue {
    Catalogue::get(Language::En)
}
