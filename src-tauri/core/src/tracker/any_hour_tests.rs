//! Reminders right at any hour (fake clock): a first start never finds anything late
//! or missed, a time the person moves ahead is reminded at the new time, and what the
//! engine re-evaluates by itself never repeats a shown reminder.
use super::*;
use crate::clock::FakeClock;
use crate::model::{HabitPatch, NewHabit, TimeOfDay};
use crate::presence::Presence::Unknown;
use crate::schedule::Timeliness;
use crate::stats::DayStatus;
use crate::testing::{day, utc};
use crate::zone::Zone;
use chrono::Duration;

/// A data dir created at `installed` in Berlin, its clock then set to `now`.
fn installed(installed: &str, now: &str) -> (tempfile::TempDir, Tracker, Arc<FakeClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc(installed)));
    let zone: Zone = "Europe/Berlin".parse().unwrap();
    let t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc(now));
    (dir, t, clock)
}

/// Every habit-day with a reminder record (shown or missed) since a week ago.
fn recorded(t: &Tracker) -> Vec<(String, NaiveDate)> {
    let since = t.today() - Duration::days(8);
    let mut out: Vec<_> = store::reminded_since(t.store().read(), since)
        .unwrap()
        .into_iter()
        .map(|(h, d)| (h.to_string(), d))
        .collect();
    out.sort();
    out
}

fn move_to(t: &mut Tracker, habit: &str, hh_mm_ss: &str) {
    let patch = HabitPatch {
        time: Some(TimeOfDay::parse(hh_mm_ss).unwrap()),
        ..HabitPatch::default()
    };
    t.set_habit(habit, &patch).unwrap();
}

fn fired(plan: &Plan) -> Vec<(&str, Timeliness)> {
    plan.fire
        .iter()
        .map(|r| (r.due.habit.as_str(), r.timeliness))
        .collect()
}

/// Runs the engine's pass as the tray does: `seen` is its previous pass.
fn pass(t: &mut Tracker, seen: &mut Option<DateTime<Utc>>) -> Plan {
    let plan = t.plan_reminders(*seen, Unknown).unwrap();
    *seen = Some(t.now());
    plan
}

#[test]
fn a_first_start_at_any_hour_finds_nothing_late_or_missed() {
    // Wednesday 2026-11-25 in Berlin (UTC+1): 12:30, 15:00 and 23:00 local.
    for now in [
        "2026-11-25T11:30:00Z",
        "2026-11-25T14:00:00Z",
        "2026-11-25T22:00:00Z",
    ] {
        // The database is new, or the CLI made it a week before the tray first ran.
        for created in [now.to_string(), (utc(now) - Duration::days(7)).to_rfc3339()] {
            let (_d, mut t, clock) = installed(&created, now);
            let plan = t.plan_reminders(None, Unknown).unwrap();
            assert!(plan.fire.is_empty(), "{now}: nothing late at a first start");
            assert!(
                recorded(&t).is_empty(),
                "{now}: nothing missed before the first run"
            );
            // A restart a little later still finds nothing from before the first run.
            clock.advance(Duration::minutes(20));
            assert!(
                t.plan_reminders(None, Unknown).unwrap().fire.is_empty(),
                "{now}"
            );
            assert!(recorded(&t).is_empty(), "{now}");
        }
    }
}

#[test]
fn a_habit_added_after_its_time_is_not_late_even_after_a_restart() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T07:00:00Z");
    let mut seen = None;
    pass(&mut t, &mut seen);
    clock.set(utc("2026-11-25T11:30:00Z"));
    // At 12:30 the person adds "Read one thread" at 12:10, then restarts at 12:40.
    t.add_habit(&NewHabit {
        id: None,
        name: "Read one thread".into(),
        trigger: "I sit down after lunch".into(),
        prompt: None,
        time: TimeOfDay::parse("12:10").unwrap(),
        days: None,
        latest: None,
    })
    .unwrap();
    clock.set(utc("2026-11-25T11:40:00Z"));
    let plan = t.plan_reminders(None, Unknown).unwrap();
    assert!(
        !fired(&plan).iter().any(|(h, _)| *h == "read-one-thread"),
        "it did not exist at 12:10"
    );
    assert!(!recorded(&t).iter().any(|(h, _)| h == "read-one-thread"));
}

