//! The real `aloud` binary on temporary data dirs: every subcommand, and every kind
//! of invalid input exiting 2 with one line on stderr and the database unchanged.
mod common;

use assert_cmd::Command;
use common::{refused, DataDir};
use std::fs;

fn today() -> String {
    // The binary reads TZ=Europe/Berlin; compute the same local date here.
    let now = chrono::Utc::now().with_timezone(&chrono_tz::Europe::Berlin);
    now.date_naive().to_string()
}

#[test]
fn log_status_undo_and_skip_work_end_to_end() {
    let d = DataDir::new();
    let status = d.json(&["status", "--json"]);
    assert_eq!(status["habits"].as_array().unwrap().len(), 3);
    assert_eq!(status["timezone"], "Europe/Berlin");
    assert_eq!(status["done"], 0);

    let out = d.ok(&[
        "log",
        "describe",
        "--note",
        "Visited the Lyon team",
        "--minutes",
        "12",
        "--need",
        "belonging",
    ]);
    assert!(out.starts_with("Logged Describe"), "{out}");
    let again = d.ok(&["log", "describe", "--minutes", "14"]);
    assert!(again.starts_with("Updated Describe"), "{again}");
    let history = d.json(&["history", "--json"]);
    let rows = history.as_array().unwrap();
    assert_eq!(rows.len(), 1, "logging twice keeps one entry");
    assert_eq!(rows[0]["note"], "Visited the Lyon team");
    assert_eq!(rows[0]["minutes"], 14);
    assert_eq!(rows[0]["need"], "belonging");
    assert_eq!(rows[0]["source"], "cli");
    assert_eq!(rows[0]["date"], today());

    let status = d.json(&["status", "--json"]);
    let describe = &status["habits"][0];
    assert_eq!(
        (describe["id"].as_str(), describe["state"].as_str()),
        (Some("describe"), Some("done"))
    );
    assert_eq!(describe["need"], "belonging", "today's tag is shown");

    d.ok(&["skip", "interact", "--date", &today()]);
    assert_eq!(
        d.json(&["status", "--json"])["habits"][1]["state"],
        "skipped"
    );
    assert!(d.ok(&["undo", "interact"]).contains("Removed the skip"));
    assert!(d.ok(&["undo", "describe"]).contains("Removed the entry"));
    assert!(d.ok(&["undo", "describe"]).contains("Nothing to undo"));
    assert_eq!(d.json(&["history", "--json"]).as_array().unwrap().len(), 0);
    assert!(d.ok(&["status"]).contains("0 of"));
}

#[test]
fn history_stats_and_habits_report_backfilled_days() {
    let d = DataDir::new();
    d.ok(&["habit", "set", "describe", "--days", "daily"]);
    d.ok(&["log", "describe", "--date", "2026-01-05", "--minutes", "10"]);
    d.ok(&["log", "describe", "--date", "2026-01-06", "--minutes", "5"]);
    d.ok(&["skip", "describe", "--date", "2026-01-07"]);
    d.ok(&["log", "describe", "--date", "2026-01-08"]);
    let rows = d.json(&[
        "history",
        "--from",
        "2026-01-01",
        "--to",
        "2026-01-31",
        "--json",
    ]);
    let kinds: Vec<&str> = rows
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["status"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["done", "done", "skipped", "done"]);
    let stats = d.json(&["stats", "--json"]);
    let describe = &stats[0];
    assert_eq!(describe["habit"], "describe");
    assert_eq!(
        describe["best_streak"], 3,
        "the skip does not break the run"
    );
    assert_eq!(describe["minutes"], 15);
    assert_eq!(describe["done"], 3);
    assert!(d.ok(&["stats"]).contains("describe"));
    let habits = d.json(&["habits", "--json"]);
    assert_eq!(
        habits[0]["days"],
        serde_json::json!(["mon", "tue", "wed", "thu", "fri", "sat", "sun"])
    );
    assert!(d
        .ok(&["history", "--from", "2026-01-01", "--to", "2026-01-31"])
        .contains("2026-01-07  describe"));
}

