//! The real `aloud` binary fed arbitrary arguments (unicode, huge, empty, SQL-looking):
//! it never panics or dies of a signal; it succeeds, or exits 2 with one line on
//! stderr and the database exactly as it was.
mod common;

use common::DataDir;
use proptest::prelude::*;
use std::fs;

fn nasty() -> impl Strategy<Value = String> {
    prop_oneof![
        "\\PC{0,40}",
        "[a-z0-9 ,:-]{0,12}",
        Just(String::new()),
        Just("'); DROP TABLE entries; --".to_string()),
        Just("x".repeat(5_000)),
        Just("🙂".repeat(300)),
        Just("--help-me".to_string()),
        Just("-1".to_string()),
        Just("99999999999999999999".to_string()),
        Just("2026-02-30".to_string()),
    ]
}

fn check(d: &DataDir, args: &[&str]) {
    let before = fs::read(d.path.join("aloud.db")).unwrap();
    let out = d.cmd(args).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    match out.status.code() {
        Some(0) => {}
        Some(2) => {
            assert_eq!(stderr.lines().count(), 1, "{args:?}: {stderr}");
            assert!(stderr.starts_with("aloud: "), "{stderr}");
            assert_eq!(
                fs::read(d.path.join("aloud.db")).unwrap(),
                before,
                "{args:?} wrote"
            );
        }
        other => panic!("{args:?} ended with {other:?}: {stderr}"),
    }
}

proptest! {
    // Fewer on Windows: each of the 18 commands a case runs is a Wine process start
    // there (a third of a second); the parsing is the same code Linux runs 24 times.
    #![proptest_config(ProptestConfig { cases: if cfg!(windows) { 6 } else { 24 }, ..ProptestConfig::default() })]

    #[test]
    fn every_subcommand_takes_any_argument_safely(a in nasty(), b in nasty()) {
        let d = DataDir::new();
        d.ok(&["status"]);
        let cases: Vec<Vec<&str>> = vec![
            vec!["log", &a, "--note", &b],
            vec!["log", "describe", "--note", &a, "--minutes", &b],
            vec!["log", "describe", "--need", &a, "--date", &b],
            vec!["skip", &a],
            vec!["undo", "describe", "--date", &a],
            vec!["history", "--from", &a, "--to", &b],
            vec!["habit", "set", &a, "--name", &b],
            vec!["habit", "set", "interact", "--time", &a, "--days", &b],
            vec!["habit", "set", "interact", "--prompt", &a, "--trigger", &b],
            vec!["habit", "add", &a, "--name", &b, "--trigger", &b, "--time", &a],
            vec!["pause", "--for", &a],
            vec!["pause", "--until", &a],
            vec!["config", &a, &b],
            vec!["config", "snooze", &a],
            vec!["review", "--rating", &a, "--responses", &b],
            vec!["assess", "--answers", &a],
            vec!["restore", &a],
            vec![&a, &b],
        ];
        for args in &cases {
            check(&d, args);
        }
    }
}
