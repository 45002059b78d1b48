//! Anchors with a fake clock, over simulated weeks of a person's days: the engine
//! is driven as the tray drives it (a pass at each presence change and at each
//! instant the plan asks to wake), and what it shows is compared with the moments
//! the rhythm learned. Defaults: Describe 08:30, Interact 12:00, Recognize 17:30,
//! Monday to Friday; Berlin, whose clocks go back on Sunday 2026-10-25.
use super::*;
use crate::clock::FakeClock;
use crate::model::{Anchor, HabitPatch, Lead, TimeOfDay, Weekdays};
use crate::presence::Presence::{self, Away, Present};
use crate::schedule::{Timeliness, Why};
use crate::testing::{day, utc};
use crate::zone::{local_instant, Zone};
use chrono::{DateTime, Datelike, Duration, NaiveDate, NaiveTime, Utc};

/// One reminder shown: which habit, for which day, when, and how.
#[derive(Debug, Clone, PartialEq)]
struct Shown {
    habit: String,
    date: NaiveDate,
    at: DateTime<Utc>,
    how: Timeliness,
}

/// The engine as the tray runs it, on a fake clock.
struct Sim {
    t: Tracker,
    clock: Arc<FakeClock>,
    tz: Zone,
    presence: Presence,
    seen: Option<DateTime<Utc>>,
    wake: Option<DateTime<Utc>>,
    shown: Vec<Shown>,
    _dir: tempfile::TempDir,
}

impl Sim {
    /// Defaults seeded on Sunday `start`, the engine started that evening with the
    /// person away.
    fn new(start: &str) -> Sim {
        let dir = tempfile::tempdir().unwrap();
        let tz: Zone = "Europe/Berlin".parse().unwrap();
        let first = local_instant(tz, day(start), hm("20:00"));
        let clock = Arc::new(FakeClock::new(first));
        let t = Tracker::open(dir.path(), clock.clone(), tz).unwrap();
        let mut sim = Sim {
            t,
            clock,
            tz,
            presence: Away,
            seen: None,
            wake: None,
            shown: Vec::new(),
            _dir: dir,
        };
        sim.t.note_presence(Away, &["test"]).unwrap();
        sim.pass(first);
        sim
    }

    fn at(&self, date: NaiveDate, time: &str) -> DateTime<Utc> {
        local_instant(self.tz, date, hm(time))
    }

    fn pass(&mut self, at: DateTime<Utc>) {
        self.clock.set(at);
        let plan = self.t.plan_reminders(self.seen, self.presence).unwrap();
        self.seen = Some(at);
        self.wake = plan.wake_at();
        for r in plan.fire {
            self.shown.push(Shown {
                habit: r.due.habit.to_string(),
                date: r.due.date,
                at,
                how: r.timeliness,
            });
        }
    }

    /// Every pass the plan asks for up to `until`, then `until` itself.
    fn run_to(&mut self, until: DateTime<Utc>) {
        while let Some(wake) = self.wake.filter(|w| *w < until) {
            assert!(wake > self.clock.now(), "a wake in the past: {wake}");
            self.pass(wake);
        }
        if until > self.clock.now() {
            self.clock.set(until);
        }
    }

    /// The presence changes at `until` (the tray records it, then a pass).
    fn presence_at(&mut self, until: DateTime<Utc>, presence: Presence) {
        self.run_to(until);
        self.presence = presence;
        self.t.note_presence(presence, &["test"]).unwrap();
        self.pass(until);
    }

    /// A day at the desk: arrives, maybe a lunch break, leaves (local times).
    fn day(&mut self, date: NaiveDate, arrive: &str, lunch: Option<(&str, &str)>, leave: &str) {
        self.presence_at(self.at(date, arrive), Present);
        if let Some((from, to)) = lunch {
            self.presence_at(self.at(date, from), Away);
            self.presence_at(self.at(date, to), Present);
        }
        self.presence_at(self.at(date, leave), Away);
    }

    fn shown_of(&self, habit: &str, date: NaiveDate) -> Vec<Shown> {
        self.shown
            .iter()
            .filter(|s| s.habit == habit && s.date == date)
            .cloned()
            .collect()
    }

    /// The local time ("HH:MM") of `habit`'s only reminder on `date`, and how.
    fn once(&self, habit: &str, date: NaiveDate) -> (String, Timeliness) {
        let shown = self.shown_of(habit, date);
        assert_eq!(shown.len(), 1, "{habit} on {date}: {shown:?}");
        let local = shown[0].at.with_timezone(&self.tz);
        (local.format("%H:%M").to_string(), shown[0].how)
    }

    fn anchor(&mut self, habit: &str, anchor: Anchor, lead: Option<u32>) {
        let patch = HabitPatch {
            anchor: Some(anchor),
            lead: lead.map(|m| Lead::minutes(m).unwrap()),
            ..HabitPatch::default()
        };
        self.t.set_habit(habit, &patch).unwrap();
    }
}