#[test]
fn habits_can_be_changed_and_added() {
    let d = DataDir::new();
    d.ok(&[
        "habit",
        "set",
        "interact",
        "--time",
        "12:15:30",
        "--days",
        "mon,wed,fri",
        "--name",
        "Reply",
        "--enabled",
        "false",
    ]);
    let h = &d.json(&["habits", "--json"])[1];
    assert_eq!(
        (
            h["time"].as_str(),
            h["name"].as_str(),
            h["enabled"].as_bool()
        ),
        (Some("12:15:30"), Some("Reply"), Some(false))
    );
    assert_eq!(h["days"], serde_json::json!(["mon", "wed", "fri"]));
    d.ok(&[
        "habit",
        "add",
        "read",
        "--name",
        "Read a thread",
        "--trigger",
        "the 3pm call ends",
        "--time",
        "15:05",
        "--days",
        "weekdays",
        "--prompt",
        "Read one long thread to the end.",
    ]);
    let habits = d.json(&["habits", "--json"]);
    assert_eq!(habits.as_array().unwrap().len(), 4);
    assert_eq!(habits[3]["id"], "read");
    assert_eq!(habits[3]["prompt"], "Read one long thread to the end.");
    d.ok(&["log", "read"]);
}

#[test]
fn a_latest_time_and_waiting_while_away_are_set_and_shown() {
    let d = DataDir::new();
    let out = d.ok(&["habit", "set", "describe", "--latest", "10:30"]);
    assert!(out.contains("Updated describe"), "{out}");
    assert_eq!(d.json(&["habits", "--json"])[0]["latest"], "10:30");
    // Not after the time (08:30), not a time at all: refused, nothing changed.
    refused(&d, &["habit", "set", "describe", "--latest", "08:00"]);
    refused(&d, &["habit", "set", "describe", "--latest", "soon"]);
    refused(&d, &["habit", "set", "describe", "--time", "11:00"]);
    d.ok(&["habit", "set", "describe", "--latest", "default"]);
    assert!(d.json(&["habits", "--json"])[0].get("latest").is_none());
    d.ok(&[
        "habit",
        "add",
        "read",
        "--name",
        "Read",
        "--trigger",
        "lunch",
        "--time",
        "13:00",
        "--latest",
        "15:00",
    ]);
    assert_eq!(d.json(&["habits", "--json"])[3]["latest"], "15:00");

    let config = d.json(&["config", "--json"]);
    assert_eq!(config["wait_when_away"], true);
    assert_eq!(config["away_after_secs"], 300);
    d.ok(&["config", "wait_when_away", "off"]);
    d.ok(&["config", "away_after", "12m"]);
    refused(&d, &["config", "away_after", "90m"]);
    refused(&d, &["config", "wait_when_away", "sometimes"]);
    let config = d.json(&["config", "--json"]);
    assert_eq!(
        (
            config["wait_when_away"].as_bool(),
            config["away_after_secs"].as_i64()
        ),
        (Some(false), Some(720))
    );

    // No tray app runs: presence is unknown and nothing is held.
    let status = d.json(&["status", "--json"]);
    assert_eq!(status["presence"], "unknown");
    assert_eq!(status["held"], serde_json::json!([]));
}

#[test]
fn a_benefits_check_is_recorded_and_reviewed() {
    let d = DataDir::new();
    assert!(d.ok(&["review"]).contains("No benefits check recorded yet"));
    let said = d.ok(&["review", "--rating", "2", "--responses", "1"]);
    assert!(said.contains("2 of 5, 1 response."), "{said}");
    let review = d.json(&["review", "--rating", "4", "--responses", "5", "--json"]);
    assert_eq!(
        review["checks"].as_array().unwrap().len(),
        1,
        "same week replaced"
    );
    assert_eq!(review["current"]["rating"], 4);
    assert_eq!(review["current"]["responses"], 5);
    assert_eq!(review["verdict"]["advice"], "too_early");
    d.ok(&["habit", "set", "recognize", "--archived", "true"]);
    let habits = d.json(&["habits", "--json"]);
    assert_eq!(habits[2]["archived"], true);
    assert!(d.json(&["stats", "--json"]).as_array().unwrap().len() == 2);
}

