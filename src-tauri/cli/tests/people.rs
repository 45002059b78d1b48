//! `aloud log --with` and every `aloud people` subcommand on the real binary; bad
//! names exit 2 with the database unchanged.
mod common;
use common::{refused, DataDir};
use serde_json::Value;

fn person<'a>(view: &'a Value, name: &str) -> &'a Value {
    view["people"]
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["name"] == name)
        .unwrap_or_else(|| panic!("{name} is not listed: {view}"))
}

fn names(view: &Value) -> Vec<String> {
    view["people"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap().to_string())
        .collect()
}

#[test]
fn people_are_named_listed_renamed_merged_kinded_and_forgotten() {
    let d = DataDir::new();
    assert!(d.ok(&["people"]).starts_with("No one named yet."));
    let logged = d.ok(&[
        "log",
        "recognize",
        "--with",
        "the Lyon plant team",
        "--with",
        "our new controller",
    ]);
    assert!(
        logged.contains("with the Lyon plant team, our new controller"),
        "{logged}"
    );
    d.ok(&[
        "log",
        "interact",
        "--with",
        "Ana",
        "--note",
        "Answered Ana's question",
    ]);
    d.ok(&[
        "log",
        "describe",
        "--date",
        "2020-03-02",
        "--with",
        "Ana Lopez",
    ]);

    let view = d.json(&["people", "--json"]);
    assert_eq!(
        names(&view),
        [
            "Ana",
            "Ana Lopez",
            "our new controller",
            "the Lyon plant team"
        ]
    );
    assert_eq!(
        (view["reached"].as_u64(), view["new"].as_u64()),
        (Some(3), Some(3))
    );
    let team = person(&view, "the Lyon plant team");
    assert_eq!(team["kind"], "team");
    assert_eq!(team["by_habit"]["recognize"], 1);
    assert_eq!(team["last_recognised"], team["last_seen"]);
    assert_eq!(person(&view, "our new controller")["kind"], "person");
    assert_eq!(person(&view, "Ana Lopez")["first_seen"], "2020-03-02");
    assert_eq!(view["months"].as_array().unwrap().len(), 12);
    let human = d.ok(&["people"]);
    assert!(
        human.contains("3 people and teams reached, 3 new"),
        "{human}"
    );
    assert!(human.contains("the Lyon plant team"), "{human}");

    assert!(d
        .ok(&["people", "rename", "ana lopez", "Ana López"])
        .starts_with("Renamed ana lopez to Ana López: 1 check-in names them now."));
    assert!(
        d.ok(&["people", "rename", "Ana Lopez", "Ana López"])
            .starts_with("Nothing to do"),
        "idempotent"
    );
    assert!(d
        .ok(&["people", "merge", "Ana", "Ana López"])
        .contains(": 2 check-ins name them now."));
    assert!(d
        .ok(&["people", "merge", "Ana", "Ana López"])
        .starts_with("Nothing to do"));
    let merged = d.json(&["people", "--json"]);
    assert_eq!(person(&merged, "Ana López")["entries"], 2);
    assert_eq!(
        d.ok(&["people", "kind", "our new controller", "team"])
            .trim(),
        "our new controller is a team now."
    );
    assert_eq!(
        person(&d.json(&["people", "--json"]), "our new controller")["kind"],
        "team"
    );

    d.ok(&["backup"]);
    let forgot = d.ok(&["people", "forget", "Ana López"]);
    assert!(
        forgot.contains("removed from 2 check-ins and 1 note,"),
        "{forgot}"
    );
    assert!(forgot.contains("--from-backups"), "{forgot}");
    let after = d.json(&["people", "--json"]);
    assert_eq!(names(&after), ["our new controller", "the Lyon plant team"]);
    let db = d.db();
    assert!(!db
        .windows("Ana López".len())
        .any(|w| w == "Ana López".as_bytes()));
    let export = d.ok(&["export", "--format", "json"]);
    assert!(!export.contains("Ana López"));
    assert!(
        export.contains("Answered [forgotten]'s question"),
        "the note no longer names her"
    );
    let all = d.ok(&["people", "forget", "the Lyon plant team", "--from-backups"]);
    assert!(all.contains("Removed from 1 backup too."), "{all}");
    let backups = d.path.join("backups");
    for file in std::fs::read_dir(&backups).unwrap() {
        let bytes = std::fs::read(file.unwrap().path()).unwrap();
        assert!(!bytes.windows(10).any(|w| w == b"Lyon plant"));
    }
}

#[test]
fn unknown_empty_and_overlong_names_exit_2_changing_nothing() {
    let d = DataDir::new();
    d.ok(&["log", "recognize", "--with", "Ana", "--with", "Bo"]);
    let long = "x".repeat(200);
    let eleven: Vec<String> = (0..11)
        .flat_map(|i| ["--with".to_string(), format!("P{i}")])
        .collect();
    let mut too_many = vec!["log", "interact"];
    too_many.extend(eleven.iter().map(String::as_str));
    for args in [
        vec!["log", "interact", "--with", ""],
        vec!["log", "interact", "--with", "   "],
        vec!["log", "interact", "--with", &long],
        vec!["log", "interact", "--with", "two\nlines"],
        too_many,
        vec!["people", "rename", "Nobody", "Someone"],
        vec!["people", "rename", "", "Someone"],
        vec!["people", "rename", "Ana", ""],
        vec!["people", "rename", "Ana", &long],
        vec!["people", "rename", &long, "Ana"],
        vec!["people", "rename", "Ana", "Bo"],
        vec!["people", "merge", "Nobody", "Ana"],
        vec!["people", "merge", "Ana", "Nobody"],
        vec!["people", "merge", "Ana", ""],
        vec!["people", "merge", "Ana", &long],
        vec!["people", "merge", "Ana", "ana"],
        vec!["people", "forget", "Nobody"],
        vec!["people", "forget", ""],
        vec!["people", "forget", &long],
        vec!["people", "kind", "Nobody", "team"],
        vec!["people", "kind", "Ana", "robot"],
        vec!["people", "kind", "", "team"],
        vec!["people", "kind", &long, "person"],
        vec!["people", "--json", "forget", "Ana"],
    ] {
        refused(&d, &args);
    }
    assert_eq!(names(&d.json(&["people", "--json"])), ["Ana", "Bo"]);
}
