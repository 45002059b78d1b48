use super::*;
use crate::testing::{day, habit, id, utc};
use chrono::{Datelike, LocalResult, TimeZone};
use proptest::prelude::*;

fn agenda<'a>(
    habits: &'a [Habit],
    closed: &'a Settled,
    reminded: &'a Settled,
    pauses: &'a [Pause],
    tz: Zone,
) -> Agenda<'a> {
    Agenda {
        habits,
        closed,
        reminded,
        pauses,
        snoozes: &[],
        tz,
        rhythm: &NOTHING_LEARNED,
    }
}

/// Tests of the clock alone: no anchored habit, nothing learned.
static NOTHING_LEARNED: Rhythm = Rhythm::NOTHING;

fn next(habits: &[Habit], tz: &str, now: &str) -> Option<Due> {
    let (closed, reminded) = (Settled::default(), Settled::default());
    agenda(habits, &closed, &reminded, &[], tz.parse().unwrap()).next_due(utc(now))
}

/// (zone, habit time, now, expected next due instant, its logical date)
#[test]
fn next_due_across_dst_nights() {
    let table = [
        // Spring gap: 02:30 does not exist; it fires at the first instant after (03:00 CEST).
        (
            "Europe/Berlin",
            "02:30",
            "2026-03-28T12:00:00Z",
            "2026-03-29T01:00:00Z",
            "2026-03-29",
        ),
        (
            "Europe/Berlin",
            "02:30",
            "2026-03-29T01:00:00Z",
            "2026-03-30T00:30:00Z",
            "2026-03-30",
        ),
        // Autumn overlap: 02:30 happens twice; it fires at the first, and not again that day.
        (
            "Europe/Berlin",
            "02:30",
            "2026-10-24T12:00:00Z",
            "2026-10-25T00:30:00Z",
            "2026-10-25",
        ),
        (
            "Europe/Berlin",
            "02:30",
            "2026-10-25T00:30:00Z",
            "2026-10-26T01:30:00Z",
            "2026-10-26",
        ),
        // A normal morning time keeps its local hour on both sides of the change.
        (
            "Europe/Berlin",
            "08:30",
            "2026-03-28T08:00:00Z",
            "2026-03-29T06:30:00Z",
            "2026-03-29",
        ),
        (
            "America/New_York",
            "02:15",
            "2026-03-07T12:00:00Z",
            "2026-03-08T07:00:00Z",
            "2026-03-08",
        ),
        (
            "America/New_York",
            "01:30",
            "2026-10-31T12:00:00Z",
            "2026-11-01T05:30:00Z",
            "2026-11-01",
        ),
        (
            "America/New_York",
            "01:30",
            "2026-11-01T05:30:00Z",
            "2026-11-02T06:30:00Z",
            "2026-11-02",
        ),
        // Lord Howe moves by 30 minutes.
        (
            "Australia/Lord_Howe",
            "02:10",
            "2026-10-03T00:00:00Z",
            "2026-10-03T15:30:00Z",
            "2026-10-04",
        ),
        (
            "Australia/Lord_Howe",
            "01:45",
            "2026-04-04T00:00:00Z",
            "2026-04-04T14:45:00Z",
            "2026-04-05",
        ),
        (
            "Australia/Lord_Howe",
            "01:45",
            "2026-04-04T14:45:00Z",
            "2026-04-05T15:15:00Z",
            "2026-04-06",
        ),
    ];
    for (zone, time, now, at, date) in table {
        let due = next(&[habit("h", time, "daily")], zone, now).unwrap();
        assert_eq!(
            (due.at, due.date),
            (utc(at), day(date)),
            "{zone} {time} after {now}"
        );
    }
}

#[test]
fn next_due_respects_weekdays_and_picks_the_earliest_habit() {
    let habits = [
        habit("late", "17:30", "weekdays"),
        habit("early", "08:30", "weekdays"),
    ];
    // Friday 2026-11-27 after 17:30 Berlin: next is Monday 08:30.
    let due = next(&habits, "Europe/Berlin", "2026-11-27T17:00:00Z").unwrap();
    assert_eq!(
        (due.habit.as_str(), due.at),
        ("early", utc("2026-11-30T07:30:00Z"))
    );
}

#[test]
fn no_reminder_for_a_day_done_skipped_reminded_or_paused() {
    let tz: Zone = "Europe/Berlin".parse().unwrap();
    let habits = [habit("describe", "08:30", "daily")];
    let now = utc("2026-11-25T06:00:00Z");
    let mut closed = Settled::default();
    closed.insert(id("describe"), day("2026-11-25"));
    let none = Settled::default();
    let due = agenda(&habits, &closed, &none, &[], tz)
        .next_due(now)
        .unwrap();
    assert_eq!(
        due.date,
        day("2026-11-26"),
        "done or skipped today: tomorrow is next"
    );

    let due = agenda(&habits, &none, &closed, &[], tz)
        .next_due(now)
        .unwrap();
    assert_eq!(due.date, day("2026-11-26"), "already reminded today");

    let pause = [Pause {
        from: now,
        until: utc("2026-11-28T00:00:00Z"),
    }];
    let due = agenda(&habits, &none, &none, &pause, tz)
        .next_due(now)
        .unwrap();
    assert_eq!(due.date, day("2026-11-28"), "paused days are silent");

    let mut off = habits[0].clone();
    off.enabled = false;
    assert_eq!(agenda(&[off], &none, &none, &[], tz).next_due(now), None);
}

