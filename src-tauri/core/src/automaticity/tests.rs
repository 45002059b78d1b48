use super::*;
use crate::model::PromptStage;
use crate::stats::DayStatus;
use crate::testing::{day, habit};
use chrono::Duration;

fn curve_points(plateau: f64, gap: f64, rate: f64, days: &[f64]) -> Vec<Point> {
    days.iter()
        .map(|&day| Point {
            day,
            score: plateau - gap * (-rate * day).exp(),
        })
        .collect()
}

fn weekly(weeks: u32) -> Vec<f64> {
    (0..weeks).map(|w| f64::from(w * 7)).collect()
}

fn within(value: f64, wanted: f64, share: f64) -> bool {
    (value - wanted).abs() <= wanted.abs() * share
}

#[test]
fn the_fit_recovers_a_known_curve_from_noise_free_points() {
    for (plateau, gap, rate) in [(6.0, 4.5, 0.05), (6.5, 5.0, 0.02), (5.0, 3.0, 0.12)] {
        let truth = Curve { plateau, gap, rate };
        let fitted = fit(&curve_points(plateau, gap, rate, &weekly(20))).unwrap();
        assert!(within(fitted.plateau, plateau, 0.05), "{fitted:?}");
        assert!(within(fitted.rate, rate, 0.05), "{fitted:?}");
        assert!(
            within(fitted.days_to_95(), truth.days_to_95(), 0.05),
            "{} vs {}",
            fitted.days_to_95(),
            truth.days_to_95()
        );
    }
    // t95 = ln(b / 0.05a) / c: ln(4.5 / 0.3) / 0.05 ≈ 54.2 days.
    let known = Curve {
        plateau: 6.0,
        gap: 4.5,
        rate: 0.05,
    };
    assert!((known.days_to_95() - 54.16).abs() < 0.01);
    assert!((known.percent_of_plateau(known.days_to_95()) - 95.0).abs() < 1e-9);
}

#[test]
fn integer_answers_still_give_a_sane_curve() {
    // What a person would answer on the quick form: the true curve rounded to 1–7.
    let truth = Curve {
        plateau: 6.0,
        gap: 4.5,
        rate: 0.05,
    };
    let points: Vec<Point> = weekly(16)
        .into_iter()
        .map(|day| Point {
            day,
            score: truth.at(day).round().clamp(1.0, 7.0),
        })
        .collect();
    let fitted = fit(&points).unwrap();
    assert!((5.5..=6.6).contains(&fitted.plateau), "{fitted:?}");
    let t95 = fitted.days_to_95();
    assert!((35.0..=85.0).contains(&t95), "t95 {t95}");
}

#[test]
fn no_curve_from_too_few_checks_a_short_span_a_flat_or_a_falling_series() {
    let rising = curve_points(6.0, 4.0, 0.05, &weekly(8));
    assert_eq!(fit(&rising[..3]), Err(NoFit::TooFew));
    let close = curve_points(6.0, 4.0, 0.05, &[0.0, 5.0, 10.0, 20.0]);
    assert_eq!(fit(&close), Err(NoFit::TooShort));
    let flat: Vec<Point> = weekly(8)
        .into_iter()
        .zip([4.0, 4.25, 4.0, 3.75, 4.0, 4.0, 4.25, 4.0])
        .map(|(day, score)| Point { day, score })
        .collect();
    assert_eq!(fit(&flat), Err(NoFit::Flat));
    let falling: Vec<Point> = weekly(8)
        .into_iter()
        .enumerate()
        .map(|(i, day)| Point {
            day,
            score: 6.5 - 0.5 * i as f64,
        })
        .collect();
    assert_eq!(fit(&falling), Err(NoFit::Falling));
    // Still climbing in a straight line: the plateau is not in sight.
    let straight: Vec<Point> = weekly(6)
        .into_iter()
        .map(|day| Point {
            day,
            score: 1.5 + day / 14.0,
        })
        .collect();
    assert_eq!(fit(&straight), Err(NoFit::NoPlateau));
}

#[test]
fn answers_are_four_or_one_each_from_one_to_seven() {
    let full = SrbaiAnswers::parse("6,5,6,7").unwrap();
    assert_eq!(full.score(), 6.0);
    assert_eq!(full.digits(), "6567");
    assert_eq!(SrbaiAnswers::from_digits("6567").unwrap(), full);
    let quick = SrbaiAnswers::parse(" 4 ").unwrap();
    assert_eq!(quick, SrbaiAnswers::Quick(4));
    assert_eq!(quick.score(), 4.0);
    for bad in ["0", "8", "1,2,3", "1,2,3,4,5", "", "a", "6,,5,4", "-1"] {
        assert!(SrbaiAnswers::parse(bad).is_err(), "{bad:?} accepted");
    }
    assert_eq!(serde_json::to_string(&full).unwrap(), "[6,5,6,7]");
    assert!(serde_json::from_str::<SrbaiAnswers>("[6,9]").is_err());
}

/// A daily habit's days from `first`, done except on the listed `missed` dates.
fn daily(first: &str, last: &str, missed: &[&str]) -> Vec<(chrono::NaiveDate, DayStatus)> {
    let (first, last) = (day(first), day(last));
    let missed: Vec<_> = missed.iter().map(|d| day(d)).collect();
    let mut days = Vec::new();
    let mut date = first;
    while date <= last {
        let status = if missed.contains(&date) {
            DayStatus::Missed
        } else {
            DayStatus::Done
        };
        days.push((date, status));
        date += Duration::days(1);
    }
    days
}

