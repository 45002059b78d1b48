//! Backups, restore and recovery from a damaged file, on real SQLite files.
use super::*;
use crate::clock::FakeClock;
use crate::testing::utc;
use chrono::Duration;
use std::io::{Seek, SeekFrom, Write};

fn open(dir: &Path, now: &str) -> (Tracker, Arc<FakeClock>) {
    let clock = Arc::new(FakeClock::new(utc(now)));
    let tracker = Tracker::open(
        dir,
        clock.clone(),
        "Europe/Berlin".parse::<crate::zone::Zone>().unwrap(),
    )
    .unwrap();
    (tracker, clock)
}

fn log(t: &mut Tracker, habit: &str) {
    t.log(&LogRequest {
        habit,
        ..Default::default()
    })
    .unwrap();
}

#[test]
fn a_daily_backup_is_taken_once_a_day_and_seven_are_kept() {
    let dir = tempfile::tempdir().unwrap();
    let (t, clock) = open(dir.path(), "2026-11-01T08:00:00Z");
    assert!(t.backup_if_due().unwrap().is_some());
    assert!(t.backup_if_due().unwrap().is_none(), "once a day");
    for day in 1..10 {
        clock.set(utc("2026-11-01T08:00:00Z") + Duration::days(day));
        assert!(t.backup_if_due().unwrap().is_some());
    }
    let kept = t.backups().unwrap();
    assert_eq!(kept.len(), 7);
    assert_eq!(
        kept[0].taken_at,
        Some(utc("2026-11-10T08:00:00Z")),
        "newest first"
    );
    assert!(kept
        .iter()
        .all(|b| b.name.ends_with("-daily.db") && b.bytes > 0));
}

#[test]
fn a_restore_brings_the_backup_back_and_keeps_what_it_replaced() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path(), "2026-11-01T08:00:00Z");
    log(&mut t, "describe");
    let backup = t.backup_if_due().unwrap().unwrap();
    clock.set(utc("2026-11-02T08:00:00Z"));
    log(&mut t, "interact");
    let before_restore = t.export_json().unwrap();
    let name = backup.file_name().unwrap().to_str().unwrap().to_string();
    t.restore(&name).unwrap();
    let rows = t
        .history(crate::store::FIRST_DAY, crate::store::LAST_DAY)
        .unwrap();
    assert_eq!(rows.len(), 1, "only what the backup held");
    assert_eq!(rows[0].habit.as_str(), "describe");
    // The state it replaced was backed up first and can itself be restored.
    let pre = t
        .backups()
        .unwrap()
        .into_iter()
        .find(|b| b.name.ends_with("-pre-restore.db"))
        .unwrap();
    t.restore(pre.path.to_str().unwrap()).unwrap();
    assert_eq!(t.export_json().unwrap(), before_restore);
}

#[test]
fn a_bad_restore_source_is_refused_and_nothing_changes() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, _) = open(dir.path(), "2026-11-01T08:00:00Z");
    log(&mut t, "describe");
    let before = t.export_json().unwrap();
    let garbage = dir.path().join("garbage.db");
    std::fs::write(&garbage, b"not a database at all, just text").unwrap();
    let newer = dir.path().join("newer.db");
    {
        let c = rusqlite::Connection::open(&newer).unwrap();
        c.pragma_update(None, "application_id", 0x416C_6F75)
            .unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        c.execute_batch("CREATE TABLE x (y)").unwrap();
    }
    for bad in [
        garbage.to_str().unwrap(),
        newer.to_str().unwrap(),
        "no-such-backup.db",
    ] {
        assert!(t.restore(bad).is_err(), "{bad} accepted");
        assert_eq!(t.export_json().unwrap(), before);
    }
}