#[test]
fn catch_up_fires_recent_misses_late_and_records_older_ones() {
    let tz: Zone = "Europe/Berlin".parse().unwrap();
    let habits = [
        habit("describe", "08:30", "daily"),
        habit("interact", "12:00", "daily"),
        habit("recognize", "17:30", "daily"),
    ];
    let (closed, reminded) = (Settled::default(), Settled::default());
    let a = agenda(&habits, &closed, &reminded, &[], tz);
    let window = Duration::hours(2);
    // Asleep from 07:00 until 13:30 local: describe missed by 5 h, interact by 1.5 h.
    let out = a.catch_up(
        utc("2026-11-25T06:00:00Z"),
        utc("2026-11-25T12:30:00Z"),
        window,
    );
    assert_eq!(out.fire.len(), 1);
    assert_eq!(out.fire[0].due.habit.as_str(), "interact");
    assert_eq!(out.fire[0].timeliness, Timeliness::Late);
    assert_eq!(
        out.missed
            .iter()
            .map(|d| d.habit.as_str())
            .collect::<Vec<_>>(),
        ["describe"]
    );

    // Woken exactly at the trigger: on time, not late.
    let out = a.catch_up(
        utc("2026-11-25T16:29:00Z"),
        utc("2026-11-25T16:30:20Z"),
        window,
    );
    assert_eq!(out.fire.len(), 1);
    assert_eq!(out.fire[0].timeliness, Timeliness::OnTime);

    // Yesterday's 17:30 seen at 00:30 today (within 2 h? no: 7 h) and never outside its day.
    let out = a.catch_up(
        utc("2026-11-25T16:00:00Z"),
        utc("2026-11-25T23:30:00Z"),
        Duration::hours(12),
    );
    assert!(
        out.fire.is_empty(),
        "a trigger from yesterday never fires after midnight"
    );
    assert_eq!(out.missed.len(), 1);

    // Clock went backwards: nothing comes due.
    assert_eq!(
        a.catch_up(
            utc("2026-11-25T12:00:00Z"),
            utc("2026-11-25T10:00:00Z"),
            window
        ),
        CatchUp::default()
    );
}

#[test]
fn catch_up_skips_done_skipped_reminded_and_paused_days() {
    let tz: Zone = "Europe/Berlin".parse().unwrap();
    let habits = [
        habit("describe", "08:30", "daily"),
        habit("interact", "12:00", "daily"),
    ];
    let mut closed = Settled::default();
    closed.insert(id("describe"), day("2026-11-25"));
    let mut reminded = Settled::default();
    reminded.insert(id("interact"), day("2026-11-25"));
    let out = agenda(&habits, &closed, &reminded, &[], tz).catch_up(
        utc("2026-11-25T06:00:00Z"),
        utc("2026-11-25T11:30:00Z"),
        Duration::hours(2),
    );
    assert_eq!(out, CatchUp::default());

    let none = Settled::default();
    let habits = [
        habit("describe", "08:30", "daily"),
        habit("interact", "11:30", "daily"),
    ];
    let pause = [Pause {
        from: utc("2026-11-25T10:00:00Z"),
        until: utc("2026-11-25T12:00:00Z"),
    }];
    let a = agenda(&habits, &none, &none, &pause, tz);
    let during = a.catch_up(
        utc("2026-11-25T06:00:00Z"),
        utc("2026-11-25T11:00:00Z"),
        Duration::hours(6),
    );
    assert_eq!(
        during,
        CatchUp::default(),
        "nothing fires while a pause runs"
    );
    let out = a.catch_up(
        utc("2026-11-25T06:00:00Z"),
        utc("2026-11-25T12:10:00Z"),
        Duration::hours(6),
    );
    assert_eq!(
        out.fire.len(),
        1,
        "describe fires late; interact was paused"
    );
    assert_eq!(out.fire[0].due.habit.as_str(), "describe");
    assert!(out.missed.is_empty());
}

