use super::*;
use crate::clock::FakeClock;
use crate::model::{HabitPatch, Source, TimeOfDay};
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

fn log<'a>(habit: &'a str, note: Option<&'a str>, minutes: Option<i64>) -> LogRequest<'a> {
    LogRequest {
        habit,
        note,
        minutes,
        source: Some(Source::Tray),
        ..Default::default()
    }
}

#[test]
fn a_new_data_dir_is_seeded_with_the_three_habits() {
    let dir = tempfile::tempdir().unwrap();
    let (t, _) = open(dir.path(), "2026-11-25T06:00:00Z");
    let status = t.status().unwrap();
    assert_eq!(status.date, day("2026-11-25"));
    assert_eq!((status.done, status.scheduled), (0, 3));
    let next = status.next_reminder.unwrap();
    assert_eq!(
        (next.habit.as_str(), next.at.to_rfc3339().as_str()),
        ("describe", "2026-11-25T08:30:00+01:00")
    );
    drop(t);
    let (t, _) = open(dir.path(), "2026-11-26T06:00:00Z");
    assert_eq!(t.habits().unwrap().len(), 3, "seeded once");
}

#[test]
fn logging_twice_keeps_one_entry_and_updates_it() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-11-25T08:00:00Z");
    let first = t
        .log(&log("describe", Some("At the Lyon site"), Some(10)))
        .unwrap();
    assert!(first.created);
    clock.advance(Duration::minutes(5));
    let second = t.log(&log("describe", None, Some(12))).unwrap();
    assert!(!second.created);
    let rows = t.history(day("2026-11-25"), day("2026-11-25")).unwrap();
    assert_eq!(rows.len(), 1);
    assert_eq!(
        rows[0].note.as_deref(),
        Some("At the Lyon site"),
        "a missing note keeps the old one"
    );
    assert_eq!(rows[0].minutes, Some(12));
    assert_eq!(
        rows[0].at,
        first.entry.logged_at.with_timezone(&t.tz()).fixed_offset(),
        "first time kept"
    );
    assert_eq!(t.status().unwrap().done, 1);
}

#[test]
fn undo_removes_the_entry_or_skip_and_skip_keeps_the_streak() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-11-23T08:00:00Z"); // Monday
    t.log(&log("describe", None, None)).unwrap();
    clock.set(utc("2026-11-24T08:00:00Z"));
    t.skip("describe", None).unwrap();
    clock.set(utc("2026-11-25T08:00:00Z"));
    t.log(&log("describe", None, None)).unwrap();
    let describe = |t: &Tracker| {
        t.stats()
            .unwrap()
            .into_iter()
            .find(|s| s.habit.as_str() == "describe")
            .unwrap()
    };
    let s = describe(&t);
    assert_eq!(
        (s.current_streak, s.best_streak, s.done, s.skipped, s.missed),
        (2, 2, 2, 1, 0)
    );

    let undone = t.undo("describe", Some(day("2026-11-24"))).unwrap();
    assert_eq!(undone.removed, Some("skip"));
    let s = describe(&t);
    assert_eq!(
        (s.current_streak, s.best_streak, s.missed),
        (1, 1, 1),
        "the unskipped day is now a miss"
    );
    assert_eq!(t.undo("describe", None).unwrap().removed, Some("entry"));
    assert_eq!(
        t.undo("describe", None).unwrap().removed,
        None,
        "undoing nothing is harmless"
    );
    assert_eq!(t.status().unwrap().done, 0);
}

