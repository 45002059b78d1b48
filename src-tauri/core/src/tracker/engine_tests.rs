//! The reminder engine's decisions over simulated time, with a fake clock: timers
//! that fire on time, suspends, clock jumps, DST nights and a zone change.
use super::*;
use crate::clock::FakeClock;
use crate::model::{Source, Weekdays};
use crate::presence::Presence::Unknown;
use crate::schedule::Timeliness;
use crate::testing::{day, utc, Lcg};
use chrono::Duration;
use std::collections::HashSet;

/// A tracker whose habits were added a day before `now`.
fn tracker(now: &str, zone: &str) -> (tempfile::TempDir, Tracker, Arc<FakeClock>) {
    installed(&(utc(now) - Duration::days(1)).to_rfc3339(), now, zone)
}

/// A tracker whose data dir (and default habits) began at `installed`, seen at `now`.
fn installed(
    installed: &str,
    now: &str,
    zone: &str,
) -> (tempfile::TempDir, Tracker, Arc<FakeClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc(installed)));
    let zone: crate::zone::Zone = zone.parse().unwrap();
    let t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc(now));
    (dir, t, clock)
}

#[test]
fn a_sleep_within_the_window_fires_late_once_and_beyond_it_records_a_miss() {
    let (_d, mut t, clock) = tracker("2026-11-25T05:00:00Z", "Europe/Berlin"); // Wed 06:00
    let plan = t.plan_reminders(None, Unknown).unwrap();
    assert!(plan.fire.is_empty());
    assert_eq!(plan.next.as_ref().unwrap().at, utc("2026-11-25T07:30:00Z"));
    // The laptop sleeps through 08:30 and wakes at 09:15 (45 min late).
    let seen = clock.now();
    clock.set(utc("2026-11-25T08:15:00Z"));
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    assert_eq!(plan.fire.len(), 1);
    assert_eq!(plan.fire[0].timeliness, Timeliness::Late);
    assert_eq!(plan.next.unwrap().habit.as_str(), "interact");
    assert!(
        t.plan_reminders(Some(seen), Unknown)
            .unwrap()
            .fire
            .is_empty(),
        "never twice"
    );
    // It sleeps again through 12:00 and wakes at 15:00: beyond the window, recorded missed.
    let seen = clock.now();
    clock.set(utc("2026-11-25T14:00:00Z"));
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    assert!(plan.fire.is_empty());
    assert_eq!(plan.next.unwrap().habit.as_str(), "recognize");
}

#[test]
fn a_clock_jump_back_does_not_repeat_a_reminder() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:30:00Z", "Europe/Berlin");
    let plan = t
        .plan_reminders(Some(utc("2026-11-25T07:29:00Z")), Unknown)
        .unwrap();
    assert_eq!(plan.fire.len(), 1);
    clock.set(utc("2026-11-25T06:00:00Z")); // back 90 minutes
    let plan = t
        .plan_reminders(Some(utc("2026-11-25T07:30:00Z")), Unknown)
        .unwrap();
    assert!(plan.fire.is_empty());
    assert_eq!(
        plan.next.unwrap().habit.as_str(),
        "interact",
        "describe is not planned again"
    );
    clock.set(utc("2026-11-25T07:31:00Z"));
    assert!(t
        .plan_reminders(Some(utc("2026-11-25T06:00:00Z")), Unknown)
        .unwrap()
        .fire
        .is_empty());
}

#[test]
fn a_zone_change_moves_triggers_to_the_new_local_time() {
    let (_d, mut t, _clock) = tracker("2026-11-25T05:00:00Z", "Europe/Berlin");
    assert_eq!(
        t.plan_reminders(None, Unknown).unwrap().next.unwrap().at,
        utc("2026-11-25T07:30:00Z")
    );
    t.follow_system_zone("America/New_York".parse().unwrap())
        .unwrap();
    // 05:00Z is 00:00 in New York: describe at 08:30 EST = 13:30Z.
    assert_eq!(
        t.plan_reminders(None, Unknown).unwrap().next.unwrap().at,
        utc("2026-11-25T13:30:00Z")
    );
}

