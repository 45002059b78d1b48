//! Prompts that wait for the person, with a fake clock: what comes due while they
//! are away is held and shown once when they are back, or missed after its latest
//! time. Defaults: Describe 08:30 (07:30Z in Berlin's winter), Interact 12:00.
use super::*;
use crate::clock::FakeClock;
use crate::model::{HabitPatch, TimeOfDay, Weekdays};
use crate::presence::Presence::{self, Away, Present, Unknown};
use crate::presence::Signals;
use crate::schedule::Timeliness;
use crate::testing::{day, fired, utc, Lcg};
use chrono::Duration;
use std::collections::HashSet;

/// Berlin, habits added the day before; the engine first ran at `now`.
fn tracker(now: &str) -> (tempfile::TempDir, Tracker, Arc<FakeClock>) {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc(now) - Duration::days(1)));
    let zone: crate::zone::Zone = "Europe/Berlin".parse().unwrap();
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc(now));
    t.plan_reminders(None, Present).unwrap();
    (dir, t, clock)
}

/// One engine pass at `at`, seen last at the clock's time before it.
fn pass(t: &mut Tracker, clock: &FakeClock, at: &str, presence: Presence) -> Plan {
    let seen = clock.now();
    clock.set(utc(at));
    t.plan_reminders(Some(seen), presence).unwrap()
}

fn outcome(t: &Tracker, habit: &str, date: &str) -> Option<String> {
    t.store()
        .read()
        .query_row(
            "SELECT outcome FROM reminders WHERE habit_id = ?1 AND day = ?2",
            [habit, date],
            |row| row.get(0),
        )
        .ok()
}

#[test]
fn a_reminder_due_while_away_is_held_and_shown_once_on_return() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z"); // Wed 08:00
    let plan = pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    assert!(plan.fire.is_empty(), "nothing is shown to an empty desk");
    assert_eq!(plan.held.len(), 1);
    assert_eq!(plan.held[0].due.habit.as_str(), "describe");
    // Held until 10:30 (the time plus the two-hour window), so the engine wakes then.
    assert_eq!(plan.held[0].until, utc("2026-11-25T09:30:00Z"));
    assert_eq!(plan.wake_at(), Some(utc("2026-11-25T09:30:00Z")));
    let status = t.status().unwrap();
    assert_eq!(status.held.len(), 1);
    assert_eq!(status.next_reminder.unwrap().habit.as_str(), "interact");

    // Still away later: still held, nothing shown.
    let plan = pass(&mut t, &clock, "2026-11-25T08:00:00Z", Away);
    assert!(plan.fire.is_empty());
    assert_eq!(plan.held.len(), 1);

    let plan = pass(&mut t, &clock, "2026-11-25T08:40:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
    assert!(plan.held.is_empty());
    assert!(t.status().unwrap().held.is_empty());
    assert_eq!(
        outcome(&t, "describe", "2026-11-25").as_deref(),
        Some("on_time")
    );
    for presence in [Present, Away, Present] {
        let plan = pass(&mut t, &clock, "2026-11-25T08:41:00Z", presence);
        assert!(plan.fire.is_empty(), "shown once");
    }
}

#[test]
fn back_after_the_latest_time_records_a_miss_and_shows_nothing() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    // The engine wakes at 10:30 local while the person is still away.
    let plan = pass(&mut t, &clock, "2026-11-25T09:30:00Z", Away);
    assert!(plan.fire.is_empty() && plan.held.is_empty());
    assert_eq!(
        outcome(&t, "describe", "2026-11-25").as_deref(),
        Some("missed")
    );
    assert!(pass(&mut t, &clock, "2026-11-25T09:40:00Z", Present)
        .fire
        .is_empty());

    // Back for the first time after the latest time (no pass in between): missed too.
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    let plan = pass(&mut t, &clock, "2026-11-25T10:10:00Z", Present);
    assert!(plan.fire.is_empty(), "{:?}", plan.fire);
    assert_eq!(
        outcome(&t, "describe", "2026-11-25").as_deref(),
        Some("missed")
    );
}

#[test]
fn present_at_the_trigger_is_shown_at_once_and_nothing_is_held() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    let plan = pass(&mut t, &clock, "2026-11-25T07:30:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::OnTime)]);
    assert!(plan.held.is_empty());
    // Unknown presence (no source) behaves the same.
    let plan = pass(&mut t, &clock, "2026-11-25T11:00:00Z", Unknown);
    assert_eq!(fired(&plan), [("interact", Timeliness::OnTime)]);
}