#[test]
fn a_snooze_comes_back_once_unless_the_day_is_closed() {
    let tz: Zone = "Europe/Berlin".parse().unwrap();
    let habits = [habit("describe", "08:30", "daily")];
    let snoozes = [Snooze {
        habit: id("describe"),
        date: day("2026-11-25"),
        until: utc("2026-11-25T07:40:00Z"),
    }];
    let mut reminded = Settled::default();
    reminded.insert(id("describe"), day("2026-11-25"));
    let none = Settled::default();
    let a = Agenda {
        habits: &habits,
        closed: &none,
        reminded: &reminded,
        pauses: &[],
        snoozes: &snoozes,
        tz,
        rhythm: &NOTHING_LEARNED,
    };
    assert_eq!(
        a.next_due(utc("2026-11-25T07:31:00Z")).unwrap().at,
        utc("2026-11-25T07:40:00Z")
    );
    let out = a.catch_up(
        utc("2026-11-25T07:39:00Z"),
        utc("2026-11-25T07:40:01Z"),
        Duration::hours(2),
    );
    assert_eq!(out.fire.len(), 1);
    assert_eq!(out.fire[0].timeliness, Timeliness::Snoozed);

    let mut closed = Settled::default();
    closed.insert(id("describe"), day("2026-11-25"));
    let a = Agenda {
        closed: &closed,
        ..a
    };
    assert_eq!(
        a.next_due(utc("2026-11-25T07:31:00Z")).unwrap().date,
        day("2026-11-26")
    );
}

const ZONES: &[&str] = &[
    "Europe/Berlin",
    "America/New_York",
    "Australia/Lord_Howe",
    "Asia/Kolkata",
    "America/Sao_Paulo",
    "Pacific/Chatham",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    /// Next due is strictly after now, on an enabled weekday, at the configured local
    /// time unless that time does not exist that day, and no trigger is skipped over.
    #[test]
    fn next_due_invariants(
        zone in 0..ZONES.len(),
        secs in 0u32..86_400,
        bits in 1u8..=127,
        now_secs in 1_577_836_800i64..1_893_456_000, // 2020..2030
    ) {
        let tz: Zone = ZONES[zone].parse().unwrap();
        let mut h = habit("h", "00:00", "daily");
        h.time = crate::model::TimeOfDay::from_seconds_from_midnight(secs).unwrap();
        h.days = crate::model::Weekdays::from_bits(bits).unwrap();
        let now = DateTime::from_timestamp(now_secs, 0).unwrap();
        let (closed, reminded) = (Settled::default(), Settled::default());
        let habits = [h.clone()];
        let due = agenda(&habits, &closed, &reminded, &[], tz).next_due(now).expect("some day within a week");
        prop_assert!(due.at > now);
        prop_assert!(h.days.contains(due.date.weekday()));
        prop_assert!(due.at - now <= Duration::days(8));
        let local = due.at.with_timezone(&tz);
        let wanted = due.date.and_time(h.time.naive());
        if local.naive_local() != wanted {
            prop_assert!(matches!(tz.from_local_datetime(&wanted), LocalResult::None), "moved without a gap: {wanted} -> {local}");
            prop_assert!(local.naive_local() > wanted);
        }
        let mut date = crate::zone::local_date(tz, now) - Duration::days(1);
        while date < due.date {
            if let Some(at) = agenda(&habits, &closed, &reminded, &[], tz).trigger(&h, date) {
                prop_assert!(at <= now, "skipped the trigger of {date}");
            }
            date += Duration::days(1);
        }
    }

    /// Whatever the sleep, catch-up never returns a habit-day twice, never fires a
    /// day other than today, and every trigger in the slept range is either fired or missed.
    #[test]
    fn catch_up_partitions_the_slept_triggers(
        zone in 0..ZONES.len(),
        seen_secs in 1_577_836_800i64..1_893_456_000,
        slept in 0i64..(3 * 86_400),
    ) {
        let tz: Zone = ZONES[zone].parse().unwrap();
        let habits = [habit("a", "08:30", "weekdays"), habit("b", "12:00", "daily"), habit("c", "17:30", "mon,wed,fri")];
        let seen = DateTime::from_timestamp(seen_secs, 0).unwrap();
        let now = seen + Duration::seconds(slept);
        let (closed, reminded) = (Settled::default(), Settled::default());
        let out = agenda(&habits, &closed, &reminded, &[], tz).catch_up(seen, now, Duration::hours(2));
        let today = crate::zone::local_date(tz, now);
        let mut all: Vec<(HabitId, NaiveDate)> = out.missed.iter().map(|d| (d.habit.clone(), d.date)).collect();
        for r in &out.fire {
            prop_assert_eq!(r.due.date, today);
            prop_assert!(now - r.due.at < Duration::hours(2));
            all.push((r.due.habit.clone(), r.due.date));
        }
        let unique: HashSet<_> = all.iter().cloned().collect();
        prop_assert_eq!(unique.len(), all.len());
        let mut expected = 0;
        for h in &habits {
            let mut date = crate::zone::local_date(tz, seen) - Duration::days(1);
            while date <= today {
                if agenda(&habits, &closed, &reminded, &[], tz).trigger(h, date).is_some_and(|at| at > seen && at <= now) {
                    expected += 1;
                }
                date += Duration::days(1);
            }
        }
        prop_assert_eq!(all.len(), expected);
    }
}
