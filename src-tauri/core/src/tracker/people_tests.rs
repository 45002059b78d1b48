//! Naming people on check-ins, renaming, merging and forgetting them, and their
//! journey through export and import.
use super::*;
use crate::clock::FakeClock;
use crate::model::{PersonKind, Source};
use crate::testing::{day, utc};
use chrono::Duration;

fn open(dir: &Path) -> (Tracker, Arc<FakeClock>) {
    let clock = Arc::new(FakeClock::new(utc("2026-11-02T09:00:00Z")));
    let zone = "Europe/Paris".parse::<crate::zone::Zone>().unwrap();
    (Tracker::open(dir, clock.clone(), zone).unwrap(), clock)
}

fn log_with(t: &mut Tracker, habit: &str, date: &str, with: &[&str], note: Option<&str>) {
    t.log(&LogRequest {
        habit,
        date: Some(day(date)),
        note,
        with: Some(with.to_vec()),
        source: Some(Source::Cli),
        ..Default::default()
    })
    .unwrap();
}

fn names(t: &Tracker, habit: &str, date: &str) -> Vec<String> {
    crate::store::entry(t.store().read(), &crate::testing::id(habit), day(date))
        .unwrap()
        .map(|e| e.with)
        .unwrap_or_default()
}

/// Ana on three days, the Lyon plant team and Ana together once.
fn history(t: &mut Tracker, clock: &FakeClock) {
    clock.set(utc("2026-11-20T09:00:00Z"));
    log_with(t, "interact", "2026-11-02", &["Ana"], None);
    log_with(
        t,
        "interact",
        "2026-11-03",
        &["ana "],
        Some("Answered Ana about the audit"),
    );
    log_with(t, "describe", "2026-11-04", &["Ana Lopez"], None);
    log_with(
        t,
        "recognize",
        "2026-11-05",
        &["the Lyon plant team", "Ana"],
        None,
    );
}

#[test]
fn a_name_is_stored_once_with_its_kind_and_linked_in_order() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    let people = t.people().unwrap();
    let listed: Vec<(&str, PersonKind)> =
        people.iter().map(|p| (p.name.as_str(), p.kind)).collect();
    assert_eq!(
        listed,
        [
            ("Ana", PersonKind::Person),
            ("Ana Lopez", PersonKind::Person),
            ("the Lyon plant team", PersonKind::Team)
        ]
    );
    assert_eq!(
        names(&t, "interact", "2026-11-03"),
        ["Ana"],
        "the first spelling is kept"
    );
    assert_eq!(
        names(&t, "recognize", "2026-11-05"),
        ["the Lyon plant team", "Ana"]
    );
    t.log(&LogRequest {
        habit: "recognize",
        date: Some(day("2026-11-05")),
        note: Some("thanks"),
        ..Default::default()
    })
    .unwrap();
    assert_eq!(
        names(&t, "recognize", "2026-11-05"),
        ["the Lyon plant team", "Ana"],
        "a log without names keeps them"
    );
    let status_day = t.status().unwrap();
    let recognize = status_day
        .habits
        .iter()
        .find(|h| h.id.as_str() == "recognize")
        .unwrap();
    assert_eq!(recognize.with_question, "Whom did you recognise?");
    t.undo("interact", Some(day("2026-11-02"))).unwrap();
    let ana = t
        .network()
        .unwrap()
        .people
        .into_iter()
        .find(|p| p.name == "Ana")
        .unwrap();
    assert_eq!(
        (ana.entries, ana.first_seen),
        (2, Some(day("2026-11-03"))),
        "an undone day names no one"
    );
}

#[test]
fn bad_names_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    let before = t.export_json().unwrap();
    let long = "x".repeat(200);
    let eleven: Vec<String> = (0..11).map(|i| format!("P{i}")).collect();
    let eleven: Vec<&str> = eleven.iter().map(String::as_str).collect();
    for bad in [
        vec![""],
        vec!["  "],
        vec![long.as_str()],
        vec!["a\nb"],
        eleven,
    ] {
        let refused = t.log(&LogRequest {
            habit: "describe",
            with: Some(bad.clone()),
            ..Default::default()
        });
        assert!(refused.is_err(), "{bad:?} accepted");
    }
    assert!(t.rename_person("Nobody", "Someone").is_err());
    assert!(t.rename_person("Ana", "").is_err());
    assert!(t.rename_person("Ana", &long).is_err());
    assert!(
        t.rename_person("Ana", "Ana Lopez").is_err(),
        "onto another name is a merge"
    );
    assert!(t.merge_people("Ana", "Nobody").is_err());
    assert!(t.merge_people("Ana", "ANA").is_err());
    assert!(t.set_person_kind("Ana", "robot").is_err());
    assert!(t.forget_person("Nobody", false).is_err());
    assert_eq!(t.export_json().unwrap(), before);
}

