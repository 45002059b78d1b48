//! Backups and restore through the real binary, and what the CLI does with a damaged
//! or newer database: exit 1, nothing changed.
mod common;

use common::{refused, DataDir};
use std::fs;

#[test]
fn a_backup_is_listed_and_restored() {
    let d = DataDir::new();
    d.ok(&["log", "describe", "--note", "kept"]);
    assert!(d.ok(&["restore", "--list"]).contains("No backups yet"));
    let said = d.ok(&["backup"]);
    assert!(said.contains("-manual.db"), "{said}");
    let list = d.ok(&["restore", "--list"]);
    let name = list.split_whitespace().last().unwrap().to_string();
    assert!(
        name.starts_with("aloud-") && name.ends_with("-manual.db"),
        "{list}"
    );
    d.ok(&["log", "interact"]);
    d.ok(&["restore", &name]);
    let rows = d.json(&["history", "--json"]);
    assert_eq!(rows.as_array().unwrap().len(), 1);
    assert_eq!(rows[0]["note"], "kept");
    assert!(d.ok(&["restore", "--list"]).contains("-pre-restore.db"));
    refused(&d, &["restore", "no-such-backup.db"]);
    refused(&d, &["restore"]);
    refused(&d, &["restore", &name, "--list"]);
}

#[test]
fn a_damaged_or_newer_database_makes_the_cli_exit_1_and_change_nothing() {
    let d = DataDir::new();
    d.ok(&["log", "describe"]);
    let db = d.path.join("aloud.db");
    let mut bytes = fs::read(&db).unwrap();
    bytes[..16].copy_from_slice(b"not SQLite here!");
    fs::write(&db, &bytes).unwrap();
    let files = |dir: &std::path::Path| {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    };
    let before = files(&d.path);
    for args in [
        &["status"][..],
        &["log", "interact"],
        &["restore", "--list"],
    ] {
        let out = d.cmd(args).output().unwrap();
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("not a readable Aloud database"), "{stderr}");
        assert_eq!(fs::read(&db).unwrap(), bytes, "{args:?} changed the file");
        assert_eq!(files(&d.path), before, "{args:?} added or moved files");
    }
}