#[test]
fn pause_for_until_and_off() {
    let d = DataDir::new();
    assert!(d.ok(&["pause", "--for", "2h"]).contains("paused until"));
    assert!(d.json(&["status", "--json"])["paused_until"].is_string());
    assert!(d.ok(&["pause", "--off"]).contains("back on"));
    assert!(d.json(&["status", "--json"])["paused_until"].is_null());
    let later = (chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive()
        + chrono::Duration::days(3))
    .to_string();
    assert!(d.ok(&["pause", "--until", &later]).contains("paused until"));
    let until = d.json(&["status", "--json"])["paused_until"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(until.starts_with(&format!("{later}T00:00:00")), "{until}");
}

#[test]
fn export_import_export_through_the_cli_is_identical() {
    let d = DataDir::new();
    d.ok(&[
        "log",
        "describe",
        "--note",
        "Comma, \"quote\" and ünïcode",
        "--minutes",
        "9",
    ]);
    d.ok(&["skip", "recognize"]);
    d.ok(&["review", "--rating", "4", "--responses", "7"]);
    d.ok(&[
        "habit",
        "add",
        "read",
        "--name",
        "Read",
        "--trigger",
        "after lunch",
        "--time",
        "13:00",
    ]);
    let out = d.file("export.json");
    d.ok(&[
        "export",
        "--format",
        "json",
        "--output",
        out.to_str().unwrap(),
    ]);
    let first = fs::read_to_string(&out).unwrap();
    assert_eq!(
        d.ok(&["export", "--format", "json"]),
        first,
        "stdout and file agree"
    );
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }

    let fresh = DataDir::new();
    assert!(fresh
        .ok(&["import", out.to_str().unwrap()])
        .contains("Imported 4 habits, 1 entries, 1 skips"));
    assert_eq!(fresh.ok(&["export", "--format", "json"]), first);

    let csv = d.ok(&["export", "--format", "csv"]);
    let mut lines = csv.lines();
    assert_eq!(
        lines.next(),
        Some("date,habit,logged_at,source,minutes,need,note,with")
    );
    assert!(lines
        .next()
        .unwrap()
        .ends_with(",cli,9,,\"Comma, \"\"quote\"\" and ünïcode\","));
}