#[test]
fn waiting_can_be_turned_off() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    t.set_setting("wait_when_away", "off").unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    assert_eq!(fired(&plan), [("describe", Timeliness::OnTime)]);

    // Turned off while one is held: it is shown at the next pass.
    t.set_setting("wait_when_away", "on").unwrap();
    pass(&mut t, &clock, "2026-11-25T11:00:00Z", Away);
    t.set_setting("wait_when_away", "off").unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T11:01:00Z", Away);
    assert_eq!(fired(&plan), [("interact", Timeliness::Waited)]);
    assert!(t.set_setting("wait_when_away", "maybe").is_err());
    assert!(t.set_setting("away_after", "30s").is_err());
    assert!(t.set_setting("away_after", "61m").is_err());
    t.set_setting("away_after", "1m").unwrap();
    assert_eq!(t.settings().unwrap().away_after(), Duration::minutes(1));
}

#[test]
fn coming_back_from_suspend_counts_as_coming_back() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    let mut signals = Signals {
        idle: Some(true),
        ..Signals::default()
    };
    let plan = pass(&mut t, &clock, "2026-11-25T07:30:00Z", signals.presence());
    assert_eq!(plan.held.len(), 1);
    // Idle, then suspended from 08:40 to 09:50; the lid opens: the person is back.
    signals.resumed();
    let plan = pass(&mut t, &clock, "2026-11-25T08:50:00Z", signals.presence());
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);

    // A trigger slept through and resumed into a lock screen waits for the unlock.
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    let mut signals = Signals {
        locked: Some(true),
        idle: Some(true),
        ..Signals::default()
    };
    signals.resumed();
    let plan = pass(&mut t, &clock, "2026-11-25T08:00:00Z", signals.presence());
    assert!(plan.fire.is_empty());
    assert_eq!(plan.held.len(), 1);
    signals.locked = Some(false);
    let plan = pass(&mut t, &clock, "2026-11-25T08:01:00Z", signals.presence());
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
    assert_eq!(
        outcome(&t, "describe", "2026-11-25").as_deref(),
        Some("late")
    );
}

#[test]
fn a_latest_time_bounds_both_waiting_and_catching_up() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    let latest = |hhmm: &str| HabitPatch {
        latest: Some(Some(TimeOfDay::parse(hhmm).unwrap())),
        ..HabitPatch::default()
    };
    t.set_habit("describe", &latest("09:15")).unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    assert_eq!(plan.held[0].until, utc("2026-11-25T08:15:00Z"));
    let plan = pass(&mut t, &clock, "2026-11-25T08:20:00Z", Present);
    assert!(
        plan.fire.is_empty(),
        "back at 09:20, after the latest 09:15"
    );

    // Catch-up follows it too: a sleep from 08:00 to 09:20 misses Describe.
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    t.set_habit("describe", &latest("09:15")).unwrap();
    assert!(pass(&mut t, &clock, "2026-11-25T08:20:00Z", Present)
        .fire
        .is_empty());
    // …and a later latest time lets it through late, beyond the window.
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    t.set_habit("describe", &latest("11:00")).unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T09:45:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::Late)]);

    // The latest time must come after the time, also when the time moves.
    assert!(t.set_habit("describe", &latest("08:30")).is_err());
    let move_to = |hhmm: &str| HabitPatch {
        time: Some(TimeOfDay::parse(hhmm).unwrap()),
        ..HabitPatch::default()
    };
    assert!(t.set_habit("describe", &move_to("11:30")).is_err());
    let back_to_default = HabitPatch {
        latest: Some(None),
        ..HabitPatch::default()
    };
    assert_eq!(
        t.set_habit("describe", &back_to_default)
            .unwrap()
            .habit
            .latest,
        None
    );
}

#[test]
fn a_snooze_coming_due_while_away_waits_too() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Present);
    t.snooze("describe", day("2026-11-25"), Some(Duration::minutes(10)))
        .unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T07:40:00Z", Away);
    assert!(plan.fire.is_empty());
    assert_eq!(plan.held.len(), 1);
    let plan = pass(&mut t, &clock, "2026-11-25T07:55:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
    assert!(pass(&mut t, &clock, "2026-11-25T08:30:00Z", Present)
        .fire
        .is_empty());
}

#[test]
fn a_held_day_done_or_paused_meanwhile_is_not_shown() {
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    t.log(&LogRequest {
        habit: "describe",
        ..Default::default()
    })
    .unwrap();
    assert!(pass(&mut t, &clock, "2026-11-25T07:50:00Z", Present)
        .fire
        .is_empty());

    // A pause running at the return keeps it waiting; it shows once the pause ends.
    let (_d, mut t, clock) = tracker("2026-11-25T07:00:00Z");
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    pass(&mut t, &clock, "2026-11-25T07:35:00Z", Away);
    t.pause_for(Duration::minutes(20)).unwrap();
    let plan = pass(&mut t, &clock, "2026-11-25T07:40:00Z", Present);
    assert!(plan.fire.is_empty());
    assert_eq!(plan.held.len(), 1);
    let plan = pass(&mut t, &clock, "2026-11-25T07:56:00Z", Present);
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
}

