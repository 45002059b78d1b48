//! Small builders shared by the unit tests.
use crate::model::{Habit, HabitId, TimeOfDay, Weekdays};
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
    }
}

pub fn id(s: &str) -> HabitId {
    HabitId::parse(s).unwrap()
}