#[test]
fn a_habit_is_anchored_to_a_moment_and_says_when_it_comes_and_why() {
    let d = DataDir::new();
    let out = d.ok(&[
        "habit", "set", "interact", "--anchor", "lunch", "--lead", "15m",
    ]);
    assert!(out.contains("[lunch -15m]"), "{out}");
    let interact = &d.json(&["habits", "--json"])[1];
    assert_eq!(
        (
            interact["anchor"].as_str(),
            interact["lead_minutes"].as_u64()
        ),
        (Some("lunch"), Some(15))
    );
    d.ok(&[
        "habit", "set", "describe", "--anchor", "arrival", "--time", "08:00",
    ]);
    d.ok(&[
        "habit",
        "set",
        "recognize",
        "--anchor",
        "leaving",
        "--lead",
        "0",
    ]);
    // Nothing learned yet: their own times, and why, on a workday; a weekend says
    // the times are learned on workdays.
    let workday = !matches!(
        chrono::Utc::now()
            .with_timezone(&chrono_tz::Europe::Berlin)
            .format("%a")
            .to_string()
            .as_str(),
        "Sat" | "Sun"
    );
    d.ok(&["habit", "set", "interact", "--days", "daily"]);
    let status = d.json(&["status", "--json"]);
    let habit = |id: &str| {
        status["habits"]
            .as_array()
            .unwrap()
            .iter()
            .find(|h| h["id"] == id)
            .unwrap()
            .clone()
    };
    let interact = habit("interact");
    assert_eq!(interact["at"], "12:00");
    if workday {
        assert_eq!(
            interact["why"],
            serde_json::json!({"anchor": "lunch", "learning": {"days": 0, "of": 5}})
        );
        assert_eq!(
            interact["why_text"],
            "12:00 until Aloud knows when you usually leave for lunch (learning: 0 of 5 days)"
        );
    } else {
        assert_eq!(
            interact["why"],
            serde_json::json!({"anchor": "lunch", "not_workday": true})
        );
    }
    let describe = habit("describe");
    if workday {
        assert_eq!(describe["at"], "08:00");
        assert_eq!(describe["why"], serde_json::json!({"anchor": "arrival"}));
        assert_eq!(describe["why_text"], "from 08:00, when you first sit down");
        let words = d.ok(&["status"]);
        assert!(
            words.contains("from 08:00, when you first sit down"),
            "{words}"
        );
    }
    // Back to the clock; the lead is kept for another time.
    d.ok(&["habit", "set", "interact", "--anchor", "time"]);
    let interact = &d.json(&["habits", "--json"])[1];
    assert!(interact.get("anchor").is_none(), "{interact}");
    assert_eq!(interact["lead_minutes"], 15);
}

#[test]
fn invalid_input_exits_2_and_changes_nothing() {
    let d = DataDir::new();
    d.ok(&["log", "describe", "--note", "first"]);
    let long_note = "x".repeat(501);
    let future = (chrono::Utc::now().date_naive() + chrono::Duration::days(3)).to_string();
    let cases: Vec<Vec<&str>> = vec![
        vec!["log", "describe", "--note", &long_note],
        vec!["log", "describe", "--note", "two\nlines"],
        vec!["log", "describe", "--minutes", "0"],
        vec!["log", "describe", "--minutes", "241"],
        vec!["log", "describe", "--minutes", "ten"],
        vec!["log", "describe", "--need", "fame"],
        vec!["log", "describe", "--date", "2026-02-30"],
        vec!["log", "describe", "--date", "26-1-1"],
        vec!["log", "describe", "--date", &future],
        vec!["log", "nobody"],
        vec!["log", "Robert'); DROP TABLE entries;--"],
        vec!["log"],
        vec!["undo", "nobody"],
        vec!["skip", "describe"],
        vec!["skip", "interact", "--date", "yesterday"],
        vec!["habit", "set", "interact", "--time", "8:30"],
        vec!["habit", "set", "interact", "--time", "24:00"],
        vec!["habit", "set", "interact", "--time", "12:00:60"],
        vec!["habit", "set", "interact", "--days", "funday"],
        vec!["habit", "set", "interact", "--days", ""],
        vec!["habit", "set", "interact", "--enabled", "maybe"],
        vec!["habit", "set", "interact", "--name", "   "],
        vec!["habit", "set", "interact"],
        vec!["habit", "set", "ghost", "--time", "10:00"],
        vec![
            "habit",
            "add",
            "describe",
            "--name",
            "Again",
            "--trigger",
            "t",
            "--time",
            "10:00",
        ],
        vec![
            "habit",
            "add",
            "Bad Id",
            "--name",
            "X",
            "--trigger",
            "t",
            "--time",
            "10:00",
        ],
        vec!["habit", "add", "new", "--name", "X", "--trigger", "t"],
        vec!["pause"],
        vec!["pause", "--for", "0m"],
        vec!["pause", "--for", "2 hours"],
        vec!["pause", "--for", "2h", "--off"],
        vec!["pause", "--until", "2020-01-01"],
        vec!["pause", "--until", "2099-01-01"],
        vec!["history", "--from", "2026-02-01", "--to", "2026-01-01"],
        vec!["export", "--format", "xml"],
        vec!["import", "/nonexistent/file.json"],
        vec!["review", "--rating", "0", "--responses", "1"],
        vec!["review", "--rating", "6", "--responses", "1"],
        vec!["review", "--rating", "3", "--responses", "-1"],
        vec!["review", "--rating", "3", "--responses", "10000"],
        vec!["review", "--rating", "3"],
        vec!["review", "--responses", "3"],
        vec![
            "review",
            "--rating",
            "3",
            "--responses",
            "1",
            "--date",
            &future,
        ],
        vec!["habit", "set", "interact", "--archived", "soon"],
        vec!["habit", "set", "interact", "--anchor", "noon"],
        vec!["habit", "set", "interact", "--anchor", "Lunch"],
        vec!["habit", "set", "interact", "--anchor", ""],
        vec!["habit", "set", "interact", "--lead", "61m"],
        vec!["habit", "set", "interact", "--lead", "2h"],
        vec!["habit", "set", "interact", "--lead", "90s"],
        vec!["habit", "set", "interact", "--lead", "-5m"],
        vec!["habit", "set", "interact", "--lead", "ten"],
        vec!["frobnicate"],
        vec!["status", "--verbose"],
    ];
    for args in &cases {
        refused(&d, args);
    }
}

