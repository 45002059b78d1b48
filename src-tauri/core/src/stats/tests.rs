use super::*;
use crate::model::Pause;
use crate::testing::{day, habit, utc};
use crate::zone::Zone;

fn statuses(
    h: &crate::model::Habit,
    done: &[&str],
    skips: &[&str],
    pauses: &[Pause],
    today: &str,
) -> Vec<(NaiveDate, DayStatus)> {
    let done: Vec<NaiveDate> = done.iter().map(|d| day(d)).collect();
    let skips: Vec<NaiveDate> = skips.iter().map(|d| day(d)).collect();
    let tz: Zone = "Europe/Berlin".parse().unwrap();
    day_statuses(
        &HabitDays {
            habit: h,
            done: &done,
            skips: &skips,
            pauses,
            tz,
        },
        crate::zone::local_instant(
            tz,
            day(today),
            chrono::NaiveTime::from_hms_opt(23, 0, 0).unwrap(),
        ),
    )
}

fn dates(from: &str, n: i64) -> Vec<String> {
    (0..n)
        .map(|i| (day(from) + Duration::days(i)).to_string())
        .collect()
}

#[test]
fn thirty_perfect_days_reach_about_eighty_percent() {
    let mut h = habit("h", "08:30", "daily");
    h.created_on = day("2026-01-01");
    let done = dates("2026-01-01", 30);
    let done: Vec<&str> = done.iter().map(String::as_str).collect();
    let days = statuses(&h, &done, &[], &[], "2026-01-30");
    let score = strength_series(&days).last().unwrap().1;
    // 1 - 0.5^(30/13) = 0.79802…
    assert!((score - 0.798_02).abs() < 1e-4, "{score}");
    assert_eq!(streaks(&days), (30, 30));
    let s = summarize(
        &HabitDays {
            habit: &h,
            done: &[],
            skips: &[],
            pauses: &[],
            tz: Zone::UTC,
        },
        &days,
        0,
    );
    assert_eq!(s.strength, 79.8);
}

#[test]
fn the_multiplier_follows_loops_formula() {
    assert!((strength_multiplier(1.0) - 0.948_08).abs() < 1e-5);
    assert!((strength_multiplier(4.0) - 0.5f64.powf(2.0 / 13.0)).abs() < 1e-12);
}

#[test]
fn hand_computed_streaks_with_skips_misses_and_weekends() {
    // Workdays. Mon 2 Nov .. Fri 13 Nov 2026.
    let mut h = habit("h", "08:30", "weekdays");
    h.created_on = day("2026-11-02");
    let days = statuses(
        &h,
        &[
            "2026-11-02",
            "2026-11-03",
            "2026-11-05",
            "2026-11-06",
            "2026-11-09",
            "2026-11-11",
            "2026-11-12",
        ],
        &["2026-11-04", "2026-11-10"],
        &[],
        "2026-11-13",
    );
    // Mon-Tue done, Wed skipped, Thu-Fri done, weekend, Mon done, Tue skipped, Wed-Thu done,
    // Fri (today) pending: one unbroken run of 7.
    assert_eq!(streaks(&days), (7, 7));
    assert_eq!(days.last().unwrap().1, DayStatus::Pending);
    assert_eq!(days[5].1, DayStatus::Unscheduled, "Saturday");

    // A miss on Tue 10 instead of the skip breaks it: best 5 (2,3,5,6,9), current 2.
    let days = statuses(
        &h,
        &[
            "2026-11-02",
            "2026-11-03",
            "2026-11-05",
            "2026-11-06",
            "2026-11-09",
            "2026-11-11",
            "2026-11-12",
        ],
        &["2026-11-04"],
        &[],
        "2026-11-13",
    );
    assert_eq!(streaks(&days), (2, 5));
    assert_eq!(
        days.iter().filter(|(_, s)| *s == DayStatus::Missed).count(),
        1
    );
}

#[test]
fn strength_is_exact_for_a_short_hand_worked_history() {
    let mut h = habit("h", "08:30", "daily");
    h.created_on = day("2026-11-01");
    // done, missed, done, skipped, done
    let days = statuses(
        &h,
        &["2026-11-01", "2026-11-03", "2026-11-05"],
        &["2026-11-04"],
        &[],
        "2026-11-05",
    );
    let m = strength_multiplier(1.0);
    let mut want = 0.0;
    for v in [1.0, 0.0, 1.0, 1.0] {
        want = want * m + v * (1.0 - m);
    }
    let got = strength_series(&days).last().unwrap().1;
    assert!((got - want).abs() < 1e-12, "{got} vs {want}");
    assert_eq!(streaks(&days), (2, 2));
}

#[test]
fn paused_days_count_as_skipped() {
    let mut h = habit("h", "08:30", "daily");
    h.created_on = day("2026-11-01");
    let pause = [Pause {
        from: utc("2026-11-02T00:00:00Z"),
        until: utc("2026-11-04T00:00:00Z"),
    }];
    let days = statuses(&h, &["2026-11-01", "2026-11-04"], &[], &pause, "2026-11-04");
    let kinds: Vec<DayStatus> = days.iter().map(|(_, s)| *s).collect();
    assert_eq!(
        kinds,
        [
            DayStatus::Done,
            DayStatus::Paused,
            DayStatus::Paused,
            DayStatus::Done
        ]
    );
    assert_eq!(streaks(&days), (2, 2));
}

#[test]
fn a_done_unscheduled_day_counts_as_extra_practice() {
    let mut h = habit("h", "08:30", "weekdays");
    h.created_on = day("2026-11-06");
    let days = statuses(&h, &["2026-11-06", "2026-11-07"], &[], &[], "2026-11-09");
    assert_eq!(days[1].1, DayStatus::Extra);
    assert_eq!(streaks(&days), (2, 2), "Monday is still pending");
}

#[test]
fn weekly_completion_and_heatmap_cover_whole_weeks() {
    let mut h = habit("h", "08:30", "weekdays");
    h.created_on = day("2026-11-02");
    let days = statuses(
        &h,
        &["2026-11-02", "2026-11-03", "2026-11-09"],
        &["2026-11-04"],
        &[],
        "2026-11-10",
    );
    let weeks = weekly_completion(&days);
    assert_eq!(weeks.len(), 2);
    assert_eq!(
        (weeks[0].week_start, weeks[0].done, weeks[0].due),
        (day("2026-11-02"), 2, 4)
    );
    assert_eq!(weeks[0].rate, Some(0.5));
    assert_eq!(
        (weeks[1].done, weeks[1].due),
        (1, 1),
        "today pending is not due yet"
    );

    let cells = heatmap(&days, day("2026-11-10"), 3);
    assert_eq!(cells.first().unwrap().0, day("2026-10-26"));
    assert_eq!(cells.last().unwrap().0, day("2026-11-10"));
    assert_eq!(cells.len(), 16);
    assert_eq!(
        cells[0].1,
        DayStatus::Unscheduled,
        "before the habit existed"
    );
    assert_eq!(cells[7].1, DayStatus::Done);
}
