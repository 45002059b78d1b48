//! The Network panel and the "With" field: names, the view, rename, merge, kind and
//! forget. Each change answers with the view redrawn from the database.
use super::Reply;
use crate::Shared;
use aloud_core::model::Person;
use aloud_core::network::Network;
use aloud_core::tracker::Forgotten;
use serde::Serialize;
use std::sync::Arc;
use tauri::State;

/// Every stored name, for the "With" field's completion.
#[tauri::command]
pub async fn get_people(shared: State<'_, Arc<Shared>>) -> Reply<Vec<Person>> {
    Ok(shared.with(|t| t.people())?)
}

#[tauri::command]
pub async fn get_network(shared: State<'_, Arc<Shared>>) -> Reply<Network> {
    Ok(shared.with(|t| t.network())?)
}

#[tauri::command]
pub async fn rename_person(
    shared: State<'_, Arc<Shared>>,
    from: String,
    to: String,
) -> Reply<Network> {
    Ok(shared.write(|t| {
        t.rename_person(&from, &to)?;
        t.network()
    })?)
}

#[tauri::command]
pub async fn merge_people(
    shared: State<'_, Arc<Shared>>,
    from: String,
    into: String,
) -> Reply<Network> {
    Ok(shared.write(|t| {
        t.merge_people(&from, &into)?;
        t.network()
    })?)
}

#[tauri::command]
pub async fn set_person_kind(
    shared: State<'_, Arc<Shared>>,
    name: String,
    kind: String,
) -> Reply<Network> {
    Ok(shared.write(|t| {
        t.set_person_kind(&name, &kind)?;
        t.network()
    })?)
}

#[derive(Debug, Serialize)]
pub struct ForgetOutcome {
    pub forgotten: Forgotten,
    pub network: Network,
}

#[tauri::command]
pub async fn forget_person(
    shared: State<'_, Arc<Shared>>,
    name: String,
    from_backups: bool,
) -> Reply<ForgetOutcome> {
    Ok(shared.write(|t| {
        let forgotten = t.forget_person(&name, from_backups)?;
        Ok(ForgetOutcome {
            forgotten,
            network: t.network()?,
        })
    })?)
}