#[test]
fn a_bad_import_file_exits_2_and_writes_nothing() {
    let d = DataDir::new();
    d.ok(&["log", "describe"]);
    let good = d.ok(&["export", "--format", "json"]);
    let target = DataDir::new();
    target.ok(&["status"]);
    let mut newer: serde_json::Value = serde_json::from_str(&good).unwrap();
    newer["version"] = (newer["version"].as_u64().unwrap() + 1).into();
    let files = [
        ("malformed.json", "{ this is not json".to_string()),
        ("truncated.json", good[..good.len() - 40].to_string()),
        ("newer.json", newer.to_string()),
        ("other.json", good.replace("aloud-export", "something-else")),
        (
            "bad-record.json",
            good.replace(
                "\"source\": \"cli\"",
                "\"source\": \"cli\", \"minutes\": 500",
            ),
        ),
        (
            "binary.json",
            String::from_utf8_lossy(&[0xff, 0xfe, 0x00]).to_string(),
        ),
    ];
    for (name, body) in files {
        let path = target.file(name);
        fs::write(&path, body).unwrap();
        refused(&target, &["import", path.to_str().unwrap()]);
    }
    assert_eq!(
        target
            .json(&["history", "--json"])
            .as_array()
            .unwrap()
            .len(),
        0
    );
}