#[test]
fn misses_count_as_close_within_seven_scheduled_days() {
    let days = daily("2026-01-01", "2026-01-31", &["2026-01-03", "2026-01-09"]);
    assert_eq!(
        miss_pairs(&days, None),
        vec![[day("2026-01-03"), day("2026-01-09")]]
    );
    let far = daily("2026-01-01", "2026-01-31", &["2026-01-03", "2026-01-10"]);
    assert!(miss_pairs(&far, None).is_empty());
    // Skipped days are excused: they neither count as misses nor widen the window.
    let mut skipped = far.clone();
    skipped[4].1 = DayStatus::Skipped;
    assert_eq!(miss_pairs(&skipped, None).len(), 1);
    // Only after the day given.
    assert!(miss_pairs(&days, Some(day("2026-01-03"))).is_empty());
}

fn scored(list: &[(&str, f64)]) -> Vec<Scored> {
    list.iter()
        .map(|(d, score)| Scored {
            date: day(d),
            score: *score,
        })
        .collect()
}

#[test]
fn a_step_back_is_offered_only_when_both_thresholds_hold() {
    let h = habit("read", "08:00", "daily");
    let days = daily("2026-01-01", "2026-03-01", &[]);
    let good = scored(&[("2026-02-20", 6.0), ("2026-02-27", 5.5)]);
    assert_eq!(
        prompting(&h, &good, &days, 0.85, None).offer,
        Some(PromptStage::Quiet)
    );
    // Consistency under 80 %.
    assert_eq!(prompting(&h, &good, &days, 0.79, None).offer, None);
    // One check under 5.5.
    let low = scored(&[("2026-02-20", 5.25), ("2026-02-27", 7.0)]);
    assert_eq!(prompting(&h, &low, &days, 0.9, None).offer, None);
    // Checks less than 7 days apart.
    let close = scored(&[("2026-02-21", 6.0), ("2026-02-27", 6.0)]);
    assert_eq!(prompting(&h, &close, &days, 0.9, None).offer, None);
    // One check only.
    assert_eq!(prompting(&h, &good[1..], &days, 0.9, None).offer, None);
    // "Not now" on the latest check's evidence: asked again only after a newer check.
    assert_eq!(
        prompting(&h, &good, &days, 0.9, Some(day("2026-02-27"))).offer,
        None
    );
    // Off is the last stage.
    let mut off = h.clone();
    off.prompts = PromptStage::Off;
    assert_eq!(prompting(&off, &good, &days, 0.9, None).offer, None);
}

#[test]
fn two_misses_bring_full_reminders_back_and_say_which() {
    let mut h = habit("read", "08:00", "daily");
    h.prompts = PromptStage::Quiet;
    h.prompts_since = Some(day("2026-02-01"));
    let days = daily("2026-01-01", "2026-02-20", &["2026-01-10", "2026-01-12"]);
    // Misses from before the stage was chosen do not count.
    let quiet = prompting(&h, &[], &days, 0.9, None);
    assert_eq!((quiet.stage, quiet.restored), (PromptStage::Quiet, None));
    let days = daily("2026-01-01", "2026-02-20", &["2026-02-10", "2026-02-15"]);
    let back = prompting(&h, &[], &days, 0.9, None);
    assert_eq!(back.stage, PromptStage::Full);
    assert_eq!(back.chosen, PromptStage::Quiet);
    assert_eq!(back.restored, Some([day("2026-02-10"), day("2026-02-15")]));
    // Old good checks are no evidence once reminders are back.
    let checks = scored(&[("2026-02-01", 6.5), ("2026-02-09", 6.5)]);
    assert_eq!(prompting(&h, &checks, &days, 0.9, None).offer, None);
    let newer = scored(&[("2026-02-16", 6.5), ("2026-02-23", 6.5)]);
    assert_eq!(
        prompting(&h, &newer, &days, 0.9, None).offer,
        Some(PromptStage::Quiet)
    );
}

#[test]
fn troubleshoot_follows_recent_misses_or_slipping_consistency() {
    let today = day("2026-03-01");
    let days = daily("2026-01-01", "2026-02-28", &["2026-02-20", "2026-02-24"]);
    let none: Vec<(chrono::NaiveDate, f64)> = Vec::new();
    assert_eq!(
        trouble(&days, &none, today, None),
        Some(Trouble::Misses {
            dates: [day("2026-02-20"), day("2026-02-24")]
        })
    );
    // Answered since: not again on the same misses.
    assert_eq!(trouble(&days, &none, today, Some(day("2026-02-25"))), None);
    // Old misses are no news.
    let old = daily("2026-01-01", "2026-02-28", &["2026-01-20", "2026-01-24"]);
    assert_eq!(trouble(&old, &none, today, None), None);
    // Consistency 90 → 74 in four weeks.
    let series = vec![(day("2026-02-01"), 0.9), (day("2026-03-01"), 0.74)];
    let clean = daily("2026-01-01", "2026-02-28", &[]);
    assert_eq!(
        trouble(&clean, &series, today, None),
        Some(Trouble::Slipping {
            from: 90.0,
            to: 74.0
        })
    );
    let mild = vec![(day("2026-02-01"), 0.9), (day("2026-03-01"), 0.76)];
    assert_eq!(trouble(&clean, &mild, today, None), None);
    assert_eq!(
        trouble(&clean, &series, today, Some(day("2026-02-15"))),
        None
    );
}