#[test]
fn notification_snooze_and_tray_snooze_bring_reminders_back_later() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:30:00Z", "Europe/Berlin");
    let plan = t
        .plan_reminders(Some(utc("2026-11-25T07:29:30Z")), Unknown)
        .unwrap();
    assert_eq!(plan.fire.len(), 1);
    t.snooze("describe", day("2026-11-25"), Some(Duration::seconds(3)))
        .unwrap();
    let plan = t.plan_reminders(Some(clock.now()), Unknown).unwrap();
    assert_eq!(plan.next.unwrap().at, utc("2026-11-25T07:30:03Z"));
    let seen = clock.now();
    clock.advance(Duration::seconds(3));
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    assert_eq!(
        plan.fire.iter().map(|r| r.timeliness).collect::<Vec<_>>(),
        [Timeliness::Snoozed]
    );
    assert!(
        t.plan_reminders(Some(clock.now()), Unknown)
            .unwrap()
            .fire
            .is_empty(),
        "a snooze fires once"
    );

    // At 11:30 the tray's "Snooze reminders 1 h" holds back 12:00 until 12:30.
    clock.set(utc("2026-11-25T10:30:00Z"));
    assert_eq!(t.snooze_all(Duration::hours(1)).unwrap().len(), 1);
    assert_eq!(
        t.plan_reminders(Some(clock.now()), Unknown)
            .unwrap()
            .next
            .unwrap()
            .at,
        utc("2026-11-25T11:30:00Z")
    );
}

/// A year of days in Berlin with random suspends, clock jumps and early logs:
/// every habit-day is reminded at most once, only on its own day, never when done,
/// skipped or paused, and late only within the catch-up window.
#[test]
fn a_simulated_year_never_reminds_wrongly() {
    let (_d, mut t, clock) = tracker("2026-01-01T00:00:00Z", "Europe/Berlin");
    for id in ["describe", "interact", "recognize"] {
        let patch = crate::model::HabitPatch {
            days: Some(Weekdays::DAILY),
            ..Default::default()
        };
        t.set_habit(id, &patch).unwrap();
    }
    let mut rng = Lcg(7);
    let mut fired: HashSet<(String, NaiveDate)> = HashSet::new();
    let mut last_seen = None;
    let end = utc("2027-01-01T00:00:00Z");
    let mut vacation_done = false;
    while clock.now() < end {
        let now = clock.now();
        if !vacation_done && now > utc("2026-07-31T10:00:00Z") {
            t.pause_until(day("2026-08-15")).unwrap();
            vacation_done = true;
        }
        let plan = t.plan_reminders(last_seen, Unknown).unwrap();
        last_seen = Some(now);
        let status = t.status().unwrap();
        let pauses = store::pauses(t.store().read()).unwrap();
        for r in &plan.fire {
            let key = (r.due.habit.to_string(), r.due.date);
            assert!(
                fired.insert(key.clone()),
                "reminded twice: {key:?} at {now}"
            );
            assert_eq!(
                r.due.date,
                t.today(),
                "{key:?} fired on another day, at {now}"
            );
            assert!(
                !pauses.iter().any(|p| p.covers(r.due.at) || p.covers(now)),
                "{key:?} fired while paused"
            );
            let h = status.habits.iter().find(|h| h.id == r.due.habit).unwrap();
            assert_eq!(
                h.state,
                TodayState::Pending,
                "{key:?} fired but was {:?}",
                h.state
            );
            if r.timeliness == Timeliness::Late {
                assert!(
                    now - r.due.at < Duration::hours(2),
                    "{key:?} fired too late at {now}"
                );
            }
        }
        // Sometimes the person logs before the reminder.
        if rng.next(5) == 0 {
            let id = ["describe", "interact", "recognize"][rng.next(3) as usize];
            t.log(&LogRequest {
                habit: id,
                source: Some(Source::Tray),
                ..Default::default()
            })
            .unwrap();
        }
        let next = plan.next.map(|d| d.at).unwrap_or(now + Duration::hours(6));
        match rng.next(10) {
            0 => clock.set(now + Duration::minutes(rng.next(36 * 60) as i64)), // suspend
            1 => clock.set(now - Duration::minutes(rng.next(180) as i64 + 1)), // clock set back
            _ => clock.set(next.max(now + Duration::seconds(1))),              // the timer fires
        }
    }
    assert!(
        fired.len() > 500,
        "only {} reminders in a year",
        fired.len()
    );
}

/// Both DST nights with a habit at 02:30 (Berlin) or 02:30 (New York): the spring
/// reminder comes at the first valid instant (03:00 local), the autumn one once, at
/// the first 02:30.
#[test]
fn dst_nights_remind_once_at_the_right_instant() {
    dst_nights(
        "Europe/Berlin",
        [
            (
                "2026-03-28T20:00:00Z",
                "2026-03-29T01:00:00Z",
                "2026-03-30T00:30:00Z",
            ),
            (
                "2026-10-24T20:00:00Z",
                "2026-10-25T00:30:00Z",
                "2026-10-26T01:30:00Z",
            ),
        ],
    );
    // New York: spring forward 2026-03-08 02:00 EST → 03:00 EDT; fall back 2026-11-01
    // 02:00 EDT → 01:00 EST, so 02:30 exists once that night (EST).
    dst_nights(
        "America/New_York",
        [
            (
                "2026-03-07T20:00:00Z",
                "2026-03-08T07:00:00Z",
                "2026-03-09T06:30:00Z",
            ),
            (
                "2026-10-31T20:00:00Z",
                "2026-11-01T07:30:00Z",
                "2026-11-02T07:30:00Z",
            ),
        ],
    );
}