#[test]
fn a_newer_database_is_refused_with_exit_1_and_left_alone() {
    let d = DataDir::new();
    d.ok(&["status"]);
    let path = d.path.join("aloud.db");
    {
        let conn = rusqlite::Connection::open(&path).unwrap();
        conn.pragma_update(None, "user_version", 99).unwrap();
    }
    let before = fs::read(&path).unwrap();
    let out = d.cmd(&["log", "describe"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("newer version of Aloud"));
    assert_eq!(fs::read(&path).unwrap(), before);
}

#[test]
fn the_data_dir_comes_from_the_flag_then_the_environment() {
    let tmp = tempfile::tempdir().unwrap();
    let env_dir = tmp.path().join("from-env");
    let mut cmd = Command::cargo_bin("aloud").unwrap();
    cmd.args(["log", "describe"])
        .env("ALOUD_DATA_DIR", &env_dir)
        .env("HOME", tmp.path());
    cmd.assert().success();
    assert!(env_dir.join("aloud.db").exists());
    let flag_dir = tmp.path().join("from-flag");
    let mut cmd = Command::cargo_bin("aloud").unwrap();
    cmd.args(["--data-dir", flag_dir.to_str().unwrap(), "status"])
        .env("ALOUD_DATA_DIR", &env_dir);
    cmd.assert().success();
    assert!(flag_dir.join("aloud.db").exists());
    // The platform's own place last. (On Windows it is the roaming profile's
    // `app.aloud.Aloud`, which no variable moves: tools/windows-scenario checks it
    // in a fresh Wine prefix.)
    #[cfg(unix)]
    {
        let mut cmd = Command::cargo_bin("aloud").unwrap();
        cmd.arg("status")
            .env_remove("ALOUD_DATA_DIR")
            .env("HOME", tmp.path())
            .env_remove("XDG_DATA_HOME");
        cmd.assert().success();
        assert!(tmp
            .path()
            .join(".local/share/app.aloud.Aloud/aloud.db")
            .exists());
    }
}

#[test]
fn a_full_disk_behind_stdout_or_stderr_gives_an_exit_code_not_a_crash() {
    let d = DataDir::new();
    let aloud = |args: &[&str]| {
        let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("aloud"));
        cmd.arg("--data-dir").arg(&d.path).args(args);
        cmd
    };
    let full = || {
        fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .unwrap()
    };
    let out = aloud(&["frobnicate"]).stderr(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(2), "a refusal that cannot be told");
    let out = aloud(&["habits"]).stdout(full()).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    // The system's own words for it.
    let full = if cfg!(windows) {
        "Disk full"
    } else {
        "No space left"
    };
    assert!(
        String::from_utf8_lossy(&out.stderr).contains(full),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// The answers meant for people follow the `language` setting; the JSON does not.
#[test]
fn the_command_line_answers_in_the_persons_language() {
    let d = DataDir::new();
    let english_json = d.ok(&["stats", "--json"]);
    d.ok(&["config", "language", "de"]);
    let logged = d.ok(&["log", "describe", "--minutes", "12", "--need", "help"]);
    assert!(
        logged.starts_with("Describe für ") && logged.contains("(12 Min., gedient: Hilfe)"),
        "{logged}"
    );
    assert!(d.ok(&["history"]).contains("erledigt"));
    let stats = d.ok(&["stats"]);
    assert!(
        stats.starts_with("Gewohnheit  Serie  beste  Beständigkeit"),
        "{stats}"
    );
    let said = d.ok(&["review", "--rating", "2", "--responses", "1"]);
    assert!(said.contains("2 von 5, 1 Reaktion."), "{said}");
    assert!(d.ok(&["review"]).contains("Woche vom"));
    assert!(d.ok(&["backup"]).starts_with("Gesichert nach "));
    assert!(d.ok(&["pause", "--off"]).contains("nicht pausiert"));
    // Refusals too, and a refusal still changes nothing.
    let before = d.db();
    let refused = d
        .cmd(&["habit", "set", "interact", "--name", ""])
        .output()
        .unwrap();
    assert_eq!(refused.status.code(), Some(2));
    let said = String::from_utf8(refused.stderr).unwrap();
    assert_eq!(said, "aloud: der Name darf nicht leer sein\n");
    // The arguments are checked before any setting is read: the desktop's language.
    let mut early = d.cmd(&["log", "interact", "--minutes", "999"]);
    let early = early.env("LANG", "fr_FR.UTF-8").output().unwrap();
    assert_eq!(early.status.code(), Some(2));
    let said = String::from_utf8(early.stderr).unwrap();
    assert!(
        said.contains("les minutes doivent être un nombre entier de 1 à 240"),
        "{said}"
    );
    assert_eq!(d.db(), before);
    d.ok(&["config", "language", "fr"]);
    let undone = d.ok(&["undo", "describe"]);
    assert!(undone.starts_with("Entrée de describe du "), "{undone}");
    assert!(d.ok(&["links"]).contains("Pas encore de lien"));
    // Machine output is the same words on every desktop.
    d.ok(&["log", "describe", "--minutes", "12", "--need", "help"]);
    d.ok(&["undo", "describe"]);
    assert_eq!(d.ok(&["stats", "--json"]), english_json);
}
