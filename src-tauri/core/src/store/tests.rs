use super::*;
use crate::model::{HabitId, Source};
use chrono::NaiveDate;
use std::fs;

const V1_FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/v1.db");

fn now() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2026-11-25T09:00:00Z")
        .unwrap()
        .with_timezone(&Utc)
}

fn day(s: &str) -> NaiveDate {
    NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
}

#[test]
fn a_new_database_is_private_and_at_the_latest_version() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data, now()).unwrap();
    assert!(store.was_created());
    assert_eq!(
        migrations::user_version(store.read()).unwrap(),
        SCHEMA_VERSION
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        assert_eq!(mode(store.path()), 0o600);
    }
    let journal: String = store
        .read()
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(journal, "wal");
    let fk: i64 = store
        .read()
        .query_row("PRAGMA foreign_keys", [], |r| r.get(0))
        .unwrap();
    assert_eq!(fk, 1);
}

#[test]
fn the_v1_fixture_migrates_with_every_row_intact_and_a_backup_first() {
    let dir = tempfile::tempdir().unwrap();
    fs::copy(V1_FIXTURE, dir.path().join(DB_FILE)).unwrap();
    let store = Store::open(dir.path(), now()).unwrap();
    assert!(!store.was_created());
    let conn = store.read();
    assert_eq!(migrations::user_version(conn).unwrap(), SCHEMA_VERSION);

    let habits = habits(conn).unwrap();
    let ids: Vec<&str> = habits.iter().map(|h| h.id.as_str()).collect();
    assert_eq!(ids, ["describe", "interact", "recognize", "read-1"]);
    let read = &habits[3];
    assert_eq!(
        (read.time.to_string().as_str(), read.enabled, read.archived),
        ("15:00", false, true)
    );

    let all = entries(conn, FIRST_DAY, LAST_DAY).unwrap();
    assert_eq!(all.len(), 5);
    let first = &all[0];
    assert_eq!(first.habit.as_str(), "describe");
    assert_eq!(first.date, day("2025-01-06"));
    assert_eq!(first.logged_at.timestamp(), 1_736_150_400);
    assert_eq!(first.source, Source::Cli);
    assert_eq!(first.note.as_deref(), Some("First post, from the café"));
    assert_eq!(first.minutes, Some(10));
    assert_eq!(first.need, None, "the v2 column starts empty");
    let unicode = all.iter().find(|e| e.habit.as_str() == "read-1").unwrap();
    assert_eq!(unicode.note.as_deref(), Some("ünïcödé ✓"));
    assert_eq!(unicode.minutes, Some(240));
    let quoted = all
        .iter()
        .find(|e| e.habit.as_str() == "recognize")
        .unwrap();
    assert_eq!(
        quoted.note.as_deref(),
        Some("Thanked the \"platform\" team, twice")
    );

    let skips = skips(conn, FIRST_DAY, LAST_DAY).unwrap();
    assert_eq!(skips.len(), 1);
    assert_eq!(
        (skips[0].habit.as_str(), skips[0].date),
        ("interact", day("2025-01-07"))
    );
    assert!(
        habits
            .iter()
            .all(|h| h.prompts == crate::model::PromptStage::Full
                && h.prompts_since.is_none()
                && h.starter.is_none()),
        "v9: every habit keeps its full reminders"
    );
    assert!(checks(conn).unwrap().is_empty());
    assert_eq!(pauses(conn).unwrap().len(), 1);
    assert_eq!(setting(conn, "snooze").unwrap().as_deref(), Some("15m"));
    assert_eq!(
        setting(conn, "timezone").unwrap().as_deref(),
        Some("Europe/Berlin")
    );

    let backups = list_backups(&dir.path().join(BACKUP_DIR)).unwrap();
    assert_eq!(backups.len(), 1, "one backup before migrating");
    let old = Connection::open(&backups[0]).unwrap();
    assert_eq!(
        migrations::user_version(&old).unwrap(),
        1,
        "the backup is the v1 file"
    );
}

#[test]
fn a_newer_schema_is_refused_and_left_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    drop(Store::open(dir.path(), now()).unwrap());
    let path = dir.path().join(DB_FILE);
    {
        let conn = Connection::open(&path).unwrap();
        conn.pragma_update(None, "journal_mode", "DELETE").unwrap();
        conn.pragma_update(None, "user_version", SCHEMA_VERSION + 5)
            .unwrap();
    }
    let before = fs::read(&path).unwrap();
    let err = Store::open(dir.path(), now()).err().expect("refused");
    assert!(
        matches!(err, CoreError::NewerSchema { found, .. } if found == SCHEMA_VERSION + 5),
        "{err}"
    );
    assert!(err.to_string().contains("newer version of Aloud"), "{err}");
    assert_eq!(fs::read(&path).unwrap(), before);
    assert!(!dir.path().join("aloud.db-wal").exists());
}

