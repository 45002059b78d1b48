//! Automaticity through the tracker over a simulated quarter, with a fake clock: the
//! check's contract, offers to step back, quiet and silenced prompts, two misses
//! bringing full reminders back, and all of it surviving a restart.
use super::*;
use crate::automaticity::SrbaiAnswers;
use crate::clock::FakeClock;
use crate::model::{PromptStage, Source};
use crate::presence::Presence::Unknown;
use crate::testing::{day, utc};
use crate::zone::{local_instant, Zone};
use chrono::{Datelike, Duration, NaiveTime, Weekday};

struct World {
    dir: tempfile::TempDir,
    clock: Arc<FakeClock>,
    zone: Zone,
    t: Tracker,
}

impl World {
    /// Aloud installed on Monday 5 January 2026, 07:00 in `zone`.
    fn new(zone: &str) -> World {
        let zone: Zone = zone.parse().unwrap();
        let dir = tempfile::tempdir().unwrap();
        let start = local_instant(
            zone,
            day("2026-01-05"),
            NaiveTime::from_hms_opt(7, 0, 0).unwrap(),
        );
        let clock = Arc::new(FakeClock::new(start));
        let t = Tracker::open(dir.path(), clock.clone(), zone).unwrap();
        World {
            dir,
            clock,
            zone,
            t,
        }
    }

    fn at(&self, date: chrono::NaiveDate, hh: u32, mm: u32) {
        let time = NaiveTime::from_hms_opt(hh, mm, 0).unwrap();
        self.clock.set(local_instant(self.zone, date, time));
    }

    /// Quits and starts again on the same data dir.
    fn restart(&mut self) {
        self.t = Tracker::open(self.dir.path(), self.clock.clone(), self.zone).unwrap();
    }

    fn log(&mut self, habit: &str) {
        self.t
            .log(&LogRequest {
                habit,
                date: None,
                note: None,
                minutes: None,
                need: None,
                source: Some(Source::Cli),
                with: None,
            })
            .unwrap();
    }

    fn describe(&self) -> HabitAutomaticity {
        self.t.automaticity(Some("describe")).unwrap().remove(0)
    }
}

fn answers(text: &str) -> SrbaiAnswers {
    SrbaiAnswers::parse(text).unwrap()
}

#[test]
fn a_check_is_one_a_day_editable_that_day_only_and_never_in_the_future() {
    let mut w = World::new("Europe/Berlin");
    let monday = day("2026-01-05");
    w.at(monday + Duration::days(9), 18, 0);
    w.t.record_check("describe", answers("2,3,2,1"), None)
        .unwrap();
    w.t.record_check("describe", answers("3"), None).unwrap();
    let view = w.describe();
    assert_eq!(view.checks.len(), 1, "the day's check was replaced");
    assert_eq!(view.today, Some(answers("3")));
    assert_eq!(view.checks[0].day, 9);
    // A past day may be filled in once, not changed.
    w.t.record_check(
        "describe",
        answers("2,2,2,2"),
        Some(monday + Duration::days(2)),
    )
    .unwrap();
    let past = w.t.record_check(
        "describe",
        answers("5,5,5,5"),
        Some(monday + Duration::days(2)),
    );
    assert!(past
        .unwrap_err()
        .to_string()
        .contains("only on its own day"));
    let future =
        w.t.record_check("describe", answers("4"), Some(monday + Duration::days(10)));
    assert!(future.unwrap_err().to_string().contains("in the future"));
    let before =
        w.t.record_check("describe", answers("4"), Some(day("2026-01-04")));
    assert!(before.unwrap_err().to_string().contains("before"));
    assert!(w.t.record_check("nope", answers("4"), None).is_err());
    assert_eq!(w.describe().checks.len(), 2);
}

/// Practises "describe" every workday of a quarter, checking each Friday on a rising
/// curve, and follows what Aloud offers and does, day by day.
#[test]
fn prompts_fade_only_with_a_yes_and_two_misses_bring_them_back_over_a_quarter() {
    for zone in ["Europe/Berlin", "America/Los_Angeles", "Pacific/Auckland"] {
        quarter(zone);
    }
}

