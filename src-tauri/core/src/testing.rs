//! Small builders shared by the unit tests.
use crate::model::{Habit, HabitId, TimeOfDay, Weekdays};
use crate::schedule::Timeliness;
use crate::tracker::Plan;
use chrono::{DateTime, NaiveDate, Utc};

pub fn utc(s: &str) -> DateTime<Utc> {
    DateTime::parse_from_rfc3339(s).unwrap().with_timezone(&Utc)
}

pub fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

pub fn habit(id: &str, time: &str, days: &str) -> Habit {
    Habit {
        id: HabitId::parse(id).unwrap(),
        name: id.to_string(),
        trigger: "a trigger".into(),
        prompt: "a prompt".into(),
        time: TimeOfDay::parse(time).unwrap(),
        days: Weekdays::parse(days).unwrap(),
        enabled: true,
        archived: false,
        position: 0,
        created_on: day("2020-01-01"),
        created_at: None,
        latest: None,
        link: None,
        prompts: Default::default(),
        prompts_since: None,
        starter: None,
        anchor: Default::default(),
        lead: Default::default(),
    }
}

pub fn id(s: &str) -> HabitId {
    HabitId::parse(s).unwrap()
}

/// Tiny deterministic generator, so a failing run can be replayed exactly.
pub struct Lcg(pub u64);
impl Lcg {
    pub fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

/// What an engine pass shows now: each habit and how timely its reminder is.
pub fn fired(plan: &Plan) -> Vec<(&str, Timeliness)> {
    plan.fire
        .iter()
        .map(|r| (r.due.habit.as_str(), r.timeliness))
        .collect()
}
