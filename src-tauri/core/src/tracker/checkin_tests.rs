//! Timed check-ins, links and ideas, with a fake clock and a real SQLite file.
use super::*;
use crate::clock::FakeClock;
use crate::model::{HabitPatch, Source};
use crate::testing::{day, utc};
use crate::tracker::LogRequest;
use chrono::Duration;

/// Berlin, Monday 2 March 2026 09:00 local (08:00Z), a 10-minute check-in length.
fn tracker() -> (tempfile::TempDir, Tracker, Arc<FakeClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc("2026-03-02T08:00:00Z")));
    let zone: crate::zone::Zone = "Europe/Berlin".parse().unwrap();
    let t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    (dir, t, clock)
}

fn reopen(dir: &tempfile::TempDir, clock: &Arc<FakeClock>) -> Tracker {
    let zone: crate::zone::Zone = "Europe/Berlin".parse().unwrap();
    Tracker::open(dir.path(), clock.clone(), zone).unwrap()
}

fn minutes_logged(t: &Tracker, habit: &str) -> Option<u16> {
    let today = t.today();
    t.history(today, today)
        .unwrap()
        .into_iter()
        .find(|r| r.habit.as_str() == habit && r.status == "done")
        .and_then(|r| r.minutes)
}

#[test]
fn start_then_finish_logs_the_measured_minutes_with_where_it_was_finished() {
    let (_dir, mut t, clock) = tracker();
    let started = t.start_checkin("describe", Source::Notification).unwrap();
    assert_eq!(started.checkin.length, Duration::minutes(10));
    assert!(started.link.is_none(), "no link yet");
    clock.advance(Duration::seconds(7 * 60 + 5));
    let finished = t.finish_checkin(Source::Tray).unwrap();
    assert!(!finished.by_itself);
    assert_eq!(finished.entry.minutes, Some(8));
    assert_eq!(finished.entry.source, Source::Tray);
    assert_eq!(finished.entry.date, day("2026-03-02"));
    assert_eq!(minutes_logged(&t, "describe"), Some(8));
    assert!(t.checkin().unwrap().is_none());
    assert!(
        t.finish_checkin(Source::Tray).is_err(),
        "nothing runs any more"
    );
}

#[test]
fn cancel_writes_no_entry_and_one_runs_at_a_time() {
    let (_dir, mut t, clock) = tracker();
    t.start_checkin("describe", Source::Cli).unwrap();
    let refused = t.start_checkin("interact", Source::Cli).unwrap_err();
    assert!(refused.to_string().contains("already running"), "{refused}");
    clock.advance(Duration::minutes(3));
    t.cancel_checkin().unwrap();
    assert_eq!(minutes_logged(&t, "describe"), None);
    assert!(t.history(t.today(), t.today()).unwrap().is_empty());
    assert!(t.cancel_checkin().is_err());
    t.start_checkin("interact", Source::Cli).unwrap();
}

#[test]
fn a_forgotten_check_in_ends_at_twice_its_length_with_the_target_recorded() {
    let (_dir, mut t, clock) = tracker();
    t.set_setting("checkin_length", "10m").unwrap();
    t.start_checkin("describe", Source::Tray).unwrap();
    clock.advance(Duration::minutes(19));
    assert_eq!(t.end_forgotten_checkin(Source::Tray).unwrap(), None);
    clock.advance(Duration::minutes(1));
    let ended = t.end_forgotten_checkin(Source::Tray).unwrap().unwrap();
    assert!(ended.by_itself);
    assert_eq!(ended.entry.minutes, Some(10));
    assert!(t.checkin().unwrap().is_none());
    // Finishing late (after a night's sleep) gives the same.
    t.start_checkin("interact", Source::Tray).unwrap();
    clock.advance(Duration::hours(9));
    let late = t.finish_checkin(Source::Dashboard).unwrap();
    assert!(late.by_itself);
    assert_eq!(late.entry.minutes, Some(10));
}