fn hm(time: &str) -> NaiveTime {
    TimeOfDay::parse(time).unwrap().naive()
}

fn why_of(t: &Tracker, habit: &str) -> Option<Why> {
    let status = t.status().unwrap();
    status
        .habits
        .iter()
        .find(|h| h.id.as_str() == habit)
        .and_then(|h| h.why)
}

#[test]
fn an_anchor_before_lunch_learns_the_person_s_lunch_and_comes_ten_minutes_before_it() {
    // Learning week: Monday 2026-10-12 to Friday 10-16; the clocks go back on 10-25.
    let mut sim = Sim::new("2026-10-11");
    sim.anchor("interact", Anchor::Lunch, None);
    let monday = day("2026-10-12");
    let lunches = ["12:35", "12:40", "12:45", "12:40", "12:50"];
    for (i, lunch) in lunches.iter().enumerate() {
        let date = monday + Duration::days(i as i64);
        let back = (hm(lunch) + Duration::minutes(40))
            .format("%H:%M")
            .to_string();
        // While it learns, the habit's own time: 12:00, on time.
        sim.run_to(sim.at(date, "11:00"));
        assert_eq!(
            why_of(&sim.t, "interact"),
            Some(Why::Learning {
                moment: crate::rhythm::Moment::Lunch,
                days: i
            }),
            "{date}"
        );
        sim.day(date, "08:40", Some((lunch, &back)), "17:40");
        assert_eq!(
            sim.once("interact", date),
            ("12:00".into(), Timeliness::OnTime)
        );
    }
    // The weekend: nothing for the weekday habits, and nothing learned from it.
    let saturday = day("2026-10-17");
    sim.day(saturday, "10:00", Some(("12:00", "14:00")), "15:00");
    assert!(sim.shown.iter().all(|s| s.date != saturday));
    let rhythm = sim.t.rhythm().unwrap();
    assert_eq!(rhythm.lunch.hh_mm().as_deref(), Some("12:40"));
    assert_eq!(rhythm.lunch.days, 5);

    // Learned: ten minutes before 12:40.
    let week = day("2026-10-19");
    sim.run_to(sim.at(week, "06:00"));
    let status = sim.t.status().unwrap();
    let interact = status.habits.iter().find(|h| h.id.as_str() == "interact");
    let interact = interact.unwrap();
    assert_eq!(interact.at.as_deref(), Some("12:30"));
    assert_eq!(
        interact.why_text.as_deref(),
        Some("12:30 — 10 min before you usually leave for lunch, 12:40 over the last 5 days")
    );
    // Monday: at 12:30, before the lunch at 12:40.
    sim.day(week, "08:30", Some(("12:40", "13:20")), "17:30");
    assert_eq!(
        sim.once("interact", week),
        ("12:30".into(), Timeliness::OnTime)
    );
    // Tuesday, no lunch break: still 12:30, the person is at the desk.
    let tuesday = week + Duration::days(1);
    sim.day(tuesday, "08:30", None, "17:30");
    assert_eq!(
        sim.once("interact", tuesday),
        ("12:30".into(), Timeliness::OnTime)
    );
    // Wednesday, a suspend at 12:20 (away) until 13:10: held, shown once on return.
    let wednesday = week + Duration::days(2);
    sim.day(wednesday, "08:30", Some(("12:20", "13:10")), "17:30");
    assert_eq!(
        sim.once("interact", wednesday),
        ("13:10".into(), Timeliness::Waited)
    );
    // Thursday: shown at 12:30, snoozed for ten minutes: once more at 12:40 only.
    let thursday = week + Duration::days(3);
    sim.presence_at(sim.at(thursday, "08:30"), Present);
    sim.run_to(sim.at(thursday, "12:30"));
    sim.pass(sim.at(thursday, "12:30"));
    assert_eq!(sim.once("interact", thursday).0, "12:30");
    sim.t
        .snooze("interact", thursday, Some(Duration::minutes(10)))
        .unwrap();
    sim.pass(sim.at(thursday, "12:30"));
    sim.presence_at(sim.at(thursday, "12:45"), Away);
    sim.presence_at(sim.at(thursday, "13:30"), Present);
    sim.presence_at(sim.at(thursday, "17:30"), Away);
    let shown = sim.shown_of("interact", thursday);
    let hows: Vec<_> = shown.iter().map(|s| s.how).collect();
    assert_eq!(hows, [Timeliness::OnTime, Timeliness::Snoozed], "{shown:?}");
    assert_eq!(shown[1].at, sim.at(thursday, "12:40"));
    // Friday: Aloud was not running from 11:00 to 12:45; caught up once, late.
    let friday = week + Duration::days(4);
    sim.presence_at(sim.at(friday, "08:30"), Present);
    sim.run_to(sim.at(friday, "11:00"));
    sim.wake = None; // the app stops: no pass until it starts again
    sim.clock.set(sim.at(friday, "12:45"));
    sim.pass(sim.at(friday, "12:45"));
    sim.presence_at(sim.at(friday, "12:50"), Away);
    sim.presence_at(sim.at(friday, "13:30"), Present);
    sim.presence_at(sim.at(friday, "17:30"), Away);
    assert_eq!(
        sim.once("interact", friday),
        ("12:45".into(), Timeliness::Late)
    );

    // Across the change to winter time, the same local 12:30.
    let after = day("2026-10-26");
    sim.day(after, "08:30", Some(("12:40", "13:20")), "17:30");
    assert_eq!(
        sim.once("interact", after),
        ("12:30".into(), Timeliness::OnTime)
    );
    assert_eq!(
        sim.shown_of("interact", after)[0].at,
        utc("2026-10-26T11:30:00Z")
    );
    assert_eq!(
        sim.shown_of("interact", week)[0].at,
        utc("2026-10-19T10:30:00Z")
    );

    // Never twice a day, whatever happened.
    for date in sim.shown.iter().map(|s| s.date) {
        let regular = sim
            .shown_of("interact", date)
            .iter()
            .filter(|s| s.how != Timeliness::Snoozed)
            .count();
        assert!(regular <= 1, "{date}");
    }
}

