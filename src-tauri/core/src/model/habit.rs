//! A tiny habit: a behaviour anchored to an everyday trigger at a local time.
use super::text::one_line;
use super::{Anchor, Lead, PromptStage, TimeOfDay, Weekdays};
use crate::error::{CoreError, Result};
use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Deserializer, Serialize};
use std::fmt;

pub const NAME_MAX: usize = 60;
pub const TRIGGER_MAX: usize = 80;
pub const PROMPT_MAX: usize = 300;
pub const STARTER_MAX: usize = 120;

/// A short stable identifier: a lowercase letter, then letters, digits or '-' (≤ 32).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct HabitId(String);

impl HabitId {
    pub fn parse(value: &str) -> Result<Self> {
        let ok = value.len() <= 32
            && value.starts_with(|c: char| c.is_ascii_lowercase())
            && value
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if ok {
            Ok(HabitId(value.to_string()))
        } else {
            Err(CoreError::said(
                "error-habit-id",
                vec![("value", value.into())],
            ))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// A new id made from a habit's name ("Read a thread" → `read-a-thread`), with a
    /// number added when it is already `taken`.
    pub fn from_name(name: &str, taken: &[HabitId]) -> HabitId {
        let mut slug = String::new();
        for c in name.trim().to_lowercase().chars() {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.ends_with('-') && !slug.is_empty() {
                slug.push('-');
            }
        }
        let mut base: String = slug.trim_matches('-').chars().take(28).collect();
        base = base.trim_end_matches('-').to_string();
        if !base.starts_with(|c: char| c.is_ascii_lowercase()) {
            base = format!("habit-{base}")
                .trim_end_matches('-')
                .chars()
                .take(28)
                .collect();
        }
        let free = |id: &str| !taken.iter().any(|t| t.as_str() == id);
        let id = (1..)
            .map(|n| {
                if n == 1 {
                    base.clone()
                } else {
                    format!("{base}-{n}")
                }
            })
            .find(|id| free(id))
            .expect("some number is free");
        HabitId(id)
    }
}

impl fmt::Display for HabitId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for HabitId {
    fn deserialize<D: Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        HabitId::parse(&String::deserialize(d)?).map_err(serde::de::Error::custom)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Habit {
    pub id: HabitId,
    pub name: String,
    /// The anchor moment in the person's words, e.g. "first coffee of the day".
    pub trigger: String,
    /// What to do, in one or two sentences.
    pub prompt: String,
    pub time: TimeOfDay,
    pub days: Weekdays,
    pub enabled: bool,
    pub archived: bool,
    /// Display order.
    pub position: i64,
    /// The local date from which the habit counts in stats.
    pub created_on: NaiveDate,
    /// The instant it was added, when known (not for habits from before schema v5).
    /// Its triggers before then did not happen: they are neither late nor missed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub created_at: Option<DateTime<Utc>>,
    /// The latest local time its reminder may still be shown (late, or after waiting
    /// for the person); `None`: its time plus the catch-up window.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<TimeOfDay>,
    /// The name of the link its check-ins open; `None`: the default link.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub link: Option<String>,
    /// How loudly it is prompted; steps back only with the person's yes.
    #[serde(default, skip_serializing_if = "PromptStage::is_full")]
    pub prompts: PromptStage,
    /// The local date `prompts` was last chosen: misses and checks count from then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub prompts_since: Option<NaiveDate>,
    /// A smaller "I will …" for days the whole habit is too much; reminders propose it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub starter: Option<String>,
    /// What its reminder is tied to: its time (the default), or a moment of the
    /// person's day; for an anchor, `time` is the earliest time or the fallback.
    #[serde(default, skip_serializing_if = "Anchor::is_time")]
    pub anchor: Anchor,
    /// How long before the learned moment (lunch, leaving) the reminder comes.
    #[serde(
        default,
        rename = "lead_minutes",
        skip_serializing_if = "Lead::is_default"
    )]
    pub lead: Lead,
}

impl Habit {
    /// The first instant its triggers count from: when it was added, else the start of
    /// the day it counts from.
    pub fn began_at(&self, tz: crate::zone::Zone) -> DateTime<Utc> {
        self.created_at
            .unwrap_or_else(|| crate::zone::start_of_day(tz, self.created_on))
    }

    /// Until when its reminder for `date`, triggered at `at`, may still be shown:
    /// the latest time when set and after `at` (an anchor can move the trigger past
    /// it), else `window` after the trigger; never past the end of that day.
    pub fn latest_after(
        &self,
        at: DateTime<Utc>,
        date: NaiveDate,
        tz: crate::zone::Zone,
        window: chrono::Duration,
    ) -> DateTime<Utc> {
        let day_end = crate::zone::start_of_day(tz, date + chrono::Duration::days(1));
        let latest = self
            .latest
            .map(|latest| crate::zone::local_instant(tz, date, latest.naive()))
            .filter(|latest| *latest > at)
            .unwrap_or(at + window);
        latest.min(day_end)
    }