#[test]
fn five_more_minutes_moves_the_wrap_up_and_the_end_on() {
    let (_dir, mut t, clock) = tracker();
    let started = t.start_checkin("describe", Source::Tray).unwrap().checkin;
    clock.advance(Duration::minutes(10));
    let longer = t.extend_checkin().unwrap();
    assert_eq!(
        longer.wrap_up_at(),
        started.started_at + Duration::minutes(15)
    );
    clock.advance(Duration::minutes(12));
    assert_eq!(
        t.end_forgotten_checkin(Source::Tray).unwrap(),
        None,
        "30 min now"
    );
    assert_eq!(
        t.finish_checkin(Source::Tray).unwrap().entry.minutes,
        Some(22)
    );
}

#[test]
fn a_restart_mid_check_in_continues_it_and_a_clock_set_back_gives_no_negative_minutes() {
    let (dir, mut t, clock) = tracker();
    t.start_checkin("describe", Source::Tray).unwrap();
    clock.advance(Duration::minutes(4));
    drop(t);
    let mut t = reopen(&dir, &clock);
    let running = t.checkin().unwrap().expect("it survived the restart");
    assert_eq!(running.habit.as_str(), "describe");
    clock.advance(Duration::minutes(2));
    assert_eq!(running.measured_minutes(clock.now()).get(), 6);
    // The clock goes back an hour (a wrong NTP step), then the person finishes.
    clock.advance(Duration::hours(-1));
    let finished = t.finish_checkin(Source::Tray).unwrap();
    assert_eq!(finished.entry.minutes, Some(1));
}

#[test]
fn a_check_in_counts_for_the_day_it_started_on() {
    let (_dir, mut t, clock) = tracker();
    clock.set(utc("2026-03-02T22:55:00Z")); // 23:55 in Berlin
    t.start_checkin("recognize", Source::Tray).unwrap();
    clock.advance(Duration::minutes(12));
    let finished = t.finish_checkin(Source::Tray).unwrap();
    assert_eq!(finished.entry.date, day("2026-03-02"));
    assert_eq!(finished.entry.minutes, Some(12));
}

#[test]
fn a_check_in_opens_the_habit_s_own_link_else_the_default() {
    let (_dir, mut t, _clock) = tracker();
    let engage = t
        .add_link("Viva Engage", "https://engage.example/feed", false)
        .unwrap();
    assert!(engage.default, "the first link is the default");
    t.add_link("LinkedIn", "https://www.linkedin.com/feed/", false)
        .unwrap();
    let patch = HabitPatch {
        link: Some(Some("linkedin".into())),
        ..HabitPatch::default()
    };
    let changed = t.set_habit("interact", &patch).unwrap();
    assert_eq!(changed.habit.link.as_deref(), Some("LinkedIn"));
    let link_of = |t: &mut Tracker, habit: &str| {
        let started = t.start_checkin(habit, Source::Cli).unwrap();
        t.cancel_checkin().unwrap();
        started.link.map(|l| l.url.as_str().to_string())
    };
    assert_eq!(
        link_of(&mut t, "interact").as_deref(),
        Some("https://www.linkedin.com/feed/")
    );
    assert_eq!(
        link_of(&mut t, "describe").as_deref(),
        Some("https://engage.example/feed")
    );
    t.set_default_link("LINKEDIN").unwrap();
    assert_eq!(
        link_of(&mut t, "describe").as_deref(),
        Some("https://www.linkedin.com/feed/")
    );
    // Removing a habit's link sends it to the default; removing the default passes it on.
    assert_eq!(
        t.remove_link("LinkedIn").unwrap(),
        vec![crate::testing::id("interact")]
    );
    assert_eq!(
        link_of(&mut t, "interact").as_deref(),
        Some("https://engage.example/feed")
    );
    assert!(t.link("Viva Engage").unwrap().default);
    let unknown = HabitPatch {
        link: Some(Some("Mastodon".into())),
        ..HabitPatch::default()
    };
    assert!(t
        .set_habit("describe", &unknown)
        .unwrap_err()
        .to_string()
        .contains("no link 'Mastodon'"));
}