#[test]
fn rename_and_merge_are_idempotent_and_keep_every_link() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    let renamed = t.rename_person("ana lopez", "Ana López").unwrap();
    assert_eq!(
        (renamed.name.as_str(), renamed.changed, renamed.entries),
        ("Ana López", true, 1)
    );
    let again = t.rename_person("Ana Lopez", "Ana López").unwrap();
    assert_eq!(
        (again.changed, again.entries),
        (false, 1),
        "renaming twice changes nothing"
    );
    assert_eq!(names(&t, "describe", "2026-11-04"), ["Ana López"]);

    let merged = t.merge_people("Ana", "Ana López").unwrap();
    assert_eq!(
        (merged.changed, merged.entries),
        (true, 4),
        "every check-in of both"
    );
    let once_more = t.merge_people("Ana", "Ana López").unwrap();
    assert_eq!((once_more.changed, once_more.entries), (false, 4));
    for (habit, date) in [
        ("interact", "2026-11-02"),
        ("interact", "2026-11-03"),
        ("describe", "2026-11-04"),
    ] {
        assert_eq!(names(&t, habit, date), ["Ana López"], "{habit} {date}");
    }
    assert_eq!(
        names(&t, "recognize", "2026-11-05"),
        ["the Lyon plant team", "Ana López"]
    );
    // An entry naming both keeps one link.
    log_with(&mut t, "describe", "2026-11-06", &["Bo", "Ana López"], None);
    log_with(&mut t, "interact", "2026-11-06", &["Bo"], None);
    t.merge_people("Bo", "Ana López").unwrap();
    assert_eq!(names(&t, "describe", "2026-11-06"), ["Ana López"]);
    assert_eq!(names(&t, "interact", "2026-11-06"), ["Ana López"]);
    let kinds: Vec<String> = t.people().unwrap().into_iter().map(|p| p.name).collect();
    assert_eq!(kinds, ["Ana López", "the Lyon plant team"]);
    assert_eq!(
        t.set_person_kind("ana lópez", "team").unwrap().kind,
        PersonKind::Team
    );
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn files_with(dir: &Path, needle: &str) -> Vec<std::path::PathBuf> {
    let mut found = Vec::new();
    for entry in walk(dir) {
        if contains(&std::fs::read(&entry).unwrap(), needle) {
            found.push(entry);
        }
    }
    found
}

fn walk(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for e in std::fs::read_dir(dir).unwrap() {
        let path = e.unwrap().path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

#[test]
fn a_forgotten_name_leaves_no_bytes_in_the_database_or_the_backups() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    log_with(
        &mut t,
        "describe",
        "2026-11-06",
        &["Zebulon Quarry"],
        Some("Met Zebulon Quarry"),
    );
    let backup = t.store().backup(t.now(), "test").unwrap();
    clock.advance(Duration::seconds(5));
    log_with(
        &mut t,
        "interact",
        "2026-11-07",
        &["zebulon quarry", "Ana"],
        None,
    );
    assert!(!files_with(dir.path(), "Zebulon Quarry").is_empty());

    let kept = t.forget_person("Zebulon Quarry", false).unwrap();
    assert_eq!(
        (kept.entries, kept.notes, kept.backups, kept.purged),
        (2, 1, 0, true)
    );
    let db = std::fs::read(t.store().path()).unwrap();
    assert!(!contains(&db, "Zebulon Quarry") && !contains(&db, "zebulon quarry"));
    assert_eq!(
        files_with(dir.path(), "Zebulon Quarry"),
        std::slice::from_ref(&backup),
        "only the backup still has it"
    );
    assert_eq!(names(&t, "interact", "2026-11-07"), ["Ana"]);
    assert_eq!(
        names(&t, "describe", "2026-11-06"),
        Vec::<String>::new(),
        "the check-in stays"
    );
    let note = crate::store::entry(
        t.store().read(),
        &crate::testing::id("describe"),
        day("2026-11-06"),
    )
    .unwrap()
    .unwrap()
    .note;
    assert_eq!(note.as_deref(), Some("Met [forgotten]"));

    log_with(&mut t, "describe", "2026-11-08", &["Zebulon Quarry"], None);
    let all = t.forget_person("zebulon QUARRY", true).unwrap();
    assert_eq!((all.entries, all.backups), (1, 1));
    assert!(
        files_with(dir.path(), "Zebulon Quarry").is_empty(),
        "gone from every file"
    );
    assert!(files_with(dir.path(), "zebulon quarry").is_empty());
    // The backup is still a sound database with the rest of the history.
    let restored = rusqlite::Connection::open(&backup).unwrap();
    let n: i64 = restored
        .query_row("SELECT count(*) FROM entry_people", [], |r| r.get(0))
        .unwrap();
    assert_eq!(n, 5);
    assert!(!t.export_json().unwrap().contains("Zebulon"));
}

#[test]
fn forgetting_a_former_name_keeps_the_person_and_their_check_ins() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    t.merge_people("Ana Lopez", "Ana").unwrap();
    let f = t.forget_person("ana lopez", false).unwrap();
    assert_eq!((f.name.as_str(), f.entries), ("ana lopez", 0));
    assert_eq!(names(&t, "describe", "2026-11-04"), ["Ana"]);
    assert!(!contains(
        &std::fs::read(t.store().path()).unwrap(),
        "Ana Lopez"
    ));
    assert!(
        t.merge_people("Ana Lopez", "Ana").is_err(),
        "forgotten, so unknown now"
    );
    let whole = t.forget_person("Ana", false).unwrap();
    assert_eq!(whole.entries, 4);
    assert_eq!(names(&t, "describe", "2026-11-04"), Vec::<String>::new());
}