    /// Whether this habit asks for practice on `date`.
    pub fn scheduled_on(&self, date: NaiveDate) -> bool {
        use chrono::Datelike;
        self.enabled && !self.archived && self.days.contains(date.weekday())
    }

    /// Checks the free-text fields and returns the habit with them trimmed.
    pub fn validated(mut self) -> Result<Self> {
        self.name = one_line("name", &self.name, NAME_MAX, false)?;
        self.trigger = one_line("trigger", &self.trigger, TRIGGER_MAX, false)?;
        self.prompt = one_line("prompt", &self.prompt, PROMPT_MAX, false)?;
        self.starter = match self.starter.take() {
            Some(starter) => {
                Some(one_line("starter", &starter, STARTER_MAX, true)?).filter(|s| !s.is_empty())
            }
            None => None,
        };
        if self.latest.is_some_and(|latest| latest <= self.time) {
            return Err(CoreError::said(
                "error-latest",
                vec![("time", self.time.to_string().into())],
            ));
        }
        Ok(self)
    }
}

/// The fields a person supplies when adding a habit of their own.
#[derive(Debug, Clone)]
pub struct NewHabit {
    /// None: made from the name (`Read a thread` → `read-a-thread`), unique.
    pub id: Option<HabitId>,
    pub name: String,
    pub trigger: String,
    pub prompt: Option<String>,
    pub time: TimeOfDay,
    pub days: Option<Weekdays>,
    /// None: the time plus the catch-up window.
    pub latest: Option<TimeOfDay>,
}

/// A partial update; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct HabitPatch {
    pub name: Option<String>,
    pub trigger: Option<String>,
    pub prompt: Option<String>,
    pub time: Option<TimeOfDay>,
    pub days: Option<Weekdays>,
    pub enabled: Option<bool>,
    pub archived: Option<bool>,
    /// `Some(None)` goes back to the time plus the catch-up window.
    pub latest: Option<Option<TimeOfDay>>,
    /// A link's name (checked against the links by the tracker); `Some(None)`: the
    /// default link.
    pub link: Option<Option<String>>,
    /// Setting it (even to the same stage) starts counting misses and checks afresh.
    pub prompts: Option<PromptStage>,
    /// `Some("")` removes the starter step.
    pub starter: Option<String>,
    pub anchor: Option<Anchor>,
    pub lead: Option<Lead>,
}

impl HabitPatch {
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.trigger.is_none()
            && self.prompt.is_none()
            && self.time.is_none()
            && self.days.is_none()
            && self.enabled.is_none()
            && self.archived.is_none()
            && self.latest.is_none()
            && self.link.is_none()
            && self.prompts.is_none()
            && self.starter.is_none()
            && self.anchor.is_none()
            && self.lead.is_none()
    }

    /// Applies the patch to a copy of `habit` and validates the result.
    pub fn apply(&self, habit: &Habit) -> Result<Habit> {
        let mut next = habit.clone();
        if let Some(v) = &self.name {
            next.name = v.clone();
        }
        if let Some(v) = &self.trigger {
            next.trigger = v.clone();
        }
        if let Some(v) = &self.prompt {
            next.prompt = v.clone();
        }
        next.time = self.time.unwrap_or(next.time);
        next.days = self.days.unwrap_or(next.days);
        next.enabled = self.enabled.unwrap_or(next.enabled);
        next.archived = self.archived.unwrap_or(next.archived);
        next.latest = self.latest.unwrap_or(next.latest);
        if let Some(link) = &self.link {
            next.link = link.clone();
        }
        next.prompts = self.prompts.unwrap_or(next.prompts);
        if let Some(starter) = &self.starter {
            next.starter = Some(starter.clone());
        }
        next.anchor = self.anchor.unwrap_or(next.anchor);
        next.lead = self.lead.unwrap_or(next.lead);
        next.validated()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_made_from_names() {
        let taken = [
            HabitId::parse("read").unwrap(),
            HabitId::parse("read-2").unwrap(),
        ];
        let id = |name: &str| HabitId::from_name(name, &taken).to_string();
        assert_eq!(id("Read a thread!"), "read-a-thread");
        assert_eq!(id("  Read "), "read-3");
        assert_eq!(id("1:1 notes"), "habit-1-1-notes");
        assert_eq!(id("Café"), "caf");
        assert_eq!(id("☕"), "habit");
        assert_eq!(id(&"long ".repeat(20)).len(), 28);
        for name in ["Read a thread!", "1:1 notes", "☕", &"x y ".repeat(30)] {
            assert!(HabitId::parse(&id(name)).is_ok(), "{name}");
        }
    }

    #[test]
    fn ids_are_short_lowercase_slugs() {
        assert!(HabitId::parse("describe").is_ok());
        assert!(HabitId::parse("read-2").is_ok());
        for bad in [
            "",
            "Describe",
            "2read",
            "a b",
            "x'; drop table habits;--",
            &"a".repeat(33),
        ] {
            assert!(HabitId::parse(bad).is_err(), "{bad:?} accepted");
        }
    }
}