#[test]
fn after_a_long_sleep_a_time_moved_later_today_fires_once_at_the_new_time() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T10:00:00Z");
    let mut seen = None;
    pass(&mut t, &mut seen);
    // Asleep from 11:00 through 12:00 until 14:30: beyond the window, Interact is missed.
    clock.set(utc("2026-11-25T13:30:00Z"));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty());
    assert_eq!(recorded(&t), [("interact".into(), day("2026-11-25"))]);
    // The person moves it to 16:00: reminded then, once.
    move_to(&mut t, "interact", "16:00");
    let plan = pass(&mut t, &mut seen);
    assert_eq!(plan.next.unwrap().at, utc("2026-11-25T15:00:00Z"));
    clock.set(utc("2026-11-25T15:00:00Z"));
    assert_eq!(
        fired(&pass(&mut t, &mut seen)),
        [("interact", Timeliness::OnTime)]
    );
    clock.advance(Duration::minutes(5));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty(), "once");
}

#[test]
fn a_time_moved_after_a_shown_reminder_fires_once_more_and_only_then() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T10:59:00Z");
    let mut seen = None;
    pass(&mut t, &mut seen);
    clock.set(utc("2026-11-25T11:00:00Z"));
    assert_eq!(
        fired(&pass(&mut t, &mut seen)),
        [("interact", Timeliness::OnTime)]
    );
    // "Not now": the person moves Interact to 13:15.
    clock.set(utc("2026-11-25T11:05:00Z"));
    move_to(&mut t, "interact", "13:15");
    pass(&mut t, &mut seen);
    clock.set(utc("2026-11-25T12:15:00Z"));
    assert_eq!(
        fired(&pass(&mut t, &mut seen)),
        [("interact", Timeliness::OnTime)]
    );
    // Restart, clock jump back, zone change: nothing repeats.
    clock.set(utc("2026-11-25T12:20:00Z"));
    assert!(
        t.plan_reminders(None, Unknown).unwrap().fire.is_empty(),
        "restart"
    );
    clock.set(utc("2026-11-25T12:00:00Z"));
    seen = Some(utc("2026-11-25T12:20:00Z"));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty(), "clock back");
    clock.set(utc("2026-11-25T12:30:00Z"));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty(), "clock forward");
    // To London: 13:15 there is 13:15Z, still ahead, but the day was reminded.
    t.follow_system_zone("Europe/London".parse().unwrap())
        .unwrap();
    clock.set(utc("2026-11-25T13:15:00Z"));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty(), "zone change");
    assert_ne!(
        t.plan_reminders(seen, Unknown)
            .unwrap()
            .next
            .unwrap()
            .habit
            .as_str(),
        "interact"
    );
}

#[test]
fn moving_a_closed_or_past_time_asks_for_nothing() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T10:00:00Z");
    let mut seen = None;
    pass(&mut t, &mut seen);
    t.skip("interact", None).unwrap();
    move_to(&mut t, "interact", "14:00");
    move_to(&mut t, "describe", "10:00"); // earlier today, already passed
    for at in ["2026-11-25T13:00:00Z", "2026-11-25T16:00:00Z"] {
        clock.set(utc(at));
        assert!(
            fired(&pass(&mut t, &mut seen)).is_empty(),
            "skipped, or moved into the past"
        );
    }
}

