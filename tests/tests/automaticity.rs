//! Habits that stop needing Aloud, end to end: the weekly check answered in real
//! WebKit with the keyboard alone; a quiet habit popping nothing up at its time but
//! marked due in the tray; two misses bringing the pop-up back.
use aloud_e2e::app::Session;
use aloud_e2e::ui::{
    click, open_dashboard, press, set_value, shift_tab_to, show_panel, tab_to, wait_until, ENTER,
};
use aloud_e2e::wait_for;
use aloud_e2e::webdriver::Driver;
use chrono::{Duration as Days, NaiveDate};
use serde_json::{json, Value};
use std::time::Duration;

const ARROW_RIGHT: &str = "\u{E014}";

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_weekly_check_is_answered_in_review_with_the_keyboard_alone() {
    let s = Session::new(true, true);
    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    // The tabs follow the arrow keys: Today → History → Review.
    shift_tab_to(&client, "#tab-today", 40).await;
    press(&client, ARROW_RIGHT).await;
    press(&client, ARROW_RIGHT).await;
    let first = ".srbai-form[data-habit=describe] input[name=srbai-describe-0]";
    wait_until("the check in Review", || async {
        client
            .execute(
                "return !!document.querySelector(arguments[0]);",
                vec![first.into()],
            )
            .await
            .unwrap()
            == true
    })
    .await;
    // Each statement: Tab into its radio group, then the arrow keys choose.
    for (i, answer) in [6, 5, 6, 7].into_iter().enumerate() {
        let group = format!(".srbai-form[data-habit=describe] input[name=srbai-describe-{i}]");
        tab_to(&client, &group, 80).await;
        press(&client, &ARROW_RIGHT.repeat(answer - 1)).await;
    }
    tab_to(
        &client,
        ".srbai-form[data-habit=describe] button[type=submit]",
        20,
    )
    .await;
    press(&client, ENTER).await;
    wait_until("the check recorded", || async {
        s.json(&["automaticity", "describe", "--json"])[0]["today"] == json!([6, 5, 6, 7])
    })
    .await;
    // Drawn again: the card says the score and shows the point on its curve.
    wait_until("the card redrawn", || async {
        let text = client
            .execute(
                "return document.querySelector('.habit-automaticity[data-habit=describe] .auto-summary').textContent;",
                vec![],
            )
            .await
            .unwrap();
        text.as_str().unwrap_or("").contains("automaticity 6.0 of 7")
    })
    .await;
    let dots = client
        .execute(
            "return document.querySelectorAll('.habit-automaticity[data-habit=describe] circle.check').length;",
            vec![],
        )
        .await
        .unwrap();
    assert_eq!(dots, 1);
}

/// Entries for "describe" and "interact" on each of the `days` days before `today`,
/// except "interact" on the two `missed` days back.
fn practice(today: NaiveDate, days: i64, missed: [i64; 2]) -> Value {
    let mut entries = Vec::new();
    for back in 1..=days {
        let date = today - Days::days(back);
        for habit in ["describe", "interact"] {
            if habit == "interact" && missed.contains(&back) {
                continue;
            }
            entries.push(json!({ "habit": habit, "date": date.to_string(),
                                 "logged_at": format!("{date}T12:00:00Z"), "source": "cli" }));
        }
    }
    Value::Array(entries)
}

/// An export whose "describe" and "interact" are prompted quietly since ten days
/// ago and were done every day since, except interact on two days of the last week.
fn quiet_history(s: &Session) -> Value {
    let today: NaiveDate = s.clock.today();
    let since = today - Days::days(10);
    let mut doc = s.json(&["export", "--format", "json"]);
    for habit in doc["habits"].as_array_mut().unwrap() {
        if habit["id"] == "describe" || habit["id"] == "interact" {
            habit["prompts"] = "quiet".into();
            habit["prompts_since"] = since.to_string().into();
        }
    }
    doc["entries"] = practice(today, 12, [2, 4]);
    doc
}

