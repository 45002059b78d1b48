//! The page's words: the dashboard's part of the core's catalogue, in the person's
//! language, asked once when the page loads.
use super::Reply;
use crate::Shared;
use aloud_core::i18n::Messages;
use std::sync::Arc;
use tauri::State;

#[tauri::command]
pub async fn get_messages(shared: State<'_, Arc<Shared>>) -> Reply<Messages> {
    Ok(shared.with(|t| Ok(t.catalogue()?.dashboard_messages()))?)
}
