//! Timed check-ins from Today, and the network links and ideas in Settings.
use super::Reply;
use crate::Shared;
use aloud_core::checkin::CheckIn;
use aloud_core::model::{HabitId, Link, Source};
use aloud_core::tracker::{Finished, Started};
use std::sync::Arc;
use tauri::State;

/// Starts a check-in and asks the desktop to open its link (in the background; a
/// failure is reported, the clock runs on).
#[tauri::command]
pub async fn start_checkin(shared: State<'_, Arc<Shared>>, habit: String) -> Reply<Started> {
    let started = shared.write(|t| t.start_checkin(&habit, Source::Dashboard))?;
    if let Some(link) = &started.link {
        crate::desktop::open_link(link.url.as_str());
    }
    Ok(started)
}

#[tauri::command]
pub async fn finish_checkin(shared: State<'_, Arc<Shared>>) -> Reply<Finished> {
    Ok(shared.write(|t| t.finish_checkin(Source::Dashboard))?)
}

#[tauri::command]
pub async fn cancel_checkin(shared: State<'_, Arc<Shared>>) -> Reply<CheckIn> {
    Ok(shared.write(|t| t.cancel_checkin())?)
}

#[tauri::command]
pub async fn get_links(shared: State<'_, Arc<Shared>>) -> Reply<Vec<Link>> {
    Ok(shared.with(|t| t.links())?)
}

#[tauri::command]
pub async fn add_link(
    shared: State<'_, Arc<Shared>>,
    name: String,
    url: String,
    default: bool,
) -> Reply<Vec<Link>> {
    Ok(shared.write(|t| {
        t.add_link(&name, &url, default)?;
        t.links()
    })?)
}

/// Removes a link; returns the habits that now open the default one.
#[tauri::command]
pub async fn remove_link(shared: State<'_, Arc<Shared>>, name: String) -> Reply<Vec<HabitId>> {
    Ok(shared.write(|t| t.remove_link(&name))?)
}

#[tauri::command]
pub async fn set_default_link(shared: State<'_, Arc<Shared>>, name: String) -> Reply<Link> {
    Ok(shared.write(|t| t.set_default_link(&name))?)
}

#[tauri::command]
pub async fn get_ideas(shared: State<'_, Arc<Shared>>, habit: String) -> Reply<Vec<String>> {
    Ok(shared.with(|t| t.ideas(&habit))?)
}

/// Replaces a habit's ideas (one per line); `null` brings back its own defaults.
#[tauri::command]
pub async fn set_ideas(
    shared: State<'_, Arc<Shared>>,
    habit: String,
    ideas: Option<Vec<String>>,
) -> Reply<Vec<String>> {
    Ok(shared.write(|t| t.set_ideas(&habit, ideas.as_deref()))?)
}