#[test]
fn refused_links_leave_the_database_byte_identical() {
    let (dir, mut t, _clock) = tracker();
    t.add_link("Intranet", "https://intranet.example/", false)
        .unwrap();
    let db = dir.path().join(crate::store::DB_FILE);
    let before = std::fs::read(&db).unwrap();
    let export = t.export_json().unwrap();
    for (name, url) in [
        ("Evil", "javascript:alert(document.cookie)"),
        ("Disk", "file:///home/me/.ssh/id_ed25519"),
        ("Inline", "data:text/html;base64,PHNjcmlwdD4="),
        ("Long", &format!("https://a.example/{}", "x".repeat(3000))),
        ("", "https://ok.example/"),
        ("Intranet", "ftp://intranet.example/"),
    ] {
        assert!(t.add_link(name, url, true).is_err(), "{name} {url}");
    }
    assert!(t.set_default_link("Nope").is_err());
    assert!(t.remove_link("Nope").is_err());
    assert_eq!(
        std::fs::read(&db).unwrap(),
        before,
        "the database file changed"
    );
    assert_eq!(t.export_json().unwrap(), export);
}

#[test]
fn ideas_rotate_by_date_and_the_person_s_own_list_replaces_the_defaults() {
    let (_dir, mut t, _clock) = tracker();
    let defaults = t.ideas("describe").unwrap();
    assert!(defaults.len() >= 4, "{defaults:?}");
    let monday = day("2026-03-02");
    let first = t.idea_for("describe", monday).unwrap().unwrap();
    assert_eq!(
        t.idea_for("describe", monday).unwrap().unwrap(),
        first,
        "the same all day"
    );
    let week: Vec<String> = (0..defaults.len() as i64)
        .map(|d| {
            t.idea_for("describe", monday + Duration::days(d))
                .unwrap()
                .unwrap()
        })
        .collect();
    let mut distinct = week.clone();
    distinct.sort();
    distinct.dedup();
    assert_eq!(
        distinct.len(),
        defaults.len(),
        "each idea comes once a round: {week:?}"
    );
    let own = vec!["A".to_string(), "  ".to_string(), "B".to_string()];
    assert_eq!(t.set_ideas("describe", Some(&own)).unwrap(), ["A", "B"]);
    assert!(["A", "B"].contains(&t.idea_for("describe", monday).unwrap().unwrap().as_str()));
    assert_ne!(
        t.idea_for("describe", monday).unwrap(),
        t.idea_for("describe", monday + Duration::days(1)).unwrap()
    );
    let bad = vec!["two\nlines".to_string()];
    assert!(t.set_ideas("describe", Some(&bad)).is_err());
    assert_eq!(
        t.ideas("describe").unwrap(),
        ["A", "B"],
        "a refused list changes nothing"
    );
    t.set_ideas("describe", Some(&[])).unwrap();
    assert_eq!(
        t.idea_for("describe", monday).unwrap(),
        None,
        "an emptied list shows none"
    );
    assert_eq!(t.set_ideas("describe", None).unwrap(), defaults);
}

#[test]
fn links_and_ideas_travel_in_the_export() {
    let (_dir, mut t, _clock) = tracker();
    t.add_link("LinkedIn", "https://www.linkedin.com/feed/", true)
        .unwrap();
    let patch = HabitPatch {
        link: Some(Some("LinkedIn".into())),
        ..HabitPatch::default()
    };
    t.set_habit("interact", &patch).unwrap();
    t.set_ideas("recognize", Some(&["Thank the night shift".to_string()]))
        .unwrap();
    let export = t.export_json().unwrap();
    let (_other, mut u, _c) = tracker();
    u.import_json(&export).unwrap();
    assert_eq!(u.links().unwrap(), t.links().unwrap());
    assert_eq!(
        u.habit("interact").unwrap().link.as_deref(),
        Some("LinkedIn")
    );
    assert_eq!(u.ideas("recognize").unwrap(), ["Thank the night shift"]);
    assert_eq!(u.export_json().unwrap(), export);
    let hostile = export.replace("https://www.linkedin.com/feed/", "javascript:alert(1)");
    let (_third, mut v, _c) = tracker();
    let before = v.export_json().unwrap();
    assert!(v.import_json(&hostile).is_err());
    assert_eq!(v.export_json().unwrap(), before);
}