#[test]
fn a_quiet_habit_is_marked_due_in_the_tray_and_two_misses_bring_the_pop_up_back() {
    let mut s = Session::new(true, true);
    let file = s.home().join("history.json");
    std::fs::write(&file, quiet_history(&s).to_string()).unwrap();
    s.cli_ok(&["import", file.to_str().unwrap()]);
    let interact = &s.json(&["automaticity", "interact", "--json"])[0];
    assert_eq!(interact["prompts"], "full", "{interact}");
    assert_eq!(interact["prompts_chosen"], "quiet");
    assert!(interact["restored"].is_array());
    assert_eq!(
        s.json(&["automaticity", "describe", "--json"])[0]["prompts"],
        "quiet"
    );

    s.launch();
    let tray = s.tray();
    s.menu_item(&tray, "Today:", Duration::from_secs(10));
    let (_, hms) = s.clock.soon(5);
    for habit in ["describe", "interact"] {
        s.cli_ok(&["habit", "set", habit, "--time", &hms]);
    }
    // Interact's misses brought its pop-up back; it comes at its time and says why.
    let back = wait_for("the interact pop-up", Duration::from_secs(20), || {
        s.desktop
            .notifications()
            .into_iter()
            .find(|n| n.summary.starts_with("Interact"))
    });
    assert!(
        back.body.starts_with("Full reminders are back: missed on "),
        "{}",
        back.body
    );
    // Describe, quiet, pops nothing up; the tray marks it due.
    s.menu_item(&tray, "● Describe — due now", Duration::from_secs(5));
    s.settled();
    assert!(
        !s.desktop
            .notifications()
            .iter()
            .any(|n| n.summary.starts_with("Describe")),
        "a quiet habit showed a pop-up"
    );
    let status = s.json(&["status", "--json"]);
    assert_eq!(status["habits"][0]["prompts"], "quiet");
    assert_eq!(status["habits"][0]["due"], true);
    assert_eq!(status["habits"][1]["prompts"], "full");
}

/// Six weeks of daily practice with two high checks a week apart for "describe";
/// "interact" missed twice in the last week.
fn ready_to_step_back(s: &Session) -> Value {
    let today: NaiveDate = s.clock.today();
    let mut doc = s.json(&["export", "--format", "json"]);
    doc["entries"] = practice(today, 42, [1, 3]);
    doc["automaticity_checks"] = json!([
        { "habit": "describe", "date": (today - Days::days(8)).to_string(), "answers": [6, 6, 5, 6] },
        { "habit": "describe", "date": (today - Days::days(1)).to_string(), "answers": [6, 6, 6, 6] },
    ]);
    doc
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn review_offers_to_step_back_and_writes_the_troubleshoot_into_the_habit() {
    let s = Session::new(true, true);
    let file = s.home().join("history.json");
    std::fs::write(&file, ready_to_step_back(&s).to_string()).unwrap();
    s.cli_ok(&["import", file.to_str().unwrap()]);
    let describe = &s.json(&["automaticity", "describe", "--json"])[0];
    assert_eq!(describe["offer"], "quiet", "{describe}");
    let interact = &s.json(&["automaticity", "interact", "--json"])[0];
    assert_eq!(interact["trouble"]["reason"], "misses", "{interact}");

    let driver = Driver::start(&s);
    let (client, _tray) = open_dashboard(&s, &driver).await;
    show_panel(&client, "review").await;
    click(
        &client,
        ".habit-automaticity[data-habit=describe] button.step-back",
    )
    .await;
    wait_until("stepped back to quiet", || async {
        s.json(&["status", "--json"])["habits"][0]["prompts"] == "quiet"
    })
    .await;
    wait_until("the offer gone", || async {
        client
            .execute(
                "return !document.querySelector('.habit-automaticity[data-habit=describe] .offer');",
                vec![],
            )
            .await
            .unwrap()
            == true
    })
    .await;
    // Fogg's second step: a smaller starter, written into the habit.
    let card = ".habit-automaticity[data-habit=interact]";
    set_value(
        &client,
        &format!("{card} input[name=starter]"),
        "reply to one post",
    )
    .await;
    click(&client, &format!("{card} .trouble li:nth-child(2) button")).await;
    wait_until("the starter saved", || async {
        s.json(&["habits", "--json"])[1]["starter"] == "reply to one post"
    })
    .await;
    assert!(
        s.json(&["automaticity", "interact", "--json"])[0]["trouble"].is_null(),
        "answered: not offered again on the same misses"
    );
    let starter = s.json(&["status", "--json"])["habits"][1]["starter"].clone();
    assert_eq!(starter, "reply to one post");
}
