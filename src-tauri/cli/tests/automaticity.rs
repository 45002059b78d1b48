//! `aloud check`, `aloud automaticity` and `aloud habit set --prompts` on the real
//! binary: the contract scripts and people rely on, and every refusal leaving the
//! database byte-identical.
mod common;

use chrono::{Duration, NaiveDate};
use common::{refused, DataDir};

fn today() -> NaiveDate {
    chrono::Utc::now()
        .with_timezone(&chrono_tz::Europe::Berlin)
        .date_naive()
}

/// A data dir whose "describe" was practised daily for 16 weeks from `first`,
/// brought in as one import.
fn practised(first: NaiveDate) -> DataDir {
    let d = DataDir::new();
    d.ok(&["habit", "set", "describe", "--days", "daily"]);
    let exported = d.json(&["export", "--format", "json"]);
    let mut doc = exported.clone();
    let entries: Vec<serde_json::Value> = (0..112)
        .map(|n| {
            let date = first + Duration::days(n);
            serde_json::json!({
                "habit": "describe", "date": date.to_string(),
                "logged_at": format!("{date}T08:00:00Z"), "source": "cli"
            })
        })
        .collect();
    doc["entries"] = serde_json::Value::Array(entries);
    let file = d.file("practice.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    d.ok(&["import", file.to_str().unwrap()]);
    d
}

#[test]
fn checks_on_a_rising_curve_give_a_fit_and_the_contract_s_fields() {
    let first = NaiveDate::from_ymd_opt(2026, 1, 5).unwrap();
    let d = practised(first);
    // Weekly checks on a = 6, b = 4.5, c = 0.05 (t95 ≈ 54 days), as four answers
    // whose mean is the curve rounded to a quarter.
    for week in 0..12 {
        let day = week * 7 + 3;
        let score = 6.0 - 4.5 * (-0.05 * day as f64).exp();
        let quarters = (score * 4.0).round() as i64;
        let base = quarters / 4;
        let answers: Vec<String> = (0..4)
            .map(|i| (base + i64::from(i < quarters % 4)).to_string())
            .collect();
        let date = (first + Duration::days(day)).to_string();
        d.ok(&[
            "check",
            "describe",
            "--answers",
            &answers.join(","),
            "--date",
            &date,
        ]);
    }
    d.ok(&["check", "interact", "--answers", "3"]);
    let all = d.json(&["automaticity", "--json"]);
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 3, "every active habit");
    let describe = &all[0];
    assert_eq!(describe["habit"], "describe");
    assert_eq!(describe["checks"].as_array().unwrap().len(), 12);
    assert_eq!(describe["checks"][0]["date"], "2026-01-08");
    assert_eq!(describe["checks"][0]["score"], 2.25);
    let fit = &describe["fit"];
    let plateau = fit["plateau"].as_f64().unwrap();
    let rate = fit["rate"].as_f64().unwrap();
    let t95 = fit["days_to_95"].as_f64().unwrap();
    assert!((5.8..=6.2).contains(&plateau), "{fit}");
    assert!((0.04..=0.06).contains(&rate), "{fit}");
    assert!((45.0..=65.0).contains(&t95), "{fit}");
    assert!(fit["percent_of_plateau"].as_f64().unwrap() > 99.0, "{fit}");
    assert!(describe["fit_note"].is_null());
    assert_eq!(describe["prompts"], "full");
    let interact = &all[1];
    assert!(interact["fit"].is_null());
    assert_eq!(interact["fit_reason"], "too-few");
    assert!(
        interact["fit_note"].as_str().unwrap().contains("4 checks"),
        "{interact}"
    );
    assert_eq!(interact["checks"][0]["score"], 3.0);
    // One habit, in words.
    let text = d.ok(&["automaticity", "describe"]);
    assert!(text.starts_with("Describe — consistency "), "{text}");
    assert!(text.contains("  plateau 6."), "{text}");
    assert!(
        text.contains("most people take 18–254 days, median 66"),
        "{text}"
    );
}