/// (start, the night's reminder, the next day's) for each of the two nights.
fn dst_nights(zone: &str, nights: [(&str, &str, &str); 2]) {
    let (_d, mut t, clock) = tracker(nights[0].0, zone);
    let patch = crate::model::HabitPatch {
        time: Some(crate::model::TimeOfDay::parse("02:30").unwrap()),
        days: Some(Weekdays::DAILY),
        ..Default::default()
    };
    t.set_habit("describe", &patch).unwrap();
    for id in ["interact", "recognize"] {
        t.set_habit(
            id,
            &crate::model::HabitPatch {
                enabled: Some(false),
                ..Default::default()
            },
        )
        .unwrap();
    }
    for (start, expected, after) in nights {
        clock.set(utc(start));
        let mut seen = Some(clock.now());
        let next = t.plan_reminders(seen, Unknown).unwrap().next.unwrap();
        assert_eq!(next.at, utc(expected), "{zone} {start}");
        clock.set(next.at);
        let plan = t.plan_reminders(seen, Unknown).unwrap();
        assert_eq!(plan.fire.len(), 1);
        assert_eq!(plan.fire[0].timeliness, Timeliness::OnTime);
        seen = Some(clock.now());
        // An hour later (the repeated 02:30 in autumn) nothing fires again.
        clock.advance(Duration::hours(1));
        let plan = t.plan_reminders(seen, Unknown).unwrap();
        assert!(plan.fire.is_empty());
        assert_eq!(plan.next.unwrap().at, utc(after));
    }
}

/// A laptop closed from before the first trigger to after the last: only the one
/// still within the catch-up window comes, late; the others are recorded missed.
#[test]
fn a_sleep_across_all_three_triggers_fires_only_the_recent_one() {
    let (_d, mut t, clock) = tracker("2026-11-25T05:00:00Z", "Europe/Berlin"); // 06:00
    let seen = clock.now();
    t.plan_reminders(Some(seen), Unknown).unwrap();
    clock.set(utc("2026-11-25T17:15:00Z")); // 18:15: 45 min after Recognition's 17:30
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    let fired: Vec<(&str, Timeliness)> = plan
        .fire
        .iter()
        .map(|r| (r.due.habit.as_str(), r.timeliness))
        .collect();
    assert_eq!(fired, [("recognize", Timeliness::Late)]);
    let seen = clock.now();
    // Asleep again until after midnight: yesterday's habits never fire today.
    clock.set(utc("2026-11-26T06:00:00Z")); // Thu 07:00
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    assert!(plan.fire.is_empty());
    assert_eq!(plan.next.unwrap().at, utc("2026-11-26T07:30:00Z"));
    // And closed across the whole next day (06:00 → 23:00): nothing within the window.
    let seen = utc("2026-11-26T05:00:00Z");
    clock.set(utc("2026-11-26T22:00:00Z"));
    assert!(t
        .plan_reminders(Some(seen), Unknown)
        .unwrap()
        .fire
        .is_empty());
}

/// A snooze survives a restart of the computer: the reopened tracker brings the
/// reminder back at the snooze's end, once.
#[test]
fn a_reboot_mid_snooze_still_brings_the_reminder_back_once() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc("2026-11-24T11:00:00Z")));
    let zone: chrono_tz::Tz = "Europe/Berlin".parse().unwrap();
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc("2026-11-25T11:00:00Z")); // 12:00 Berlin, the next day
    let plan = t
        .plan_reminders(Some(utc("2026-11-25T10:59:00Z")), Unknown)
        .unwrap();
    assert_eq!(plan.fire.len(), 1);
    t.snooze("interact", day("2026-11-25"), Some(Duration::minutes(10)))
        .unwrap();
    drop(t); // the machine restarts
    clock.set(utc("2026-11-25T11:04:00Z"));
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    let plan = t.plan_reminders(None, Unknown).unwrap();
    assert!(plan.fire.is_empty(), "not before the snooze ends");
    assert_eq!(plan.next.unwrap().at, utc("2026-11-25T11:10:00Z"));
    let seen = clock.now();
    clock.set(utc("2026-11-25T11:10:00Z"));
    let plan = t.plan_reminders(Some(seen), Unknown).unwrap();
    assert_eq!(
        plan.fire.iter().map(|r| r.timeliness).collect::<Vec<_>>(),
        [Timeliness::Snoozed]
    );
    drop(t);
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    assert!(
        t.plan_reminders(None, Unknown).unwrap().fire.is_empty(),
        "once"
    );
}