#[test]
fn an_anchor_before_leaving_falls_back_to_its_own_time_on_a_day_the_rhythm_does_not_plan() {
    let mut sim = Sim::new("2026-11-01");
    sim.anchor("recognize", Anchor::Leaving, Some(15));
    let patch = HabitPatch {
        days: Some(Weekdays::parse("daily").unwrap()),
        ..HabitPatch::default()
    };
    sim.t.set_habit("recognize", &patch).unwrap();
    let monday = day("2026-11-02");
    for (i, leave) in ["17:40", "17:50", "18:00", "17:45", "17:55"]
        .iter()
        .enumerate()
    {
        let date = monday + Duration::days(i as i64);
        sim.day(date, "08:30", Some(("12:30", "13:00")), leave);
        // Learning: its own 17:30.
        assert_eq!(sim.once("recognize", date).0, "17:30", "{date}");
    }
    // Saturday: Friday's departure is learned on return; the rhythm learns
    // workdays only, so on Saturday the habit keeps its own time.
    let saturday = day("2026-11-07");
    sim.presence_at(sim.at(saturday, "10:00"), Present);
    assert_eq!(
        sim.t.rhythm().unwrap().leaving.hh_mm().as_deref(),
        Some("17:50")
    );
    assert_eq!(
        why_of(&sim.t, "recognize"),
        Some(Why::NotWorkday {
            moment: crate::rhythm::Moment::Leaving
        })
    );
    sim.presence_at(sim.at(saturday, "18:30"), Away);
    assert_eq!(
        sim.once("recognize", saturday),
        ("17:30".into(), Timeliness::OnTime)
    );
    // Monday, working past 19:00: 15 minutes before the usual 17:50, once.
    let next = day("2026-11-09");
    sim.day(next, "08:30", Some(("12:30", "13:00")), "19:20");
    assert_eq!(
        sim.once("recognize", next),
        ("17:35".into(), Timeliness::OnTime)
    );
    // The departure at 19:20 is learned with the others (recorded the next morning).
    sim.presence_at(sim.at(next + Duration::days(1), "08:30"), Present);
    assert_eq!(sim.t.rhythm().unwrap().leaving.days, 6);
    assert_eq!(monday.weekday(), chrono::Weekday::Mon);
}

#[test]
fn when_i_first_sit_down_waits_for_the_arrival_even_with_waiting_turned_off() {
    let mut sim = Sim::new("2026-11-01");
    sim.t.set_setting("wait_when_away", "off").unwrap();
    sim.anchor("describe", Anchor::Arrival, None);
    let patch = HabitPatch {
        time: Some(TimeOfDay::parse("08:00").unwrap()),
        latest: Some(Some(TimeOfDay::parse("11:00").unwrap())),
        ..HabitPatch::default()
    };
    sim.t.set_habit("describe", &patch).unwrap();
    // Arrives at 08:40, after the earliest time: shown on arrival, once.
    let monday = day("2026-11-02");
    sim.day(monday, "08:40", Some(("12:30", "13:00")), "17:30");
    assert_eq!(
        sim.once("describe", monday),
        ("08:40".into(), Timeliness::Waited)
    );
    // Already there at 07:45: shown at the earliest time.
    let tuesday = monday + Duration::days(1);
    sim.day(tuesday, "07:45", None, "17:30");
    assert_eq!(
        sim.once("describe", tuesday),
        ("08:00".into(), Timeliness::OnTime)
    );
    // Arrives after the latest time: missed, never shown.
    let wednesday = monday + Duration::days(2);
    sim.day(wednesday, "11:30", None, "17:30");
    assert!(sim.shown_of("describe", wednesday).is_empty());
    // The other habits do not wait: waiting is off.
    let interact = sim.shown_of("interact", monday);
    assert_eq!(interact.len(), 1);
    assert_eq!(why_of(&sim.t, "describe"), Some(Why::Arrival));
}