#[test]
fn names_travel_through_export_and_import_byte_for_byte() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    t.set_person_kind("Ana Lopez", "team").unwrap();
    let exported = t.export_json().unwrap();
    assert!(exported.contains("\"version\": 7"));
    assert!(exported.contains("\"people\": ["));
    let other = tempfile::tempdir().unwrap();
    let (mut u, _) = open(other.path());
    let summary = u.import_json(&exported).unwrap();
    assert_eq!((summary.people, summary.entries), (3, 4));
    assert_eq!(u.export_json().unwrap(), exported);
    u.import_json(&exported).unwrap();
    assert_eq!(
        u.export_json().unwrap(),
        exported,
        "importing twice changes nothing"
    );

    let empty = tempfile::tempdir().unwrap();
    let (e, _) = open(empty.path());
    assert!(
        !e.export_json().unwrap().contains("people"),
        "no names, no people field"
    );
    for bad in [
        exported.replace("\"Ana Lopez\"", "\"\""),
        exported.replace("\"Ana Lopez\"", &format!("\"{}\"", "y".repeat(200))),
        exported.replace("\"kind\": \"team\"", "\"kind\": \"robot\""),
    ] {
        let before = u.export_json().unwrap();
        assert!(u.import_json(&bad).is_err());
        assert_eq!(u.export_json().unwrap(), before);
    }
}

#[test]
fn older_exports_still_import_and_keep_the_names_already_stored() {
    let dir = tempfile::tempdir().unwrap();
    let (mut t, clock) = open(dir.path());
    history(&mut t, &clock);
    let v4 = t.export_json().unwrap();
    let entry_v1 = r#"{"habit": "interact", "date": "2026-11-03", "logged_at": "2026-11-03T09:00:00Z", "source": "cli", "note": "from an old file"}"#;
    let v1 = format!(
        r#"{{"format": "aloud-export", "version": 1, "habits": [], "entries": [{entry_v1}], "skips": [], "pauses": [], "settings": {{}}}}"#
    );
    let v2 = v1.replace("\"version\": 1", "\"version\": 2").replace(
        "\"settings\": {}",
        "\"settings\": {}, \"benefit_checks\": [], \"assessments\": []",
    );
    let v3 = v2.replace("\"version\": 2", "\"version\": 3").replace(
        "\"assessments\": []",
        "\"assessments\": [], \"links\": [], \"ideas\": {}",
    );
    for (version, text) in [(1, &v1), (2, &v2), (3, &v3)] {
        let summary = t
            .import_json(text)
            .unwrap_or_else(|e| panic!("v{version}: {e}"));
        assert_eq!(summary.entries, 1);
        assert_eq!(
            names(&t, "interact", "2026-11-03"),
            ["Ana"],
            "v{version} keeps the names"
        );
    }
    let fresh = tempfile::tempdir().unwrap();
    let (mut f, _) = open(fresh.path());
    f.import_json(&v1).unwrap();
    assert!(f.people().unwrap().is_empty());
    assert!(!v4.contains("from an old file"));
}