#[test]
fn history_places_each_habit_s_last_four_weeks_of_check_ins_in_the_band() {
    let (_dir, mut t, _clock) = tracker();
    let log = |t: &mut Tracker, habit: &str, days_ago: i64, minutes: i64| {
        t.log(&LogRequest {
            habit,
            date: Some(day("2026-03-02") - Duration::days(days_ago)),
            minutes: Some(minutes),
            ..LogRequest::default()
        })
        .unwrap();
    };
    log(&mut t, "describe", 0, 6);
    log(&mut t, "describe", 3, 10);
    log(&mut t, "describe", 27, 11);
    log(&mut t, "describe", 28, 200); // five weeks ago's side of the window: left out
    log(&mut t, "interact", 1, 3);
    let view = t.history_view().unwrap();
    let band = |id: &str| {
        view.iter()
            .find(|h| h.stats.habit.as_str() == id)
            .unwrap()
            .band
            .clone()
    };
    let describe = band("describe").unwrap();
    assert_eq!(
        (describe.average, describe.checkins, describe.place),
        (9.0, 3, "within")
    );
    assert_eq!(band("interact").unwrap().place, "below");
    assert_eq!(band("recognize"), None);
}

#[test]
fn status_shows_the_running_check_in_in_local_time_with_its_minutes() {
    let (_dir, mut t, clock) = tracker();
    assert_eq!(t.status().unwrap().checkin, None);
    t.start_checkin("describe", Source::Tray).unwrap();
    clock.advance(Duration::seconds(61));
    let running = t.status().unwrap().checkin.unwrap();
    assert_eq!(running.habit.as_str(), "describe");
    assert_eq!(running.started_at.to_rfc3339(), "2026-03-02T09:00:00+01:00");
    assert_eq!(
        (running.minutes, running.length, running.wrap_up_due),
        (2, 600, false)
    );
    clock.advance(Duration::minutes(9));
    assert!(t.status().unwrap().checkin.unwrap().wrap_up_due);
}

#[test]
fn the_core_plans_the_wrap_up_once_per_length_the_end_and_each_wake() {
    let (dir, mut t, clock) = tracker();
    let plan = t.plan_checkin(Source::Tray).unwrap();
    assert_eq!(
        (plan.running, plan.wrap_up, plan.next),
        (None, false, None),
        "none runs"
    );
    let started = t.start_checkin("describe", Source::Tray).unwrap().checkin;
    let at = |secs: i64| started.started_at + Duration::seconds(secs);
    // Default length 10 min: wake each whole minute until the wrap-up.
    clock.set(at(30));
    let plan = t.plan_checkin(Source::Tray).unwrap();
    assert!(!plan.wrap_up);
    assert_eq!(plan.next, Some(at(60)));
    clock.set(at(9 * 60 + 30));
    assert_eq!(
        t.plan_checkin(Source::Tray).unwrap().next,
        Some(at(600)),
        "the wrap-up"
    );
    // Its length runs out: the wrap-up once, then never again, even after a restart.
    clock.set(at(600));
    let plan = t.plan_checkin(Source::Tray).unwrap();
    assert!(plan.wrap_up);
    assert_eq!(plan.next, Some(at(660)));
    assert!(!t.plan_checkin(Source::Tray).unwrap().wrap_up, "shown once");
    let mut t = reopen(&dir, &clock);
    clock.set(at(630));
    assert!(
        !t.plan_checkin(Source::Tray).unwrap().wrap_up,
        "not again after a restart"
    );
    // "5 more minutes": a new wrap-up at the new length.
    t.extend_checkin().unwrap();
    clock.set(at(899));
    assert!(!t.plan_checkin(Source::Tray).unwrap().wrap_up);
    clock.set(at(900));
    assert!(
        t.plan_checkin(Source::Tray).unwrap().wrap_up,
        "the longer one's wrap-up"
    );
    // Nobody finishes: it ends by itself at twice its length, and is told once.
    clock.set(at(1800));
    let plan = t.plan_checkin(Source::Tray).unwrap();
    let ended = plan.ended.expect("ended by itself");
    assert!(ended.by_itself);
    assert_eq!(ended.entry.minutes, Some(15));
    assert_eq!((plan.running, plan.next), (None, None));
    assert_eq!(t.plan_checkin(Source::Tray).unwrap().ended, None);
    // A new check-in starts with its wrap-up not shown.
    let again = t.start_checkin("interact", Source::Tray).unwrap().checkin;
    clock.set(again.wrap_up_at());
    assert!(t.plan_checkin(Source::Tray).unwrap().wrap_up);
}