#[test]
fn review_offers_the_anchor_a_habit_s_time_keeps_missing_and_respects_no_thanks() {
    let mut sim = Sim::new("2026-11-01");
    let monday = day("2026-11-02");
    // Lunch 30–50 minutes after Interact's 12:00 on six days, 12:15 on four;
    // arrivals 10 minutes after Describe's 08:30; departures 17:40.
    let lunches = [
        "12:40", "12:15", "12:45", "12:35", "12:15", "12:50", "12:15", "12:35", "12:15", "12:40",
    ];
    let mut date = monday;
    for lunch in lunches {
        while matches!(date.weekday(), chrono::Weekday::Sat | chrono::Weekday::Sun) {
            date += Duration::days(1);
        }
        let back = (hm(lunch) + Duration::minutes(30))
            .format("%H:%M")
            .to_string();
        sim.day(date, "08:40", Some((lunch, &back)), "17:40");
        date += Duration::days(1);
    }
    sim.presence_at(sim.at(date, "08:40"), Present);
    let offers = sim.t.review().unwrap().anchors;
    assert_eq!(offers.len(), 1, "{offers:?}");
    let offer = &offers[0];
    assert_eq!(
        (offer.habit.as_str(), offer.anchor, offer.time.as_str()),
        ("interact", Anchor::Lunch, "12:00")
    );
    assert_eq!((offer.days, offer.of), (6, 10));
    assert_eq!(offer.typical, "12:35");

    // No thanks: not offered again for four weeks.
    sim.t.decline_anchor("interact").unwrap();
    assert!(sim.t.review().unwrap().anchors.is_empty());
    sim.clock.set(sim.clock.now() + Duration::days(27));
    assert!(sim.t.anchor_suggestions().unwrap().is_empty());
    sim.clock.set(sim.clock.now() + Duration::days(1));
    assert_eq!(sim.t.anchor_suggestions().unwrap().len(), 1);
    // Taken: the habit is anchored and the offer is gone.
    sim.anchor("interact", Anchor::Lunch, None);
    assert!(sim.t.anchor_suggestions().unwrap().is_empty());
    assert!(sim.t.decline_anchor("ghost").is_err());
}

#[test]
fn a_morning_habit_is_offered_the_arrival_only_when_the_person_comes_after_it() {
    let mut sim = Sim::new("2026-11-01");
    let monday = day("2026-11-02");
    // Early arrivals (an hour before 08:30) never make an offer...
    for i in 0..5 {
        sim.day(monday + Duration::days(i), "07:30", None, "17:40");
    }
    let saturday = day("2026-11-07");
    sim.presence_at(sim.at(saturday, "10:00"), Present);
    assert!(sim.t.anchor_suggestions().unwrap().is_empty());
    sim.presence_at(sim.at(saturday, "11:00"), Away);
    // ...arriving at 09:15, after it, on five workdays does.
    for i in 0..5 {
        sim.day(
            day("2026-11-09") + Duration::days(i),
            "09:15",
            None,
            "17:40",
        );
    }
    sim.presence_at(sim.at(day("2026-11-14"), "10:00"), Present);
    let offers = sim.t.anchor_suggestions().unwrap();
    assert_eq!(offers.len(), 1, "{offers:?}");
    assert_eq!(
        (offers[0].habit.as_str(), offers[0].anchor),
        ("describe", Anchor::Arrival)
    );
}

#[test]
fn anchors_and_leads_travel_in_the_export() {
    let mut sim = Sim::new("2026-11-01");
    sim.anchor("interact", Anchor::Lunch, Some(15));
    sim.anchor("describe", Anchor::Arrival, None);
    let exported = sim.t.export_json().unwrap();
    assert!(exported.contains("\"anchor\": \"lunch\""), "{exported}");
    assert!(exported.contains("\"lead_minutes\": 15"), "{exported}");
    let other = Sim::new("2026-11-01");
    let mut t = other.t;
    t.import_json(&exported).unwrap();
    let habits = t.habits().unwrap();
    assert_eq!(
        (habits[0].anchor, habits[0].lead),
        (Anchor::Arrival, Lead::default())
    );
    assert_eq!(
        (habits[1].anchor, habits[1].lead.as_minutes()),
        (Anchor::Lunch, 15)
    );
    assert_eq!(t.export_json().unwrap(), exported, "byte for byte");
}