#[test]
fn skipping_a_done_day_or_logging_the_future_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-25T08:00:00Z");
    t.log(&log("describe", None, None)).unwrap();
    assert!(t
        .skip("describe", None)
        .unwrap_err()
        .to_string()
        .contains("already done"));
    let future = LogRequest {
        date: Some(day("2026-11-26")),
        ..log("interact", None, None)
    };
    assert!(t
        .log(&future)
        .unwrap_err()
        .to_string()
        .contains("has not come yet"));
    assert!(t
        .log(&log("nope", None, None))
        .unwrap_err()
        .to_string()
        .contains("known habits: describe"));
    assert!(t
        .log(&log("interact", Some(&"x".repeat(501)), None))
        .is_err());
    assert!(t.log(&log("interact", None, Some(0))).is_err());
    assert_eq!(
        t.history(day("2026-11-01"), day("2026-11-30"))
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn pauses_silence_reminders_and_resume_ends_them() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-25T06:00:00Z"); // Wed 07:00 Berlin
    t.pause_until(day("2026-11-27")).unwrap();
    let status = t.status().unwrap();
    assert!(status.habits.iter().all(|h| h.state == TodayState::Paused));
    assert_eq!(
        status.next_reminder.unwrap().at.to_rfc3339(),
        "2026-11-27T08:30:00+01:00"
    );
    assert_eq!(
        status.paused_until.unwrap().to_rfc3339(),
        "2026-11-27T00:00:00+01:00"
    );
    assert!(t.pause_until(day("2026-11-25")).is_err(), "today has begun");
    assert_eq!(t.resume().unwrap(), 1);
    assert_eq!(
        t.status().unwrap().next_reminder.unwrap().at.to_rfc3339(),
        "2026-11-25T08:30:00+01:00"
    );
    // 23:30 UTC is already tomorrow in Berlin: "until tomorrow" follows the local date.
    let (mut late, _) = open(dir.path(), "2026-11-25T23:30:00Z");
    let pause = late.pause_until_tomorrow().unwrap();
    assert_eq!(
        pause.until.with_timezone(&late.tz()).to_rfc3339(),
        "2026-11-27T00:00:00+01:00"
    );
}

#[test]
fn editing_habits_validates_before_writing() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-25T06:00:00Z");
    let patch = HabitPatch {
        time: Some(TimeOfDay::parse("12:15").unwrap()),
        ..Default::default()
    };
    assert_eq!(
        t.set_habit("interact", &patch)
            .unwrap()
            .habit
            .time
            .to_string(),
        "12:15"
    );
    let bad = HabitPatch {
        name: Some("  ".into()),
        time: Some(TimeOfDay::parse("13:00").unwrap()),
        ..Default::default()
    };
    assert!(t.set_habit("interact", &bad).is_err());
    assert_eq!(
        t.habit("interact").unwrap().time.to_string(),
        "12:15",
        "nothing of a refused edit lands"
    );
    assert!(t.set_habit("interact", &HabitPatch::default()).is_err());
}

#[test]
fn export_import_export_is_identical() {
    let src = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(src.path(), "2026-11-20T08:00:00Z");
    for d in 0..5 {
        clock.set(utc("2026-11-20T08:00:00Z") + Duration::days(d));
        t.log(&LogRequest {
            need: Some("help"),
            ..log("describe", Some("note, with \"quotes\""), Some(7))
        })
        .unwrap();
    }
    t.skip("interact", None).unwrap();
    t.pause_for(Duration::hours(3)).unwrap();
    t.set_setting("snooze", "90s").unwrap();
    t.record_benefit_check(None, 4, 12).unwrap();
    let exported = t.export_json().unwrap();

    let dst = tempfile::tempdir().unwrap();
    let (mut fresh, _) = open(dst.path(), "2026-11-25T09:00:00Z");
    let summary = fresh.import_json(&exported).unwrap();
    assert_eq!(
        (
            summary.habits,
            summary.entries,
            summary.skips,
            summary.pauses,
            summary.benefit_checks
        ),
        (3, 5, 1, 1, 1)
    );
    assert_eq!(fresh.export_json().unwrap(), exported);
    fresh.import_json(&exported).unwrap();
    assert_eq!(
        fresh.export_json().unwrap(),
        exported,
        "importing twice changes nothing"
    );
}