/// Three ways a file gets damaged.
fn damage(path: &Path, how: &str) {
    match how {
        "truncated" => {
            let len = std::fs::metadata(path).unwrap().len();
            std::fs::OpenOptions::new()
                .write(true)
                .open(path)
                .unwrap()
                .set_len(len / 3)
                .unwrap();
        }
        "garbage header" => {
            let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
            f.write_all(b"this is no longer SQLite!").unwrap();
        }
        "corrupted page" => {
            let mut f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
            // The start of page 2: its b-tree header becomes nonsense.
            f.seek(SeekFrom::Start(4096)).unwrap();
            f.write_all(&[0xA5; 3000]).unwrap();
        }
        _ => unreachable!(),
    }
}

#[test]
fn a_damaged_file_is_set_aside_and_the_newest_sound_backup_restored() {
    for how in ["truncated", "garbage header", "corrupted page"] {
        let dir = tempfile::tempdir().unwrap();
        let (mut t, clock) = open(dir.path(), "2026-11-01T08:00:00Z");
        // Enough rows for several pages.
        for d in 0..120 {
            clock.set(utc("2026-07-01T08:00:00Z") + Duration::days(d));
            log(&mut t, "describe");
        }
        clock.set(utc("2026-11-01T08:00:00Z"));
        t.backup_if_due().unwrap();
        let saved = t.export_json().unwrap();
        clock.set(utc("2026-11-02T08:00:00Z"));
        log(&mut t, "interact");
        drop(t);
        let db = dir.path().join("aloud.db");
        damage(&db, how);
        let damaged = std::fs::read(&db).unwrap();

        let clock = Arc::new(FakeClock::new(utc("2026-11-02T09:00:00Z")));
        assert!(
            Tracker::open(dir.path(), clock.clone(), chrono_tz::UTC).is_err(),
            "{how}: detected on open"
        );
        let (t, recovery) = Tracker::open_or_recover(
            dir.path(),
            clock,
            "Europe/Berlin".parse::<crate::zone::Zone>().unwrap(),
        )
        .unwrap();
        let recovery = recovery.unwrap_or_else(|| panic!("{how}: no recovery"));
        assert_eq!(std::fs::read(&recovery.damaged).unwrap(), damaged, "{how}");
        assert!(recovery
            .damaged
            .to_string_lossy()
            .ends_with("aloud.db.corrupt-20261102T090000Z"));
        assert!(
            recovery.message().contains("2026-11-01 08:00 UTC"),
            "{}",
            recovery.message()
        );
        assert_eq!(
            t.export_json().unwrap(),
            saved,
            "{how}: the backup's history"
        );
    }
}

#[test]
fn without_a_backup_a_damaged_file_is_kept_and_a_new_history_starts() {
    let dir = tempfile::tempdir().unwrap();
    let (t, _) = open(dir.path(), "2026-11-01T08:00:00Z");
    drop(t);
    damage(&dir.path().join("aloud.db"), "garbage header");
    let clock = Arc::new(FakeClock::new(utc("2026-11-02T09:00:00Z")));
    let (t, recovery) = Tracker::open_or_recover(dir.path(), clock, chrono_tz::UTC).unwrap();
    let recovery = recovery.unwrap();
    assert!(recovery.restored.is_none());
    assert!(recovery.message().contains("new, empty history"));
    assert!(recovery.damaged.exists());
    assert_eq!(
        t.habits().unwrap().len(),
        3,
        "a fresh start with the defaults"
    );
}

#[test]
fn a_newer_database_is_never_recovered_or_touched() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("aloud.db");
    {
        let c = rusqlite::Connection::open(&db).unwrap();
        c.pragma_update(None, "application_id", 0x416C_6F75)
            .unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        c.execute_batch("CREATE TABLE future (x)").unwrap();
    }
    let before = std::fs::read(&db).unwrap();
    let clock = Arc::new(FakeClock::new(utc("2026-11-02T09:00:00Z")));
    let err = Tracker::open_or_recover(dir.path(), clock, chrono_tz::UTC)
        .err()
        .unwrap();
    assert!(matches!(err, CoreError::NewerSchema { .. }), "{err}");
    assert_eq!(std::fs::read(&db).unwrap(), before);
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "nothing added"
    );
}
