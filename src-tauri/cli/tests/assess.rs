//! `aloud assess` with the real binary: asked interactively, given as --answers,
//! listed with --history; bad answers exit 2 and store nothing.
mod common;

use common::{refused, DataDir};

fn answers(values: &[u8]) -> String {
    values
        .iter()
        .map(u8::to_string)
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn attempts_are_recorded_scored_and_listed_in_order() {
    let d = DataDir::new();
    assert!(d
        .ok(&["assess", "--history"])
        .contains("No self-assessment yet"));
    let said = d.ok(&["assess", "--answers", &answers(&[3; 20])]);
    assert!(said.contains("50.0  Think networks"), "{said}");
    // Every statement 4 but Listen and engage's (items 9–12: 2, 2, 2 and a reversed 4).
    let mut second = [4; 20];
    second[3] = 2;
    second[7] = 2;
    second[15] = 2;
    second[19] = 2;
    second[8..12].copy_from_slice(&[2, 2, 2, 4]);
    let attempt = d.json(&["assess", "--answers", &answers(&second), "--json"]);
    assert_eq!(attempt["scores"]["mindsets"][2]["mindset"], "listen_engage");
    assert_eq!(attempt["scores"]["mindsets"][2]["score"], 25.0);
    assert_eq!(attempt["scores"]["mindsets"][0]["score"], 75.0);
    second[0] = 5; // a different third attempt (the same answers in the same second are one)
    let said = d.ok(&["assess", "--answers", &answers(&second)]);
    assert!(
        said.contains("To grow \"Listen and engage others\""),
        "{said}"
    );

    let history = d.json(&["assess", "--history", "--json"]);
    let history = history.as_array().unwrap();
    assert_eq!(history.len(), 3);
    assert_eq!(history[0]["scores"]["overall"], 50.0);
    assert_eq!(history[1]["answers"].as_array().unwrap().len(), 20);
    assert!(history[0]["taken_at"].as_str() <= history[2]["taken_at"].as_str());
    assert!(d.ok(&["assess", "--history"]).lines().count() == 4);
}

#[test]
fn the_statements_are_asked_one_by_one_on_the_terminal() {
    let d = DataDir::new();
    let typed = format!("9\n{}", "5\n".repeat(20));
    let out = d.cmd(&["assess"]).write_stdin(typed).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let shown = String::from_utf8(out.stdout).unwrap();
    assert!(shown.contains(" 1/20  In the last two weeks I"), "{shown}");
    assert!(shown.contains("Type a number from 1 to 5"));
    assert!(shown.contains("75.0  overall"), "{shown}");
    assert_eq!(
        d.json(&["assess", "--history", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}

#[test]
fn bad_answers_exit_2_and_store_nothing() {
    let d = DataDir::new();
    d.ok(&["assess", "--answers", &answers(&[3; 20])]);
    let mut six = [3; 20];
    six[19] = 6;
    let nineteen = answers(&[3; 19]);
    let full = answers(&[3; 20]);
    for args in [
        vec!["assess", "--answers", &nineteen],
        vec!["assess", "--answers", &answers(&six)],
        vec![
            "assess",
            "--answers",
            "3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,3,x",
        ],
        vec!["assess", "--answers", ""],
        vec!["assess", "--answers", &full, "--history"],
    ] {
        refused(&d, &args);
    }
    // Stopping part-way through the questions: exit 2, nothing saved.
    let before = d.db();
    for typed in ["3\n3\nq\n", "4\n4\n4\n"] {
        let out = d.cmd(&["assess"]).write_stdin(typed).output().unwrap();
        assert_eq!(out.status.code(), Some(2));
        assert!(String::from_utf8_lossy(&out.stderr).contains("nothing was saved"));
    }
    assert_eq!(d.db(), before);
    assert_eq!(
        d.json(&["assess", "--history", "--json"])
            .as_array()
            .unwrap()
            .len(),
        1
    );
}