#[test]
fn a_bad_import_writes_nothing() {
    let src = tempfile::tempdir().unwrap();
    let (mut t, _) = open(src.path(), "2026-11-25T08:00:00Z");
    t.log(&log("describe", None, None)).unwrap();
    t.record_benefit_check(None, 3, 2).unwrap();
    let good = t.export_json().unwrap();
    let before = t.export_json().unwrap();
    let cases = [
        good[..good.len() / 2].to_string(),
        good.replace("\"version\": 7", "\"version\": 8"),
        good.replace(
            "\"time\": \"08:30\"",
            "\"time\": \"08:30\", \"anchor\": \"noon\"",
        ),
        good.replace(
            "\"time\": \"08:30\"",
            "\"time\": \"08:30\", \"anchor\": \"lunch\", \"lead_minutes\": 61",
        ),
        good.replace(
            "\"automaticity_checks\": []",
            "\"automaticity_checks\": [{\"habit\": \"describe\", \"date\": \"2026-11-25\", \"answers\": [8]}]",
        ),
        good.replace(
            "\"links\": []",
            "\"links\": [{\"name\": \"X\", \"url\": \"javascript:alert(1)\"}]",
        ),
        good.replace("\"ideas\": {}", "\"ideas\": {\"ghost\": [\"an idea\"]}"),
        good.replace("\"rating\": 3", "\"rating\": 6"),
        good.replace("\"week\": \"2026-11-23\"", "\"week\": \"2026-11-24\""),
        good.replace("\"responses\": 2", "\"responses\": -2"),
        good.replace("\"format\": \"aloud-export\"", "\"format\": \"other\""),
        good.replace("\"source\": \"tray\"", "\"source\": \"email\""),
        good.replace(
            "\"describe\",\n      \"date\"",
            "\"ghost\",\n      \"date\"",
        ),
        good.replace("\"settings\": {}", "\"settings\": {\"colour\": \"green\"}"),
        good.replace(
            "\"source\": \"tray\"",
            "\"source\": \"tray\", \"minutes\": 999",
        ),
        good.replace("\"time\": \"08:30\"", "\"time\": \"25:30\""),
        "[]".to_string(),
        String::new(),
    ];
    for (i, text) in cases.iter().enumerate() {
        assert_ne!(text, &good, "case {i} did not change the document");
        assert!(t.import_json(text).is_err(), "case {i} accepted");
        assert_eq!(t.export_json().unwrap(), before, "case {i} wrote something");
    }
}

#[test]
fn the_history_view_agrees_with_stats_and_covers_26_weeks() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-09-01T08:00:00Z");
    for d in 0..60 {
        clock.set(utc("2026-09-01T08:00:00Z") + Duration::days(d));
        if d % 7 != 3 {
            t.log(&LogRequest {
                minutes: Some(5),
                ..log("describe", None, None)
            })
            .unwrap();
        }
    }
    let view = t.history_view().unwrap();
    let stats = t.stats().unwrap();
    assert_eq!(view.len(), 3);
    for (v, s) in view.iter().zip(&stats) {
        assert_eq!(&v.stats, s);
        assert_eq!(
            v.cells.first().unwrap().date.weekday(),
            chrono::Weekday::Mon
        );
        assert_eq!(v.cells.last().unwrap().date, t.today());
        assert!(v.cells.len() > 25 * 7 && v.cells.len() <= 26 * 7);
        assert_eq!(v.strength_trend.last().unwrap().1, s.strength);
    }
    let describe = &view[0];
    let done = describe
        .cells
        .iter()
        .filter(|c| {
            matches!(
                c.status,
                crate::stats::DayStatus::Done | crate::stats::DayStatus::Extra
            )
        })
        .count() as u32;
    assert_eq!(done, describe.stats.done);
    assert_eq!(describe.stats.minutes, u64::from(done) * 5);
}

#[test]
fn a_first_time_is_told_once_and_the_first_run_is_the_one_that_created_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-25T08:00:00Z");
    assert!(t.is_first_run());
    assert!(t.first_time("tray_hint").unwrap());
    assert!(!t.first_time("tray_hint").unwrap());
    assert!(t.first_time("other").unwrap());
    drop(t);
    let (mut again, _) = open(dir.path(), "2026-11-26T08:00:00Z");
    assert!(!again.is_first_run());
    assert!(
        !again.first_time("tray_hint").unwrap(),
        "remembered across opens"
    );
    let exported = again.export_json().unwrap();
    assert!(
        !exported.contains("tray_hint"),
        "the app's own state is not exported"
    );
}

#[test]
fn a_new_habit_without_an_id_gets_one_from_its_name() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-25T08:00:00Z");
    let new = |id: Option<&str>, name: &str| crate::model::NewHabit {
        id: id.map(|i| crate::model::HabitId::parse(i).unwrap()),
        name: name.into(),
        trigger: "my 3 pm call ends".into(),
        prompt: None,
        time: TimeOfDay::parse("15:05").unwrap(),
        days: None,
        latest: None,
    };
    // The same name twice: the second id gets a number.
    for expected in ["read-a-thread", "read-a-thread-2"] {
        let added = t.add_habit(&new(None, "Read a thread")).unwrap();
        assert_eq!(added.habit.id.as_str(), expected);
    }
    assert!(
        t.add_habit(&new(Some("describe"), "Again")).is_err(),
        "a given id must be free"
    );
}