#[test]
fn damaged_or_foreign_files_are_refused_untouched() {
    let cases: Vec<(&str, Vec<u8>)> = vec![
        (
            "garbage",
            b"this is not a database at all, just some text that is long enough".repeat(100),
        ),
        (
            "truncated header",
            fs::read(V1_FIXTURE).unwrap()[..50].to_vec(),
        ),
    ];
    for (name, bytes) in cases {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join(DB_FILE);
        fs::write(&path, &bytes).unwrap();
        let err = Store::open(dir.path(), now())
            .err()
            .unwrap_or_else(|| panic!("{name} accepted"));
        assert_eq!(err.kind(), crate::ErrorKind::Corrupt, "{name}: {err}");
        assert_eq!(fs::read(&path).unwrap(), bytes, "{name} changed");
    }
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(DB_FILE);
    Connection::open(&path)
        .unwrap()
        .execute_batch("CREATE TABLE notes (x TEXT);")
        .unwrap();
    let err = Store::open(dir.path(), now())
        .err()
        .expect("foreign database accepted");
    assert!(err.to_string().contains("not an Aloud database"), "{err}");
}

#[test]
fn a_failed_write_rolls_back_every_row() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), now()).unwrap();
    let habit = crate::defaults::default_habits(
        day("2026-11-02"),
        crate::testing::utc("2026-11-02T08:00:00Z"),
        crate::i18n::Catalogue::get(crate::i18n::Language::En),
    )
    .remove(0);
    store.write(|c| put_habit(c, &habit)).unwrap();
    let result: Result<()> = store.write(|c| {
        put_setting(c, "snooze", "5m")?;
        Err(CoreError::invalid("stop halfway"))
    });
    assert!(result.is_err());
    assert_eq!(setting(store.read(), "snooze").unwrap(), None);
    assert_eq!(habits(store.read()).unwrap(), vec![habit]);
}

#[test]
fn an_entry_for_an_unknown_habit_violates_the_foreign_key() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(dir.path(), now()).unwrap();
    let ghost = crate::model::Entry {
        habit: HabitId::parse("ghost").unwrap(),
        date: day("2026-11-02"),
        logged_at: now(),
        source: Source::Cli,
        note: None,
        minutes: None,
        need: None,
        with: Vec::new(),
    };
    assert!(store.write(|c| put_entry(c, &ghost)).is_err());
}

#[test]
fn backups_keep_only_the_newest_few() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), now()).unwrap();
    for i in 0..(BACKUPS_KEPT + 3) {
        store
            .backup(now() + chrono::Duration::days(i as i64), "daily")
            .unwrap();
    }
    let kept = list_backups(&dir.path().join(BACKUP_DIR)).unwrap();
    assert_eq!(kept.len(), BACKUPS_KEPT);
    assert!(
        kept[0].to_string_lossy().contains("20261204"),
        "{:?}",
        kept[0]
    );
}

#[test]
fn automaticity_answers_are_checked_by_the_schema_too() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path(), now()).unwrap();
    let conn = store.read();
    put_habit(conn, &crate::testing::habit("read", "08:00", "daily")).unwrap();
    for bad in ["0", "8", "123", "12345", "", "4a"] {
        let wrote = conn.execute(
            "INSERT INTO automaticity_checks (habit_id, day, answers, recorded_at) VALUES ('read', '2026-01-05', ?1, 0)",
            [bad],
        );
        assert!(wrote.is_err(), "{bad:?} stored");
    }
    let stage = conn.execute("UPDATE habits SET prompts = 'loud'", []);
    assert!(stage.is_err());
    for bad in [
        "UPDATE habits SET anchor = 'noon'",
        "UPDATE habits SET lead_minutes = 61",
        "UPDATE habits SET lead_minutes = -1",
    ] {
        assert!(conn.execute(bad, []).is_err(), "{bad}");
    }
}

/// The frozen file of schema version `v` (see tools/make-fixtures.py).
fn fixture(v: i64) -> String {
    format!("{}/tests/fixtures/v{v}.db", env!("CARGO_MANIFEST_DIR"))
}