#[test]
fn a_reminder_held_over_a_restart_is_shown_at_the_next_login() {
    let dir = tempfile::tempdir().unwrap();
    let clock = Arc::new(FakeClock::new(utc("2026-11-24T07:00:00Z")));
    let zone: crate::zone::Zone = "Europe/Berlin".parse().unwrap();
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    clock.set(utc("2026-11-25T07:00:00Z"));
    t.plan_reminders(None, Present).unwrap();
    pass(&mut t, &clock, "2026-11-25T07:30:00Z", Away);
    drop(t);
    // Logged out while away; logs in at 09:00 local.
    clock.set(utc("2026-11-25T08:00:00Z"));
    let mut t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
    let plan = t.plan_reminders(None, Present).unwrap();
    assert_eq!(fired(&plan), [("describe", Timeliness::Waited)]);
}

/// A month of workdays with the person coming and going, suspends, clock jumps
/// both ways, snoozes and early logs: no habit-day is shown twice (a snooze aside),
/// nothing is shown while they are away, a waited reminder only before its latest
/// time and on its own day, and nothing stays held past its latest time.
#[test]
fn a_simulated_month_of_coming_and_going_never_reminds_wrongly() {
    for seed in 1..=6 {
        month(seed);
    }
}

fn month(seed: u64) {
    let (_d, mut t, clock) = tracker("2026-11-02T05:00:00Z");
    t.set_habit(
        "recognize",
        &HabitPatch {
            days: Some(Weekdays::DAILY),
            ..HabitPatch::default()
        },
    )
    .unwrap();
    let window = t.settings().unwrap().catch_up_window();
    let mut rng = Lcg(seed);
    let mut shown: HashSet<(String, NaiveDate)> = HashSet::new();
    let mut snoozed = HashSet::new();
    let mut presence = Present;
    let mut last_seen = Some(clock.now());
    let mut waited = 0;
    let end = utc("2026-12-02T00:00:00Z");
    while clock.now() < end {
        let now = clock.now();
        let plan = t.plan_reminders(last_seen, presence).unwrap();
        last_seen = Some(now);
        for r in &plan.fire {
            let key = (r.due.habit.to_string(), r.due.date);
            assert_ne!(presence, Away, "{key:?} shown while away at {now}");
            assert_eq!(r.due.date, t.today(), "{key:?} shown on another day");
            // A snoozed day comes back (after waiting, if the person is away).
            if !snoozed.contains(&key) {
                assert!(shown.insert(key.clone()), "{key:?} shown twice at {now}");
            }
            if r.timeliness == Timeliness::Waited {
                waited += 1;
                let habit = t.habit(r.due.habit.as_str()).unwrap();
                let state = t.reminder_state().unwrap();
                assert!(now < state.agenda().latest(&habit, r.due.date, window));
            }
            if rng.next(4) == 0 {
                t.snooze(r.due.habit.as_str(), r.due.date, None).unwrap();
                snoozed.insert(key);
            }
        }
        assert!(plan.held.iter().all(|h| h.until > now), "held past latest");
        assert!(
            presence == Away || plan.held.is_empty(),
            "held while present"
        );
        if rng.next(6) == 0 {
            let id = ["describe", "interact", "recognize"][rng.next(3) as usize];
            let _ = t.log(&LogRequest {
                habit: id,
                ..Default::default()
            });
        }
        let wake = plan.wake_at().unwrap_or(now + Duration::hours(6));
        match rng.next(12) {
            0 => clock.set(now + Duration::minutes(rng.next(20 * 60) as i64)), // suspend
            1 => clock.set(now - Duration::minutes(rng.next(120) as i64 + 1)), // clock set back
            2..=4 => {
                // Comes or goes a while before the next wake (a presence change).
                presence = if presence == Away { Present } else { Away };
                let gap = (wake - now).num_seconds().max(2);
                clock.set(now + Duration::seconds(rng.next(gap as u64) as i64 + 1));
            }
            _ => clock.set(wake.max(now + Duration::seconds(1))), // the timer fires
        }
    }
    assert!(shown.len() > 20, "seed {seed}: only {} shown", shown.len());
    assert!(waited > 0, "seed {seed}: nothing ever waited");
}
