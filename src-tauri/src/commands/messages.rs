//! What the page shows that is the core's, asked once when it loads: its words
//! (the dashboard's part of the catalogue, in the person's language, plurals by
//! category) and the limits and choices of its fields. The page retypes neither.
use super::Reply;
use crate::Shared;
use aloud_core::i18n::Messages;
use aloud_core::limits::{limits, Limits};
use serde::Serialize;
use std::sync::Arc;
use tauri::State;

#[derive(Debug, Serialize)]
pub struct Page {
    #[serde(flatten)]
    messages: Messages,
    limits: Limits,
}

#[tauri::command]
pub async fn get_messages(shared: State<'_, Arc<Shared>>) -> Reply<Page> {
    let c = shared.with(|t| t.catalogue())?;
    Ok(Page {
        messages: c.dashboard_messages(),
        limits: limits(c),
    })
}