fn quarter(zone: &str) {
    let mut w = World::new(zone);
    let first = day("2026-01-05");
    let mut checks: Vec<(chrono::NaiveDate, f64)> = Vec::new();
    let mut stage = PromptStage::Full;
    let mut offers_seen = 0;
    let mut said_no = false;
    let mut missed = Vec::new();
    for n in 0..91 {
        let date = first + Duration::days(n);
        let workday = date.weekday().num_days_from_monday() < 5;
        // The day after the second miss, full reminders are back.
        let restored_today = missed.len() == 2 && date > missed[1];
        if restored_today {
            stage = PromptStage::Full;
        }
        // At 08:30 the reminder comes due: a pop-up only at full.
        w.at(date, 8, 29);
        let seen = w.clock.now();
        w.at(date, 8, 31);
        let plan = w.t.plan_reminders(Some(seen), Unknown).unwrap();
        let popped = plan.fire.iter().any(|r| r.due.habit.as_str() == "describe");
        let quiet = plan.quiet.iter().any(|d| d.habit.as_str() == "describe");
        assert_eq!(
            popped,
            workday && stage == PromptStage::Full,
            "{zone} {date}"
        );
        assert_eq!(
            quiet,
            workday && stage == PromptStage::Quiet,
            "{zone} {date}"
        );
        let today = w.t.status().unwrap();
        let mine = today
            .habits
            .iter()
            .find(|h| h.id.as_str() == "describe")
            .unwrap();
        assert_eq!(mine.prompts, stage, "{zone} {date}");
        assert_eq!(mine.due, workday, "{zone} {date}");
        // Weeks 10 and 11: two misses, Monday and Wednesday of week 11.
        let week = n / 7;
        let skip_it = week == 10 && matches!(date.weekday(), Weekday::Mon | Weekday::Wed);
        if workday && !skip_it {
            w.at(date, 9, 0);
            w.log("describe");
        } else if workday {
            missed.push(date);
        }
        if date.weekday() == Weekday::Fri {
            // Automaticity rises: 2, 3, 4, 5, 5.5, 6, 6.5, 6.5, …
            let score = [2.0, 3.0, 4.0, 5.0, 5.5, 6.0, 6.5][(week as usize).min(6)];
            w.at(date, 17, 0);
            let a = score as i64;
            let half = (score - a as f64) > 0.0;
            let text = if half {
                format!("{a},{a},{},{}", a + 1, a + 1)
            } else {
                format!("{a},{a},{a},{a}")
            };
            w.t.record_check("describe", answers(&text), None).unwrap();
            checks.push((date, score));
        }
        // Every evening: what does Aloud offer?
        w.at(date, 20, 0);
        if n % 17 == 0 {
            w.restart(); // nothing of this lives only in memory
        }
        let view = w.describe();
        assert_eq!(view.prompts, stage, "{zone} {date}: never without a yes");
        if let Some(offer) = view.offer {
            // Both thresholds hold whenever an offer is made.
            let [.., (d1, s1), (d2, s2)] = checks[..] else {
                panic!("{zone} {date}: an offer without two checks")
            };
            assert!(
                s1 >= 5.5 && s2 >= 5.5 && (d2 - d1).num_days() >= 7,
                "{zone} {date}"
            );
            assert!(
                view.consistency >= 80.0,
                "{zone} {date}: {}",
                view.consistency
            );
            assert_eq!(Some(offer), stage.quieter());
            offers_seen += 1;
            if !said_no {
                // "Not now": nothing changes, and it is not offered again until a newer check.
                said_no = true;
                assert_eq!(w.t.answer_step_back("describe", false).unwrap(), stage);
                assert_eq!(w.describe().offer, None, "{zone} {date}");
            } else {
                stage = w.t.answer_step_back("describe", true).unwrap();
                assert_eq!(stage, offer);
            }
        } else if let [.., (d1, s1), (d2, s2)] = checks[..] {
            // Not offered although both hold: only because of a fresh "no", a step
            // taken on older evidence, the last stage, or reminders just restored.
            let holds =
                s1 >= 5.5 && s2 >= 5.5 && (d2 - d1).num_days() >= 7 && view.consistency >= 80.0;
            if holds
                && d2 == date
                && stage != PromptStage::Off
                && view.restored.is_none()
                && !said_no
            {
                panic!("{zone} {date}: both thresholds hold and nothing was offered");
            }
        }
        if restored_today {
            assert_eq!(view.restored, Some([missed[0], missed[1]]), "{zone}");
            assert_eq!(
                view.prompts_chosen,
                PromptStage::Off,
                "{zone}: what was chosen stays"
            );
            missed.push(date); // told once
        }
    }
    // No, yes (quiet), yes (off), then after the misses yes (quiet) again.
    assert_eq!(offers_seen, 4, "{zone}");
    assert_eq!(
        missed.len(),
        3,
        "{zone}: two misses restored full reminders ({missed:?})"
    );
    w.restart();
    assert_eq!(w.describe().prompts, stage);
    assert_eq!(stage, PromptStage::Quiet);
}