#[test]
fn snooze_all_covers_a_day_that_was_missed_then_moved_ahead() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T10:00:00Z");
    let mut seen = None;
    pass(&mut t, &mut seen);
    clock.set(utc("2026-11-25T13:30:00Z")); // asleep past 12:00 + the window
    pass(&mut t, &mut seen);
    move_to(&mut t, "interact", "15:00");
    pass(&mut t, &mut seen);
    // At 14:45 "Snooze reminders 1 h": the 15:00 Interact waits until 15:45.
    clock.set(utc("2026-11-25T13:45:00Z"));
    let snoozed = t.snooze_all(Duration::hours(1)).unwrap();
    assert_eq!(
        snoozed.iter().map(HabitId::as_str).collect::<Vec<_>>(),
        ["interact"]
    );
    clock.set(utc("2026-11-25T14:00:00Z"));
    assert!(fired(&pass(&mut t, &mut seen)).is_empty(), "held at 15:00");
    clock.set(utc("2026-11-25T14:45:00Z"));
    assert_eq!(
        fired(&pass(&mut t, &mut seen)),
        [("interact", Timeliness::Snoozed)]
    );
}

#[test]
fn a_pause_until_tomorrow_excuses_today_s_open_habits_whose_time_passed() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T14:00:00Z");
    t.log(&LogRequest {
        habit: "describe",
        date: None,
        note: None,
        minutes: None,
        need: None,
        source: None,
        with: None,
    })
    .unwrap();
    t.pause_until_tomorrow().unwrap(); // at 15:00: Interact (12:00) is still open
    let states = |t: &Tracker| -> Vec<TodayState> {
        t.status().unwrap().habits.iter().map(|h| h.state).collect()
    };
    assert_eq!(
        states(&t),
        [TodayState::Done, TodayState::Paused, TodayState::Paused]
    );
    let today = |t: &Tracker, habit: &str| {
        t.each_habit_history(|days, series, _| (days.habit.id.to_string(), series.to_vec()))
            .unwrap()
            .into_iter()
            .find(|(h, _)| h == habit)
            .unwrap()
            .1
            .into_iter()
            .find(|(d, _)| *d == day("2026-11-25"))
            .unwrap()
            .1
    };
    assert_eq!(today(&t, "interact"), DayStatus::Paused);
    clock.set(utc("2026-11-26T08:00:00Z"));
    assert_eq!(
        today(&t, "interact"),
        DayStatus::Paused,
        "counted as excused"
    );
    assert_eq!(today(&t, "describe"), DayStatus::Done);

    // A short pause after the time leaves the day to be done or missed.
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T12:00:00Z");
    t.pause_for(Duration::hours(1)).unwrap();
    assert_eq!(t.status().unwrap().habits[1].state, TodayState::Pending);
    clock.set(utc("2026-11-26T08:00:00Z"));
    assert_eq!(today(&t, "interact"), DayStatus::Missed);
    // Resuming at once gives the day back too.
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T14:00:00Z");
    t.pause_until_tomorrow().unwrap();
    clock.advance(Duration::minutes(1));
    t.resume().unwrap();
    assert_eq!(t.status().unwrap().habits[1].state, TodayState::Pending);
}

#[test]
fn a_reminder_is_wanted_only_while_its_day_is_open() {
    let (_d, mut t, clock) = installed("2026-11-24T08:00:00Z", "2026-11-25T11:00:00Z");
    let today = day("2026-11-25");
    let interact = HabitId::parse("interact").unwrap();
    assert!(t.reminder_wanted(&interact, today).unwrap());
    assert!(
        !t.reminder_wanted(&interact, day("2026-11-24")).unwrap(),
        "another day"
    );
    t.skip("interact", None).unwrap();
    assert!(!t.reminder_wanted(&interact, today).unwrap(), "skipped");
    let recognize = HabitId::parse("recognize").unwrap();
    t.pause_for(Duration::hours(1)).unwrap();
    assert!(!t.reminder_wanted(&recognize, today).unwrap(), "paused");
    t.resume().unwrap();
    assert!(t.reminder_wanted(&recognize, today).unwrap());
    let patch = HabitPatch {
        archived: Some(true),
        ..HabitPatch::default()
    };
    t.set_habit("recognize", &patch).unwrap();
    assert!(!t.reminder_wanted(&recognize, today).unwrap(), "archived");
    clock.set(utc("2026-11-25T23:30:00Z"));
    let describe = HabitId::parse("describe").unwrap();
    assert!(
        !t.reminder_wanted(&describe, today).unwrap(),
        "the day turned over"
    );
}
