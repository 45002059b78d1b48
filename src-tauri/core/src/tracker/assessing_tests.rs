//! The self-assessment through the tracker: attempts kept in order, the panel's view,
//! export and import, and the retake rhythm on a fake clock.
use super::*;
use crate::assessment::{Answers, Mindset, STATEMENTS, STATEMENT_COUNT};
use crate::clock::FakeClock;
use crate::testing::utc;
use chrono::Duration;

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

fn all(v: i64) -> Answers {
    Answers::new(&[v; STATEMENT_COUNT]).unwrap()
}

/// Every statement 4, except Be helpful's, which are all 2 (its weakest).
fn weak_at_helping() -> Answers {
    let values: Vec<i64> = STATEMENTS
        .iter()
        .map(|s| match (s.mindset, s.reverse) {
            (Mindset::BeHelpful, false) => 2,
            (Mindset::BeHelpful, true) => 4,
            (_, true) => 2,
            _ => 4,
        })
        .collect();
    Answers::new(&values).unwrap()
}

#[test]
fn attempts_are_kept_in_order_with_scores_guidance_and_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-10-01T08:00:00Z");
    t.record_assessment(all(3)).unwrap();
    clock.set(utc("2026-10-22T08:00:00Z"));
    t.record_assessment(weak_at_helping()).unwrap();
    let history = t.assessment_history().unwrap();
    assert_eq!(history.len(), 2);
    assert!(history[0].taken_at < history[1].taken_at);
    assert_eq!(history[0].scores.overall, 50.0);
    let view = t.mindsets_view().unwrap();
    assert_eq!(view.statements.len(), 20);
    assert_eq!(view.scale[0], "Strongly disagree");
    assert_eq!(view.weakest.len(), 1);
    assert_eq!(view.weakest[0].mindset, Mindset::BeHelpful);
    assert_eq!(view.weakest[0].score, 25.0);
    // 50 → 75 on the four other mindsets, 50 → 25 on Be helpful: all called out.
    assert_eq!(view.changes.len(), 5);
    assert!(view.strength.len() >= 12, "{}", view.strength.len());
    assert_eq!(
        view.next_retake.to_rfc3339(),
        "2026-11-12T09:00:00+01:00",
        "three weeks after the last attempt"
    );
}

#[test]
fn export_and_import_carry_every_attempt_once() {
    let src = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(src.path(), "2026-10-01T08:00:00Z");
    t.record_assessment(all(2)).unwrap();
    clock.set(utc("2026-10-29T08:00:00Z"));
    t.record_assessment(all(4)).unwrap();
    let exported = t.export_json().unwrap();
    let dst = tempfile::tempdir().unwrap();
    let (mut fresh, _) = open(dst.path(), "2026-11-01T08:00:00Z");
    assert_eq!(fresh.import_json(&exported).unwrap().assessments, 2);
    fresh.import_json(&exported).unwrap();
    assert_eq!(fresh.assessment_history().unwrap().len(), 2, "kept once");
    assert_eq!(fresh.export_json().unwrap(), exported);
    let before = fresh.export_json().unwrap();
    for bad in ["[2, 2, 2]", &format!("[{}7]", "2, ".repeat(19))] {
        let text = exported.replacen(
            &format!("[\n        {}", "2,\n        ".repeat(19) + "2\n      ]"),
            bad,
            1,
        );
        assert_ne!(text, exported, "the test edits the answers");
        assert!(fresh.import_json(&text).is_err(), "{bad} accepted");
        assert_eq!(fresh.export_json().unwrap(), before);
    }
}

#[test]
fn the_retake_suggestion_comes_once_per_due_and_not_while_paused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-10-01T08:00:00Z");
    let t0 = utc("2026-10-01T08:00:00Z");
    // Before any attempt: the day after the history began, at 10:00 local.
    let (fire, next) = t.plan_retake().unwrap();
    assert_eq!(fire, None);
    assert_eq!(next, utc("2026-10-02T08:00:00Z"));
    t.record_assessment(all(3)).unwrap();
    t.set_setting("retake_every", "3w").unwrap();
    clock.set(t0 + Duration::days(20));
    assert_eq!(t.plan_retake().unwrap(), (None, t0 + Duration::weeks(3)));
    clock.set(t0 + Duration::weeks(3) + Duration::minutes(1));
    assert_eq!(t.plan_retake().unwrap().0, Some(t0 + Duration::weeks(3)));
    assert_eq!(t.plan_retake().unwrap().0, None, "shown once");
    // The next due falls in a vacation: nothing while paused, shown after it.
    clock.set(t0 + Duration::weeks(6) - Duration::hours(1));
    t.pause_for(Duration::hours(3)).unwrap();
    clock.set(t0 + Duration::weeks(6) + Duration::minutes(1));
    assert_eq!(t.plan_retake().unwrap().0, None);
    clock.set(t0 + Duration::weeks(6) + Duration::hours(3));
    assert_eq!(t.plan_retake().unwrap().0, Some(t0 + Duration::weeks(6)));
    // A new attempt restarts the rhythm from itself.
    t.record_assessment(all(4)).unwrap();
    let now = t.now();
    assert_eq!(t.plan_retake().unwrap(), (None, now + Duration::weeks(3)));
}

#[test]
fn a_questionnaire_left_part_way_is_resumed_and_cleared_when_completed() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-10-01T08:00:00Z");
    assert_eq!(t.mindsets_view().unwrap().draft, None);
    let mut partial = vec![0; STATEMENT_COUNT];
    partial[..3].copy_from_slice(&[4, 5, 2]);
    t.save_assessment_draft(&partial).unwrap();
    let draft = t.mindsets_view().unwrap().draft.unwrap();
    assert_eq!(&draft[..4], &[4, 5, 2, 0]);
    for bad in [vec![3; 19], vec![6; 20], vec![-1; 20]] {
        assert!(t.save_assessment_draft(&bad).is_err());
    }
    assert_eq!(
        t.mindsets_view().unwrap().draft.unwrap(),
        draft,
        "unchanged"
    );
    t.record_assessment(all(4)).unwrap();
    assert_eq!(
        t.mindsets_view().unwrap().draft,
        None,
        "cleared by the attempt"
    );
    t.save_assessment_draft(&partial).unwrap();
    t.save_assessment_draft(&[0; STATEMENT_COUNT]).unwrap();
    assert_eq!(
        t.mindsets_view().unwrap().draft,
        None,
        "all zeros removes it"
    );
}

#[test]
fn be_helpful_guidance_names_someone_from_the_check_ins() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-10-01T08:00:00Z");
    t.record_assessment(weak_at_helping()).unwrap();
    assert_eq!(
        t.mindsets_view().unwrap().weakest[0].from_your_network,
        None,
        "no one named yet"
    );
    t.log(&LogRequest {
        habit: "interact",
        with: Some(vec!["Ana López"]),
        ..Default::default()
    })
    .unwrap();
    let guidance = &t.mindsets_view().unwrap().weakest[0];
    assert_eq!(
        guidance.from_your_network.as_deref(),
        Some("Who could help Ana López with what they are working on? Introduce them in a reply.")
    );
}
