use super::*;
use crate::i18n::{Catalogue, Language};

fn en() -> &'static Catalogue {
    Catalogue::get(Language::En)
}
use chrono::Duration;

fn all(v: i64) -> Answers {
    Answers::new(&[v; STATEMENT_COUNT]).unwrap()
}

#[test]
fn the_instrument_has_four_statements_and_one_reverse_item_per_mindset() {
    for m in Mindset::ALL {
        let items: Vec<&Statement> = STATEMENTS.iter().filter(|s| s.mindset == m).collect();
        assert_eq!(items.len(), 4, "{m:?}");
        assert_eq!(items.iter().filter(|s| s.reverse).count(), 1, "{m:?}");
        assert_eq!(m.suggestions(en()).len(), 3);
    }
    assert!(scale(en()).iter().all(|point| !point.is_empty()));
}

#[test]
fn all_threes_score_fifty_everywhere() {
    let s = score(&all(3), en());
    assert!(s.mindsets.iter().all(|m| m.score == 50.0));
    assert_eq!(s.overall, 50.0);
    assert!(
        s.weakest().is_empty(),
        "a level profile has no weakest mindset"
    );
}

#[test]
fn all_fives_score_seventy_five_because_each_mindset_has_a_reverse_item() {
    // Three items at 5 (4 points above 1) and the reversed one at 6 − 5 = 1:
    // mean 4 → (4 − 1) / 4 × 100 = 75.
    let s = score(&all(5), en());
    assert!(s.mindsets.iter().all(|m| m.score == 75.0), "{s:?}");
    let ones = score(&all(1), en());
    assert!(ones.mindsets.iter().all(|m| m.score == 25.0), "{ones:?}");
}

#[test]
fn reverse_items_flip_and_the_best_answers_score_a_hundred() {
    let best: Vec<i64> = STATEMENTS
        .iter()
        .map(|s| if s.reverse { 1 } else { 5 })
        .collect();
    let s = score(&Answers::new(&best).unwrap(), en());
    assert!(s.mindsets.iter().all(|m| m.score == 100.0));
    assert_eq!(s.overall, 100.0);
    // Only Be helpful's reverse item moves from 1 to 5: its score drops by one point
    // in four → 100 − 25.
    let mut one_flip = best.clone();
    let index = STATEMENTS
        .iter()
        .position(|s| s.reverse && s.mindset == Mindset::BeHelpful)
        .unwrap();
    one_flip[index] = 5;
    let s = score(&Answers::new(&one_flip).unwrap(), en());
    assert_eq!(s.of(Mindset::BeHelpful), 75.0);
    assert_eq!(s.of(Mindset::RealHuman), 100.0);
    assert_eq!(s.weakest(), [Mindset::BeHelpful]);
    assert_eq!(s.overall, 95.0);
}

#[test]
fn bad_answer_lists_are_refused_with_a_clear_reason() {
    for (text, wanted) in [
        ("3,3,3", "give 20 answers"),
        (&"3,".repeat(20)[..], "not an answer"),
        (&format!("{}6", "3,".repeat(19))[..], "answer 20 is 6"),
        (&format!("0,{}", "3,".repeat(18) + "3")[..], "answer 1 is 0"),
        (
            &"3,".repeat(21).trim_end_matches(',').to_string()[..],
            "got 21",
        ),
    ] {
        let e = Answers::parse(text).unwrap_err().to_string();
        assert!(e.contains(wanted), "{text}: {e}");
    }
    assert_eq!(
        Answers::parse("4,".repeat(20).trim_end_matches(',')).unwrap(),
        all(4)
    );
    assert_eq!(Answers::from_digits(&all(2).digits()).unwrap(), all(2));
    assert!(Answers::from_digits("1234").is_err());
}

#[test]
fn only_changes_of_a_scale_point_or_more_are_called_out() {
    let before = score(&all(3), en());
    let mut values = [3; STATEMENT_COUNT];
    values[0] = 5; // Real human: +2 on one item → +12.5
    values[4] = 5; // Think networks: +2 and +2 → +25
    values[5] = 5;
    let after = score(&Answers::new(&values).unwrap(), en());
    let changes = notable_changes(&before, &after, en());
    assert_eq!(changes.len(), 1);
    assert_eq!(changes[0].mindset, Mindset::ThinkNetworks);
    assert_eq!((changes[0].from, changes[0].to), (50.0, 75.0));
}

#[test]
fn retakes_come_due_every_interval_after_the_last_attempt() {
    let t0: DateTime<Utc> = "2026-11-02T09:00:00Z".parse().unwrap();
    let every = Duration::weeks(3);
    let before = retake_due(Some(t0), t0, every, t0 + Duration::days(20));
    assert_eq!(
        (before.current, before.next),
        (None, t0 + Duration::weeks(3))
    );
    let after = retake_due(Some(t0), t0, every, t0 + Duration::days(50));
    assert_eq!(after.current, Some(t0 + Duration::weeks(6)));
    assert_eq!(after.next, t0 + Duration::weeks(9));
    let never = retake_due(None, t0, every, t0 + Duration::hours(2));
    assert_eq!((never.current, never.next), (None, t0 + Duration::days(1)));
}