#[test]
fn prompts_set_by_hand_start_afresh_and_off_leaves_nothing_to_plan() {
    let mut w = World::new("Asia/Kolkata");
    let monday = day("2026-01-05");
    w.at(monday, 7, 0);
    let change =
        w.t.set_habit(
            "describe",
            &crate::model::HabitPatch {
                prompts: Some(PromptStage::Off),
                ..Default::default()
            },
        )
        .unwrap();
    assert_eq!(change.habit.prompts, PromptStage::Off);
    assert_eq!(change.habit.prompts_since, Some(monday));
    let plan = w.t.plan_reminders(None, Unknown).unwrap();
    assert_eq!(
        plan.next.unwrap().habit.as_str(),
        "interact",
        "off is never planned"
    );
    w.at(monday, 8, 31);
    let plan =
        w.t.plan_reminders(Some(utc("2026-01-05T01:30:00Z")), Unknown)
            .unwrap();
    assert!(plan.fire.is_empty() && plan.quiet.is_empty());
    let status = w.t.status().unwrap();
    let describe = status
        .habits
        .iter()
        .find(|h| h.id.as_str() == "describe")
        .unwrap();
    assert_eq!(describe.prompts, PromptStage::Off);
    assert_eq!(status.next_reminder.unwrap().habit.as_str(), "interact");
    assert_eq!(
        w.t.answer_step_back("describe", true).unwrap_err().kind(),
        crate::ErrorKind::Invalid
    );
}

#[test]
fn troubleshooting_writes_the_choice_into_the_habit_and_is_not_asked_again() {
    let mut w = World::new("Europe/Berlin");
    let first = day("2026-01-05");
    // Done for two weeks, then missed Monday and Tuesday of the third.
    for n in 0..16 {
        let date = first + Duration::days(n);
        if date.weekday().num_days_from_monday() < 5 && n < 14 {
            w.at(date, 9, 0);
            w.log("describe");
        }
    }
    w.at(first + Duration::days(16), 10, 0); // Wednesday
    let trouble = w.describe().trouble;
    assert_eq!(
        trouble,
        Some(crate::automaticity::Trouble::Misses {
            dates: [day("2026-01-19"), day("2026-01-20")]
        })
    );
    let change =
        w.t.troubleshoot("describe", Fix::Starter("read one post".into()))
            .unwrap();
    assert_eq!(change.habit.starter.as_deref(), Some("read one post"));
    assert_eq!(w.describe().trouble, None, "answered");
    w.t.troubleshoot(
        "describe",
        Fix::Time(crate::model::TimeOfDay::parse("10:15").unwrap()),
    )
    .unwrap();
    assert_eq!(w.t.habit("describe").unwrap().time.to_string(), "10:15");
    assert_eq!(
        w.t.habit("describe").unwrap().starter.as_deref(),
        Some("read one post")
    );
}
