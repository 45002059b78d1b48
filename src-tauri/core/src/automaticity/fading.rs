//! Prompts that fade: when a habit has become automatic and consistent, Aloud offers
//! to step back (full → quiet → off), one step per yes; when the habit slips (two
//! misses within 7 scheduled days), full reminders come back at once, and why.
//!
//! Everything here is derived from the history, the checks and the stage the person
//! chose, so every view agrees and a restart changes nothing.
use super::misses::miss_pairs;
use super::Scored;
use crate::model::{Habit, PromptStage};
use crate::stats::DayStatus;
use chrono::{Duration, NaiveDate};
use serde::Serialize;

/// The last two checks must both reach this (on the 1–7 scale) …
pub const AUTOMATIC: f64 = 5.5;
/// … at least this far apart …
pub const CHECKS_APART_DAYS: i64 = 7;
/// … and consistency (0–1) must be at least this.
pub const CONSISTENT: f64 = 0.8;

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Prompting {
    /// The stage in effect.
    pub stage: PromptStage,
    /// The stage the person chose (differs from `stage` once full reminders are back).
    pub chosen: PromptStage,
    /// The two misses that brought full reminders back.
    pub restored: Option<[NaiveDate; 2]>,
    /// The quieter stage Aloud offers now, if it does.
    pub offer: Option<PromptStage>,
}

/// `checks` oldest first; `days` the habit's classified days; `consistency` 0–1 now;
/// `answered` the day the person last said "not now" (or yes) to an offer.
pub fn prompting(
    habit: &Habit,
    checks: &[Scored],
    days: &[(NaiveDate, DayStatus)],
    consistency: f64,
    answered: Option<NaiveDate>,
) -> Prompting {
    let chosen = habit.prompts;
    let restored = restored(habit, days);
    let stage = if restored.is_some() {
        PromptStage::Full
    } else {
        chosen
    };
    // Evidence counts only from after the stage was chosen or came back.
    let evidence_after = restored.map(|[_, second]| second).or(habit.prompts_since);
    let offer = stage
        .quieter()
        .filter(|_| habit.enabled && !habit.archived && consistency >= CONSISTENT)
        .filter(|_| automatic(checks, evidence_after, answered));
    Prompting {
        stage,
        chosen,
        restored,
        offer,
    }
}

/// The two misses (within 7 scheduled days, after the stage was chosen) that bring
/// full reminders back to a habit prompted more quietly, if there are any.
pub fn restored(habit: &Habit, days: &[(NaiveDate, DayStatus)]) -> Option<[NaiveDate; 2]> {
    if habit.prompts.is_full() {
        return None;
    }
    miss_pairs(days, habit.prompts_since).into_iter().next()
}

/// Whether the last two checks, both fresh evidence, say the habit is automatic.
fn automatic(checks: &[Scored], after: Option<NaiveDate>, answered: Option<NaiveDate>) -> bool {
    let [.., before, last] = checks else {
        return false;
    };
    let fresh = |c: &Scored| after.is_none_or(|a| c.date > a);
    fresh(before)
        && answered.is_none_or(|a| last.date > a)
        && last.date - before.date >= Duration::days(CHECKS_APART_DAYS)
        && before.score >= AUTOMATIC
        && last.score >= AUTOMATIC
}