#[test]
fn bad_checks_and_stages_are_refused_and_change_nothing() {
    let d = practised(NaiveDate::from_ymd_opt(2026, 1, 5).unwrap());
    d.ok(&[
        "check",
        "describe",
        "--answers",
        "4,4,5,5",
        "--date",
        "2026-02-02",
    ]);
    let tomorrow = (today() + Duration::days(1)).to_string();
    for args in [
        vec!["check", "describe", "--answers", "0,4,4,4"],
        vec!["check", "describe", "--answers", "8"],
        vec!["check", "describe", "--answers", "4,4,4"],
        vec!["check", "describe", "--answers", "4,4,4,4,4"],
        vec!["check", "describe", "--answers", "four"],
        vec!["check", "describe", "--answers", ""],
        vec!["check", "describe"],
        vec!["check", "describe", "--answers", "4", "--date", &tomorrow],
        vec![
            "check",
            "describe",
            "--answers",
            "4",
            "--date",
            "2025-12-31",
        ],
        vec![
            "check",
            "describe",
            "--answers",
            "4",
            "--date",
            "2026-02-30",
        ],
        vec![
            "check",
            "describe",
            "--answers",
            "7,7,7,7",
            "--date",
            "2026-02-02",
        ],
        vec!["check", "nobody", "--answers", "4"],
        vec!["check", "Describe", "--answers", "4"],
        vec!["automaticity", "nobody"],
        vec!["habit", "set", "describe", "--prompts", "loud"],
        vec!["habit", "set", "describe", "--prompts", ""],
        vec!["habit", "set", "describe", "--starter", &"x".repeat(121)],
    ] {
        refused(&d, &args);
    }
    let checks = &d.json(&["automaticity", "describe", "--json"])[0]["checks"];
    assert_eq!(
        checks[0]["answers"],
        serde_json::json!([4, 4, 5, 5]),
        "kept as it was"
    );
}

#[test]
fn today_s_check_can_be_answered_again_and_prompts_show_in_status() {
    let d = DataDir::new();
    d.ok(&["check", "describe", "--answers", "2,2,2,2"]);
    let out = d.ok(&["check", "describe", "--answers", "5"]);
    assert!(
        out.starts_with("Describe: automaticity 5.0 of 7 on "),
        "{out}"
    );
    let view = &d.json(&["automaticity", "describe", "--json"])[0];
    assert_eq!(view["checks"].as_array().unwrap().len(), 1);
    assert_eq!(view["today"], serde_json::json!([5]));
    assert_eq!(view["fit_reason"], "too-few");

    d.ok(&[
        "habit",
        "set",
        "describe",
        "--prompts",
        "quiet",
        "--starter",
        "read one post",
    ]);
    d.ok(&["habit", "set", "interact", "--prompts", "off"]);
    let status = d.json(&["status", "--json"]);
    let stage = |i: usize| status["habits"][i]["prompts"].as_str().unwrap().to_string();
    assert_eq!(
        (stage(0), stage(1), stage(2)),
        ("quiet".into(), "off".into(), "full".into())
    );
    assert_eq!(status["habits"][0]["starter"], "read one post");
    assert!(status["habits"][0]["due"].is_boolean());
    if let Some(next) = status["next_reminder"].as_object() {
        assert_ne!(next["habit"], "describe", "quiet habits pop nothing up");
        assert_ne!(next["habit"], "interact");
    }
    let habits = d.json(&["habits", "--json"]);
    assert_eq!(habits[0]["prompts"], "quiet");
    assert_eq!(habits[0]["prompts_since"], today().to_string());
    d.ok(&[
        "habit",
        "set",
        "describe",
        "--prompts",
        "full",
        "--starter",
        "",
    ]);
    let habits = d.json(&["habits", "--json"]);
    assert!(habits[0].get("starter").is_none(), "{}", habits[0]);
}

#[test]
fn checks_and_stages_travel_in_the_export() {
    let d = DataDir::new();
    d.ok(&["check", "describe", "--answers", "3,4,3,4"]);
    d.ok(&[
        "habit",
        "set",
        "describe",
        "--prompts",
        "quiet",
        "--starter",
        "one post",
    ]);
    let doc = d.json(&["export", "--format", "json"]);
    assert_eq!(doc["version"], 7);
    assert_eq!(
        doc["automaticity_checks"][0]["answers"],
        serde_json::json!([3, 4, 3, 4])
    );
    let file = d.file("aloud.json");
    std::fs::write(&file, doc.to_string()).unwrap();
    let other = DataDir::new();
    other.ok(&["import", file.to_str().unwrap()]);
    let view = &other.json(&["automaticity", "describe", "--json"])[0];
    assert_eq!(view["checks"][0]["score"], 3.5);
    assert_eq!(view["prompts"], "quiet");
    assert_eq!(view["starter"], "one post");
    // A check of a habit the file does not know is refused whole.
    let mut bad = doc.clone();
    bad["automaticity_checks"][0]["habit"] = "nobody".into();
    std::fs::write(&file, bad.to_string()).unwrap();
    refused(&other, &["import", file.to_str().unwrap()]);
    let mut bad = doc;
    bad["automaticity_checks"][0]["answers"] = serde_json::json!([3, 9]);
    std::fs::write(&file, bad.to_string()).unwrap();
    refused(&other, &["import", file.to_str().unwrap()]);
}