/// Every version that shipped has its frozen file, and each migrates to the latest
/// with the rows of every version up to its own intact and readable.
#[test]
fn every_older_schema_version_migrates_with_its_rows_intact() {
    for v in 1..SCHEMA_VERSION {
        let dir = tempfile::tempdir().unwrap();
        let path = fixture(v);
        assert!(
            std::path::Path::new(&path).exists(),
            "no frozen v{v}.db: run tools/make-fixtures.py {v} when v{} is added",
            v + 1
        );
        fs::copy(&path, dir.path().join(DB_FILE)).unwrap();
        let store = Store::open(dir.path(), now()).unwrap();
        let conn = store.read();
        assert_eq!(
            migrations::user_version(conn).unwrap(),
            SCHEMA_VERSION,
            "v{v}"
        );
        let habits = habits(conn).unwrap();
        assert_eq!(habits.len(), 4, "v{v}");
        let entries = entries(conn, FIRST_DAY, LAST_DAY).unwrap();
        assert_eq!(entries.len(), 5, "v{v}");
        let describe = &habits[0];
        let first = &entries[0];
        let count = |sql: &str| -> i64 { conn.query_row(sql, [], |r| r.get(0)).unwrap() };
        if v >= 2 {
            assert_eq!(first.need, Some(crate::model::Need::Belonging), "v{v}");
            assert_eq!(count("SELECT count(*) FROM reminders"), 1, "v{v}");
            assert_eq!(snoozes(conn).unwrap().len(), 1, "v{v}");
        }
        if v >= 3 {
            assert_eq!(benefit_checks(conn).unwrap()[0].rating, 4, "v{v}");
        }
        if v >= 4 {
            assert_eq!(attempts(conn).unwrap().len(), 1, "v{v}");
            assert!(draft(conn).unwrap().is_some(), "v{v}");
        }
        if v >= 5 {
            assert!(describe.created_at.is_some(), "v{v}");
        }
        if v >= 6 {
            assert_eq!(
                describe.latest.map(|t| t.to_string()).as_deref(),
                Some("10:30")
            );
            assert_eq!(held(conn).unwrap().len(), 1, "v{v}");
        }
        if v >= 7 {
            assert_eq!(links(conn).unwrap()[0].name.as_str(), "LinkedIn", "v{v}");
            assert_eq!(habits[1].link.as_deref(), Some("LinkedIn"), "v{v}");
            assert!(running_checkin(conn).unwrap().is_some(), "v{v}");
            assert_eq!(all_ideas(conn).unwrap()[0].1.len(), 2, "v{v}");
        }
        if v >= 8 {
            assert_eq!(people(conn).unwrap().len(), 2, "v{v}");
            let interact = entries
                .iter()
                .find(|e| e.habit.as_str() == "interact")
                .unwrap();
            assert_eq!(interact.with, ["Ana López"], "v{v}");
        }
        if v >= 9 {
            assert_eq!(checks(conn).unwrap().len(), 2, "v{v}");
            assert_eq!(describe.prompts, crate::model::PromptStage::Quiet, "v{v}");
            assert_eq!(describe.starter.as_deref(), Some("Read one post"), "v{v}");
        } else {
            assert!(habits.iter().all(|h| h.prompts.is_full()), "v{v}");
        }
        if v >= 10 {
            assert!(wrap_up_shown(conn).unwrap(), "v{v}");
        } else if v >= 7 {
            // v10: a check-in running before knows of no wrap-up shown yet.
            assert!(!wrap_up_shown(conn).unwrap(), "v{v}");
        }
        if v >= 11 {
            assert_eq!(day_marks(conn).unwrap().len(), 4, "v{v}");
            assert!(away_since(conn).unwrap().is_some(), "v{v}");
        } else {
            // v11: nothing learned of the person's day yet.
            assert!(day_marks(conn).unwrap().is_empty(), "v{v}");
        }
        if v >= 12 {
            assert_eq!(describe.anchor, crate::model::Anchor::Lunch, "v{v}");
            assert_eq!(describe.lead.as_minutes(), 15, "v{v}");
            assert_eq!(anchors_declined(conn).unwrap().len(), 1, "v{v}");
        } else {
            // v12: every habit is tied to its time, 10 minutes' lead.
            assert!(
                habits
                    .iter()
                    .all(|h| h.anchor == crate::model::Anchor::Time && h.lead.is_default()),
                "v{v}"
            );
        }
        // v13: no calendar named yet; what was held waited for the person.
        assert!(calendars(conn).unwrap().is_empty(), "v{v}");
        if v >= 6 {
            assert_eq!(
                held(conn).unwrap()[0].waited_for,
                crate::schedule::WaitedFor::Away
            );
        }
        assert_eq!(
            list_backups(&dir.path().join(BACKUP_DIR)).unwrap().len(),
            1,
            "v{v}: one backup before migrating"
        );
    }
}
