//! Settings → Habits: list, edit, add and archive.
use super::Reply;
use crate::Shared;
use aloud_core::model::{Habit, HabitPatch, Lead, NewHabit, TimeOfDay, Weekdays};
use aloud_core::tracker::HabitChange;
use std::sync::Arc;
use tauri::State;

#[tauri::command]
pub async fn get_habits(shared: State<'_, Arc<Shared>>) -> Reply<Vec<Habit>> {
    Ok(shared.with(|t| t.habits())?)
}

/// Edits (or archives) a habit; every field is optional and validated by the core before anything
/// is written. `days` is `mon,tue,…`, `weekdays` or `daily`; `latest` is `HH:MM`, or
/// empty for the default (the time plus the catch-up window); `link` names one of
/// the links, or is empty for the default link; `prompts` is `full`, `quiet` or
/// `off`; an empty `starter` removes it; `anchor` is `time`, `arrival`, `lunch` or
/// `leaving`, `lead` the minutes before a learned moment (0–60).
#[tauri::command]
#[allow(clippy::too_many_arguments)]
pub async fn set_habit(
    shared: State<'_, Arc<Shared>>,
    id: String,
    name: Option<String>,
    trigger: Option<String>,
    prompt: Option<String>,
    time: Option<String>,
    days: Option<String>,
    enabled: Option<bool>,
    archived: Option<bool>,
    latest: Option<String>,
    link: Option<String>,
    prompts: Option<String>,
    starter: Option<String>,
    anchor: Option<String>,
    lead: Option<u32>,
) -> Reply<HabitChange> {
    let latest = latest.as_deref().map(TimeOfDay::parse_latest).transpose()?;
    let patch = HabitPatch {
        name,
        trigger,
        prompt,
        time: time.as_deref().map(TimeOfDay::parse).transpose()?,
        days: days.as_deref().map(Weekdays::parse).transpose()?,
        enabled,
        archived,
        latest,
        link: link.map(|l| (!l.trim().is_empty()).then_some(l)),
        prompts: prompts.as_deref().map(str::parse).transpose()?,
        starter,
        anchor: anchor.as_deref().map(str::parse).transpose()?,
        lead: lead.map(Lead::minutes).transpose()?,
    };
    Ok(shared.write(|t| t.set_habit(&id, &patch))?)
}

/// Adds a habit of the person's own; its id is made from the name.
#[tauri::command]
pub async fn add_habit(
    shared: State<'_, Arc<Shared>>,
    name: String,
    trigger: String,
    time: String,
    days: Option<String>,
    prompt: Option<String>,
) -> Reply<HabitChange> {
    let time = TimeOfDay::parse(&time)?;
    let days = days.as_deref().map(Weekdays::parse).transpose()?;
    let prompt = prompt.filter(|p| !p.trim().is_empty());
    let new = NewHabit {
        id: None,
        name,
        trigger,
        prompt,
        time,
        days,
        latest: None,
    };
    Ok(shared.write(|t| t.add_habit(&new))?)
}
